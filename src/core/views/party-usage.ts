// Where a party is named: each activity that links it, with what it is for that activity (processor,
// sub-processor, client, joint controller, recipient). The party editor lists these, so a DPO sees at once
// which records a processor's change touches, and why a party in use cannot be deleted.
import type { PartyUsage } from '../../shared/ipc/contract';
import type { Register } from '../store/register';

type UsageRow = Omit<PartyUsage, 'relations'> & { relations: string };

export function partyUsage(register: Register, partyId: string): PartyUsage[] {
  register.parties.get(partyId); // an unknown party is NOT_FOUND, not an empty list
  // One read, however many activities name the party: the link table finds them, and each activity's own
  // party links (JSON) say in what capacity, each capacity once.
  const rows = register.db
    .prepare<[{ partyId: string }], UsageRow>(
      `SELECT a.id AS activityId, a.reference, a.name, a.role,
         json_group_array(DISTINCT json_extract(link.value, '$.relation')) AS relations
       FROM activity_party ap
       JOIN activity a ON a.id = ap.activity_id
       JOIN json_each(a.parties) link ON json_extract(link.value, '$.partyId') = ap.party_id
       WHERE ap.party_id = @partyId
       GROUP BY a.id`,
    )
    .all({ partyId });
  return rows
    .map((row) => ({ ...row, relations: JSON.parse(row.relations) as PartyUsage['relations'] }))
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
}
