// The renderer's single seam to the register: call(channel, input) resolves with the value or throws an
// ApiError carrying the code, the message written for the user and the issues with their paths.
import type { Channel } from '../../../shared/ipc/channels';
import type { Input, Output } from '../../../shared/ipc/contract';
import type { ErrorCode, Failure, Issue, Result } from '../../../shared/ipc/result';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];

  constructor(failure: Failure) {
    super(failure.message);
    this.name = 'ApiError';
    this.code = failure.code;
    this.issues = failure.issues ?? [];
  }
}

/** What a failed call says to the user: the core's message, or what the bridge reported. */
export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/**
 * What a failed delete says. A record the core cannot find was deleted meanwhile (in another window, or by
 * the command line): say that in words rather than quote its id; any other refusal as the core put it.
 */
export function deleteFailureText(error: unknown, what: string): string {
  return error instanceof ApiError && error.code === 'NOT_FOUND'
    ? `${what} is no longer in this register: it may have been deleted in another window.`
    : errorText(error);
}

/** Channels whose input may be left out (their schema accepts undefined). */
type Args<C extends Channel> = undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

export async function call<C extends Channel>(channel: C, ...args: Args<C>): Promise<Output<C>> {
  const invoke = window.api[channel] as (input: Input<C> | undefined) => Promise<Result<Output<C>>>;
  let result: Result<Output<C>>;
  try {
    result = await invoke(args[0]);
  } catch (error) {
    // Only a broken bridge throws here; the main process answers every call with a Result.
    throw new ApiError({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
