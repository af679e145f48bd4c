// The one way in for every caller (Electron IPC, the CLI, the e2e bridge): validate the input against
// the contract, run the handler, and turn every outcome into a Result.
import { inputs, type Output, type ParsedInput } from '../shared/ipc/contract';
import { CHANNELS, type Channel } from '../shared/ipc/channels';
import { fail, ok, type Result } from '../shared/ipc/result';
import { RopaError } from './errors';
import { describeIssues, zodIssues } from './issues';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

export async function dispatch<C extends Channel>(
  handlers: Handlers,
  channel: C,
  raw: unknown,
  log: (error: unknown) => void = (error) => console.error(error),
): Promise<Result<Output<C>>> {
  const parsed = inputs[channel].safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return fail('INVALID_INPUT', `Invalid input for ${channel}:\n${describeIssues(issues)}`, issues);
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Output<C> | Promise<Output<C>>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof RopaError) return fail(error.code, error.message, error.issues);
    log(error);
    return fail(
      'INTERNAL',
      'Something went wrong inside Ropa; nothing was changed. The details are in the log.',
    );
  }
}
