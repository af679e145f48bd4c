import type { ErrorCode, Issue } from '../shared/ipc/result';

/** An expected failure of a use case: it carries the code and the message the user will read. */
export class RopaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'RopaError';
  }
}

/** A register file that cannot be opened: not ours, too new, damaged. The file is left untouched. */
export class RefusedFileError extends RopaError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super('REFUSED_FILE', message);
    this.name = 'RefusedFileError';
  }
}

export function notFound(entity: string, id: string): RopaError {
  return new RopaError('NOT_FOUND', `No ${entity} with id ${id} in this register.`);
}
