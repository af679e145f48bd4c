// Words for the change log's kinds of record and actions, as the History section shows them.
import type { HistoryEntry } from '../../../../shared/domain';

export type HistoryEntity = HistoryEntry['entity'];

export const ENTITY_LABELS: Record<HistoryEntity, string> = {
  activity: 'Activity',
  party: 'Party',
  transfer: 'Transfer',
  term: 'List entry',
  organisation: 'Organisation',
  register: 'Import',
};

/** The filter's choices: each kind of record in the plural, as the sidebar names them. */
export const ENTITY_FILTERS: { value: HistoryEntity; label: string }[] = [
  { value: 'activity', label: 'Activities' },
  { value: 'party', label: 'Parties' },
  { value: 'transfer', label: 'Transfers' },
  { value: 'term', label: 'List entries' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'register', label: 'Imports' },
];

export const ACTION_WORDS: Record<HistoryEntry['action'], string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  import: 'imported',
};

/** A stored instant in the user's own time zone and locale (as the rest of the app), to the minute. */
export function whenWritten(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
