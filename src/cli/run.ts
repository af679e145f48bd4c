// Shared plumbing of the commands: open a register, call one channel through dispatch, print the
// outcome; every failure becomes a message on stderr and a non-zero exit code.
import { Option } from 'commander';
import type { Channel } from '../shared/ipc/channels';
import type { Input, Output } from '../shared/ipc/contract';
import { dispatch } from '../core/dispatch';
import { RopaError } from '../core/errors';
import { createHandlers } from '../core/handlers';
import { openRegister, type Register } from '../core/store/register';

/** 130: stopped by Ctrl+C (SIGINT), as shells report it. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

export function withRegister<T>(file: string, fn: (register: Register) => Promise<T> | T): Promise<T> {
  let register: Register;
  try {
    register = openRegister(file);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  return Promise.resolve()
    .then(() => fn(register))
    .finally(() => register.close());
}

export async function call<C extends Channel>(
  register: Register,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await dispatch(createHandlers(register), channel, input, () => undefined);
  if (result.ok) return result.value;
  throw new CliError(result.error.message);
}

export function report(error: unknown): number {
  if (error instanceof CliError) {
    console.error(`ropa: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof RopaError) {
    console.error(`ropa: ${error.message}`);
    return EXIT.failed;
  }
  console.error('ropa: unexpected error:', error);
  return EXIT.failed;
}

/** Runs a command action, turning any failure into a message and an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (error) {
      process.exitCode = report(error);
    }
  };
}

export const jsonOption = () => new Option('--json', 'print machine-readable JSON');

/** The id of the activity with this reference (references are unique regardless of case). */
export function activityIdByReference(register: Register, reference: string): string {
  const wanted = reference.toLowerCase();
  const found = register.activities.labels().find((a) => a.reference.toLowerCase() === wanted);
  if (!found) throw new CliError(`No activity with reference ${reference} in ${register.file}.`);
  return found.id;
}
