// A record as the change log holds it (before an edit, before a deletion), read back through a draft schema
// for undo and restore; a record an older Ropa logged in a shape this one no longer reads is refused.
import type { z } from 'zod';
import { RopaError } from '../errors';

/** "the activity HR-01" → "The activity HR-01", to open a sentence. */
export function capitalised(what: string): string {
  return `${what[0]!.toUpperCase()}${what.slice(1)}`;
}

/** The refusal of a logged record this version cannot read; `what` names it. */
export function unreadable(what: string): RopaError {
  return new RopaError(
    'CONFLICT',
    `${capitalised(what)} can no longer be read by this version of Ropa, so it cannot be restored.`,
  );
}

/** The logged record, its id kept (the save stamps it); `what` names it in the refusal. */
export function readLogged<S extends z.ZodType>(draft: S, logged: unknown, what: string): z.output<S> {
  const parsed = draft.safeParse(logged);
  if (!parsed.success) throw unreadable(what);
  return parsed.data;
}
