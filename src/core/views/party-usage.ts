// Where a party is named: each activity that links it, with what it is for that activity (processor,
// sub-processor, client, joint controller, recipient). The party editor lists these, so a DPO sees at once
// which records a processor's change touches, and why a party in use cannot be deleted.
import type { PartyUsage } from '../../shared/ipc/contract';
import type { Register } from '../store/register';

export function partyUsage(register: Register, partyId: string): PartyUsage[] {
  register.parties.get(partyId); // an unknown party is NOT_FOUND, not an empty list
  return register.activities
    .usingParty(partyId)
    .map((id) => register.activities.get(id))
    .map((activity) => ({
      activityId: activity.id,
      reference: activity.reference,
      name: activity.name,
      role: activity.role,
      relations: [...new Set(activity.parties.filter((l) => l.partyId === partyId).map((l) => l.relation))],
    }))
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
}
