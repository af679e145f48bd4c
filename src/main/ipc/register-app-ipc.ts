// The shell's channels (dialogs, show in folder, File menu actions) over IPC: sender-checked and
// zod-validated exactly like the register channels, answering with a Result.
import type { IpcMainInvokeEvent } from 'electron';
import { APP_CHANNELS } from '../../shared/ipc/app-channels';
import { appInputs, type AppHandlers } from '../../shared/ipc/app-contract';
import { fail, ok } from '../../shared/ipc/result';
import type { IpcRegistrar } from './register-ipc';

export function registerAppIpc(
  ipcMain: IpcRegistrar,
  handlers: AppHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (error: unknown) => void = (error) => console.error(error),
): () => void {
  for (const channel of APP_CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event)) {
        return fail('FORBIDDEN', `Ropa refused a call to ${channel} from a page that is not its own window.`);
      }
      const parsed = appInputs[channel].safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return fail('INVALID_INPUT', `Invalid input for ${channel}`, issues);
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        log(error);
        return fail(
          'INTERNAL',
          'Something went wrong inside Ropa; nothing was changed. The details are in the log.',
        );
      }
    });
  }
  return () => {
    for (const channel of APP_CHANNELS) ipcMain.removeHandler(channel);
  };
}
