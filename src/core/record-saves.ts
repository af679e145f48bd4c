// The saves of each kind of record, with the checks of codes against the reference data that the schemas
// cannot make; an edit, an undo (which saves the record as it was) and a restore of a deleted record all go
// through them.
import type { ParsedInput } from '../shared/ipc/contract';
import type { Activity, Organisation, Party, Term, Transfer } from '../shared/domain';
import type { Register } from './store/register';
import { assertKnownCodes } from './validate-codes';

/**
 * A deleted record brought back keeps the day it was first created; only the restore sets it (the channels'
 * schemas drop the field, so no edit can).
 */
export type Kept = { createdAt?: string };

export function recordSaves(register: Register) {
  const write = register.transaction;
  return {
    organisation: (fields: ParsedInput<'organisation:update'>): Organisation => {
      assertKnownCodes({ countries: { country: fields.country } });
      return write(() => register.organisation.save(fields));
    },
    term: (term: ParsedInput<'terms:save'> & Kept): Term => write(() => register.terms.save(term)),
    party: (party: ParsedInput<'parties:save'> & Kept): Party => {
      assertKnownCodes({ countries: { country: party.country } });
      return write(() => register.parties.save(party));
    },
    activity: (activity: ParsedInput<'activities:save'> & Kept): Activity => {
      assertKnownCodes({ ukSchedule1: activity.ukSchedule1Conditions });
      return write(() => register.activities.save(activity));
    },
    transfer: (transfer: ParsedInput<'transfers:save'> & Kept): Transfer => {
      assertKnownCodes({ countries: { country: transfer.country }, mechanism: transfer.mechanism });
      return write(() => register.transfers.save(transfer));
    },
  };
}
export type RecordSaves = ReturnType<typeof recordSaves>;
