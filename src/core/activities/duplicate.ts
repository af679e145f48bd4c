// "Duplicate" an activity: a DPO with several alike activities (one per client service, one per office)
// starts the next from a copy. The copy is a new draft, saved with its own reference, and its transfers come
// with it; review dates do not, since nobody has reviewed the copy yet.
import type { Activity } from '../../shared/domain';
import { copyReference } from '../../shared/copy-reference';
import type { Register } from '../store/register';

export function duplicateActivity(register: Register, id: string): Activity {
  return register.transaction(() => {
    const { id: _id, createdAt: _created, updatedAt: _updated, ...source } = register.activities.get(id);
    const references = register.activities.labels().map((a) => a.reference);
    const copy = register.activities.save({
      ...source,
      reference: copyReference(source.reference, references),
      name: `${source.name} (copy)`,
      status: 'draft',
      lastReviewedAt: null,
      nextReviewAt: null,
    });
    for (const transfer of register.transfers.list(id)) {
      const { id: _t, createdAt: _c, updatedAt: _u, ...fields } = transfer;
      register.transfers.save({ ...fields, activityId: copy.id });
    }
    return copy;
  });
}
