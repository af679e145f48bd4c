// Lookups over one register document, so every sheet writes names instead of ids.
import type { Activity, Party, RegisterDocument, Term, Transfer } from '../../shared/domain';

export type RegisterView = {
  doc: RegisterDocument;
  term: (id: string | null) => Term | undefined;
  termLabels: (ids: readonly string[]) => string[];
  party: (id: string | null) => Party | undefined;
  transfersOf: (activityId: string) => Transfer[];
  activitiesOfParty: (partyId: string) => Activity[];
  activitiesOfTerm: (termId: string) => Activity[];
  activity: (id: string) => Activity | undefined;
};

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  return map;
}

export function createView(doc: RegisterDocument): RegisterView {
  const terms = new Map(doc.terms.map((t) => [t.id, t]));
  const parties = new Map(doc.parties.map((p) => [p.id, p]));
  const activities = new Map(doc.activities.map((a) => [a.id, a]));
  const transfers = groupBy(doc.transfers, (t) => [t.activityId]);
  const byParty = groupBy(doc.activities, (a) => a.parties.map((p) => p.partyId));
  const byTerm = groupBy(doc.activities, (a) => [
    ...a.dataSubjectIds,
    ...a.personalDataIds,
    ...a.recipientCategoryIds,
    ...a.dataSourceIds,
    ...a.securityMeasureIds,
    ...a.purposes.flatMap((p) => (p.termId ? [p.termId] : [])),
  ]);
  return {
    doc,
    term: (id) => (id === null ? undefined : terms.get(id)),
    termLabels: (ids) => ids.map((id) => terms.get(id)?.label ?? `(unknown term ${id})`),
    party: (id) => (id === null ? undefined : parties.get(id)),
    transfersOf: (id) => transfers.get(id) ?? [],
    activitiesOfParty: (id) => byParty.get(id) ?? [],
    activitiesOfTerm: (id) => byTerm.get(id) ?? [],
    activity: (id) => activities.get(id),
  };
}
