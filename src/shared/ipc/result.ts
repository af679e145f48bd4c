// Errors cross process boundaries as values: a thrown Error loses its fields over IPC.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'REFUSED_FILE',
  'FORBIDDEN',
  'INTERNAL',
  /** Work the user stopped (a long export): nothing was written. */
  'CANCELLED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an input, at a path such as `activities[3].purposes[0].lawfulBasis`. */
export type Issue = { path: string; message: string };

export type Failure = { code: ErrorCode; message: string; issues?: Issue[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: Issue[]): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
