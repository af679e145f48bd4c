// The data map: where personal data goes, drawn from the record itself. Three columns: the activities, the
// parties they share data with (processors, recipients, joint controllers, clients), and the places those
// parties are or the data is transferred to, each with its Chapter V status. A link to a destination that
// needs safeguards but has no transfer recorded is a gap, as the checks say; a retired mechanism is flagged.
// A large register is drawn one activity or one party at a time.
import type { Activity, Party, Transfer } from '../../shared/domain';
import { RELATION_LABELS } from '../../shared/domain/codes';
import type { DataMap, DataMapEdge, DataMapQuery } from '../../shared/domain/data-map';
import { todayUtc } from '../../shared/dates';
import { countryName, destinationStatus, isMechanismRetired, mechanismById } from '../reference';
import { isCertified, needsSafeguards } from '../rules/destination';
import type { Register } from '../store/register';
import { partyUsage } from './party-usage';

/** Beyond this many activities, a map of everything is unreadable: the register is drawn a slice at a time. */
export const MAP_ACTIVITY_LIMIT = 60;

const STATUS_WORDS = {
  domestic: 'domestic',
  eea: 'EEA',
  adequate: 'adequate',
  'adequate-for-certified': 'adequate for certified recipients',
  'needs-safeguards': 'needs safeguards',
} as const;

const activityNode = (id: string) => `activity:${id}`;
const partyNode = (id: string) => `party:${id}`;
const destinationNode = (t: Pick<Transfer, 'country' | 'internationalOrganisation'>) =>
  t.country ? `country:${t.country}` : `io:${t.internationalOrganisation}`;

/** The activities the map draws, and how many the question concerns in all. */
function activitiesToDraw(register: Register, query: DataMapQuery): { drawn: Activity[]; of: number } {
  if (query.activityId) return { drawn: [register.activities.get(query.activityId)], of: 1 };
  if (query.partyId) {
    const users = partyUsage(register, query.partyId);
    const drawn = users.slice(0, MAP_ACTIVITY_LIMIT).map((u) => register.activities.get(u.activityId));
    return { drawn, of: users.length };
  }
  const of = register.activities.count();
  return { drawn: of <= MAP_ACTIVITY_LIMIT ? register.activities.list() : [], of };
}

/** The transfers drawn: the activity's, the party's, or the whole register's. */
function transfersToDraw(register: Register, query: DataMapQuery): Transfer[] {
  if (query.activityId) return register.transfers.list(query.activityId);
  const all = register.transfers.list();
  return query.partyId ? all.filter((t) => t.partyId === query.partyId) : all;
}

