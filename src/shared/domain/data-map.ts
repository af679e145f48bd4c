// The data map's shapes, shared by the core (which draws it from the record) and the renderer (which lays
// it out): activities, the parties they share data with, the destinations, and the links between them.
import { z } from 'zod';
import type { ActivityRole } from './codes';
import { Id } from './primitives';

/** The whole register, or one activity, or one party with the activities that name it. */
export const DataMapQuery = z
  .object({ activityId: Id.optional(), partyId: Id.optional() })
  .refine((q) => !(q.activityId && q.partyId), {
    error: 'the map is drawn for one activity or one party, not both',
    path: ['partyId'],
  });
export type DataMapQuery = z.infer<typeof DataMapQuery>;

/** Chapter V status of a country for the register's jurisdiction (UK GDPR first, as the badges do). */
export type DataMapStatus = 'domestic' | 'eea' | 'adequate' | 'adequate-for-certified' | 'needs-safeguards';

/** ok; gap: data goes where safeguards are needed and none is recorded; retired: a retired mechanism. */
export type DataMapLinkState = 'ok' | 'gap' | 'retired';

export type DataMapEdge = {
  /** Node ids: `activity:…`, `party:…`, `country:XX` or `io:<name>`. */
  from: string;
  to: string;
  /** shares: an activity's party; transfer: a transfer recorded; located: where a party is based. */
  kind: 'shares' | 'transfer' | 'located';
  label: string;
  state: DataMapLinkState;
};

export type DataMap = {
  /** How many activities the question concerns; the map draws at most a readable number of them. */
  activityCount: number;
  activities: { id: string; recordId: string; label: string; role: ActivityRole }[];
  parties: { id: string; recordId: string; label: string }[];
  /** A country (with its status) or an international organisation (no status). */
  destinations: { id: string; label: string; status: DataMapStatus | null }[];
  edges: DataMapEdge[];
};

/** Every node's label by its id (activities, parties, destinations), to write a link in words. */
export function mapNodeLabels(map: DataMap): Map<string, string> {
  return new Map([...map.activities, ...map.parties, ...map.destinations].map((n) => [n.id, n.label]));
}
