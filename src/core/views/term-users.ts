// The activities that use a term, in reference order: the Lists screen shows them beside the term, so a
// DPO sees what a rename, a merge or a deletion touches before doing it.
import type { TermUser } from '../../shared/ipc/contract';
import type { Register } from '../store/register';

export function termUsers(register: Register, termId: string): TermUser[] {
  register.terms.get(termId); // an unknown term is NOT_FOUND, not an empty list
  const users = new Set(register.activities.usingTerm(termId));
  return register.activities
    .labels()
    .filter((a) => users.has(a.id))
    .map((a) => ({ activityId: a.id, reference: a.reference, name: a.name }));
}
