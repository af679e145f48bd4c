// The renderer's seam to the shell (dialogs, file manager, File menu actions): like call(), it resolves with
// the value or throws an ApiError.
import type { AppChannel } from '../../../shared/ipc/app-channels';
import type { AppInput, AppOutputs } from '../../../shared/ipc/app-contract';
import type { Result } from '../../../shared/ipc/result';
import { ApiError } from './api';

type Args<C extends AppChannel> =
  undefined extends AppInput<C> ? [input?: AppInput<C>] : [input: AppInput<C>];

export async function callApp<C extends AppChannel>(channel: C, ...args: Args<C>): Promise<AppOutputs[C]> {
  const invoke = window.app[channel] as (input: AppInput<C> | undefined) => Promise<Result<AppOutputs[C]>>;
  const result = await invoke(args[0]);
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
