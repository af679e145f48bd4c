// History views over the change log: per activity (or any entity) and for the whole register.
import type { HistoryEntry } from '../../shared/domain';
import type { Register } from '../store/register';
import type { ChangeQuery } from '../store/repositories/change-log';
import { describeChange, type Names } from './describe';

export { describeChange, fieldChanges } from './describe';

function namesOf(register: Register): Names {
  const terms = new Map(register.terms.list().map((t) => [t.id, t.label]));
  const parties = new Map(register.parties.list().map((p) => [p.id, p.name]));
  return { term: (id) => terms.get(id), party: (id) => parties.get(id) };
}

export function registerHistory(register: Register, query: ChangeQuery = { limit: 200 }): HistoryEntry[] {
  const names = namesOf(register);
  return register.changes.list(query).map((entry) => describeChange(entry, names));
}
