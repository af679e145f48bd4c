// Whether the record a History entry speaks of is in the register now, from the lists the register store
// keeps (reloaded after every write).
import type { HistoryEntry } from '../../../../shared/domain';
import { useRegister } from '../../stores/register-store';

export function useRecordExists({ entity, entityId }: Pick<HistoryEntry, 'entity' | 'entityId'>): boolean {
  const { activities, parties, transfers, terms } = useRegister();
  return {
    activity: () => activities.some((a) => a.id === entityId),
    party: () => parties.some((p) => p.id === entityId),
    transfer: () => transfers.some((t) => t.id === entityId),
    term: () => terms.some((t) => t.id === entityId),
    organisation: () => true,
    register: () => false,
  }[entity]();
}
