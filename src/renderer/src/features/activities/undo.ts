// Undo of the last saved change to an activity, from the change log: an update is undone by saving what
// the activity was before it (itself a logged change, so the record keeps the whole story).
import { Activity } from '../../../../shared/domain';
import { call } from '../../lib/api';
import { draftOf } from './draft';

/** Restores the activity as it was before its last change; returns false when there is nothing to undo. */
export async function undoLastActivityChange(id: string): Promise<boolean> {
  const [last] = await call('changes:list', { entityId: id, limit: 1 });
  if (!last || last.action !== 'update') return false;
  const before = Activity.safeParse(last.before);
  if (!before.success) return false;
  await call('activities:save', draftOf(before.data));
  return true;
}