export function dataMap(register: Register, query: DataMapQuery = {}, on: string = todayUtc()): DataMap {
  const organisation = register.organisation.get();
  const jurisdiction = organisation.jurisdictions.includes('uk-gdpr') ? 'uk-gdpr' : 'eu-gdpr';
  const { drawn, of } = activitiesToDraw(register, query);
  const allParties = new Map(register.parties.list().map((p) => [p.id, p]));
  const drawnIds = new Set(drawn.map((a) => a.id));
  const transfers = transfersToDraw(register, query);

  // With no activity drawn (a large register as a whole), every party is drawn with where it is.
  const parties = new Map<string, Party>();
  const wholeRegister = !query.activityId && !query.partyId;
  if (wholeRegister && drawn.length === 0) for (const p of allParties.values()) parties.set(p.id, p);
  if (query.partyId) parties.set(query.partyId, register.parties.get(query.partyId));

  const edges = new Map<string, DataMapEdge>();
  const addEdge = (edge: DataMapEdge) => {
    const key = `${edge.from}>${edge.to}`;
    const known = edges.get(key);
    if (!known) return void edges.set(key, edge);
    const labels = new Set([...known.label.split('; '), ...edge.label.split('; ')]);
    known.label = [...labels].join('; ');
    if (edge.state === 'gap' || (edge.state === 'retired' && known.state === 'ok')) known.state = edge.state;
  };

  for (const activity of drawn) {
    for (const link of activity.parties) {
      // Drawn for one party, the activities show only their link to it.
      if (query.partyId && link.partyId !== query.partyId) continue;
      const party = allParties.get(link.partyId);
      if (!party) continue;
      parties.set(party.id, party);
      addEdge({
        from: activityNode(activity.id),
        to: partyNode(party.id),
        kind: 'shares',
        label: RELATION_LABELS[link.relation].toLowerCase(),
        state: 'ok',
      });
    }
  }

  const destinations = new Map<string, DataMap['destinations'][number]>();
  const addDestination = (t: Pick<Transfer, 'country' | 'internationalOrganisation'>) => {
    const id = destinationNode(t);
    if (destinations.has(id)) return;
    destinations.set(id, {
      id,
      label: t.country
        ? `${countryName(t.country) ?? t.country} (${t.country})`
        : t.internationalOrganisation,
      status: t.country ? destinationStatus(t.country, jurisdiction, on) : null,
    });
  };

  // Transfers: from the importer, or from the activity itself when the record names no importer (drawn only
  // when that activity is).
  const transferred = new Set<string>();
  for (const t of transfers) {
    const importer = t.partyId ? allParties.get(t.partyId) : undefined;
    const activityDrawn = drawnIds.has(t.activityId);
    if (!importer && !activityDrawn) continue;
    addDestination(t);
    const mechanism = t.mechanism ? mechanismById(t.mechanism) : null;
    if (importer) {
      parties.set(importer.id, importer);
      if (activityDrawn)
        addEdge({
          from: activityNode(t.activityId),
          to: partyNode(importer.id),
          kind: 'shares',
          label: 'importer',
          state: 'ok',
        });
      transferred.add(`${importer.id}>${destinationNode(t)}`);
    }
    // Adequacy that reaches certified recipients only (the DPF) covers no importer without the certification.
    const uncertified =
      mechanism?.requiresCertification != null && !isCertified(importer, mechanism.requiresCertification);
    addEdge({
      from: importer ? partyNode(importer.id) : activityNode(t.activityId),
      to: destinationNode(t),
      kind: 'transfer',
      label: !mechanism
        ? 'transfer mechanism not recorded'
        : uncertified
          ? `${mechanism.label}, but the importer's certification is not recorded`
          : mechanism.label,
      state:
        !mechanism || uncertified
          ? 'gap'
          : isMechanismRetired(mechanism, jurisdiction, on)
            ? 'retired'
            : 'ok',
    });
  }

  // Where each party is: a party outside the UK / EEA with no transfer recorded to it is a gap.
  for (const party of parties.values()) {
    if (!party.country || transferred.has(`${party.id}>${destinationNode(party)}`)) continue;
    addDestination(party);
    const status = destinationStatus(party.country, jurisdiction, on);
    // As the checks judge it: in the US, a party without the DPF certification needs a transfer mechanism too.
    const gap = needsSafeguards(party.country, jurisdiction, party, on);
    addEdge({
      from: partyNode(party.id),
      to: destinationNode(party),
      kind: 'located',
      label: !gap
        ? `based here (${STATUS_WORDS[status]})`
        : status === 'adequate-for-certified'
          ? 'based here, not certified under the DPF, no transfer recorded'
          : 'based here, no transfer recorded',
      state: gap ? 'gap' : 'ok',
    });
  }

  return {
    activityCount: of,
    activities: drawn.map(({ id, reference, name, role }) => ({
      id: activityNode(id),
      recordId: id,
      label: `${reference} ${name}`,
      role,
    })),
    parties: [...parties.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ id: partyNode(p.id), recordId: p.id, label: p.name })),
    destinations: [...destinations.values()].sort((a, b) => a.label.localeCompare(b.label)),
    edges: [...edges.values()],
  };
}
