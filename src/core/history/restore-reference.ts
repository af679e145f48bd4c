// The reference a restored activity comes back under.
//
// Its own reference may have gone to another activity since the deletion: the DPO re-created the activity
// by hand, or the numbering moved on. Refusing the restore would leave the deleted activity unreachable
// until the DPO renumbers a record they may well want to keep exactly as it is (and whose reference other
// documents may cite). So the activity comes back under the next free reference of its series, as a copy
// does ("HR-02" → "HR-03", src/shared/copy-reference.ts), and the restore's note says so and names the
// activity holding the old reference: nothing changes unseen, and either reference can be changed after.
import { copyReference } from '../../shared/copy-reference';
import type { Register } from '../store/register';

export function freeReference(register: Register, reference: string): { reference: string; note?: string } {
  const labels = register.activities.labels();
  const holder = labels.find((a) => a.reference.toLowerCase() === reference.toLowerCase());
  if (!holder) return { reference };
  const free = copyReference(
    reference,
    labels.map((a) => a.reference),
  );
  return {
    reference: free,
    note: `${holder.reference} is now used by "${holder.name}", so this activity came back as ${free}.`,
  };
}
