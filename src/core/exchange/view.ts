// Lookups over the register being exported, so every sheet writes names instead of ids. Two sources give the
// same view: a register document held in memory (filtered and "as at" exports, and any register of ordinary
// size), and the register file itself, read a page of activities at a time (a very large register, whose
// activities would not fit in memory).
import {
  REGISTER_DOCUMENT_FORMAT,
  REGISTER_DOCUMENT_VERSION,
  type Activity,
  type ActivityRole,
  type Party,
  type RegisterDocument,
  type Term,
  type TermList,
  type Transfer,
} from '../../shared/domain';
import type { Register } from '../store/register';
import { collectGarbage } from './heap';

/** What a sheet needs to name an activity it refers to. */
export type ActivityLabel = Pick<Activity, 'id' | 'reference' | 'name' | 'role'>;

/** The register without its activities, which are read through `activities()`. */
export type SharedLists = Omit<RegisterDocument, 'activities'>;

export type RegisterView = {
  doc: SharedLists;
  /** Every activity (of one role), in reference order; each call iterates afresh. */
  activities: (role?: ActivityRole) => Iterable<Activity>;
  /** The activities in pages of about `size`, for work done a block at a time (the checks, the machine copy). */
  activityPages: (size: number) => Iterable<Activity[]>;
  activityCount: (role?: ActivityRole) => number;
  term: (id: string | null) => Term | undefined;
  termLabels: (ids: readonly string[]) => string[];
  party: (id: string | null) => Party | undefined;
  transfersOf: (activityId: string) => Transfer[];
  activitiesOfParty: (partyId: string) => ActivityLabel[];
  activitiesOfTerm: (termId: string) => ActivityLabel[];
  activity: (id: string) => ActivityLabel | undefined;
};

/** Items by each key they have (keys given as lists, so none is copied), an item once under each key. */
function groupBy<T>(
  items: Iterable<T>,
  keyLists: (item: T) => readonly (readonly string[])[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const keys of keyLists(item))
      for (const key of keys) {
        const list = map.get(key);
        // Items are listed in turn, so an item that has a key twice is already last under it.
        if (list === undefined) map.set(key, [item]);
        else if (list[list.length - 1] !== item) list.push(item);
      }
  return map;
}

/** A value computed on first use: a lookup not every export asks for is not built for every export. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

function sharedLookups(shared: SharedLists) {
  const terms = new Map(shared.terms.map((t) => [t.id, t]));
  const parties = new Map(shared.parties.map((p) => [p.id, p]));
  const transfers = groupBy(shared.transfers, (t) => [[t.activityId]]);
  return {
    term: (id: string | null) => (id === null ? undefined : terms.get(id)),
    termLabels: (ids: readonly string[]) => ids.map((id) => terms.get(id)?.label ?? `(unknown term ${id})`),
    party: (id: string | null) => (id === null ? undefined : parties.get(id)),
    transfersOf: (id: string) => transfers.get(id) ?? [],
  };
}

function* inPages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Where an activity refers to a term of each list: the references the activity_term link table holds, which
 * the paged view asks.
 */
const TERM_REFERENCES: Record<TermList, (a: Activity) => readonly (readonly string[])[]> = {
  'data-subject': (a) => [a.dataSubjectIds],
  'personal-data': (a) => [
    a.personalDataIds,
    a.retention.flatMap((r) => (r.personalDataTermId ? [r.personalDataTermId] : [])),
  ],
  recipient: (a) => [a.recipientCategoryIds],
  purpose: (a) => [a.purposes.flatMap((p) => (p.termId ? [p.termId] : []))],
  'security-measure': (a) => [a.securityMeasureIds],
  'data-source': (a) => [a.dataSourceIds],
};

export function createView(doc: RegisterDocument): RegisterView {
  const { activities: all, ...shared } = doc;
  const activities = new Map(all.map((a) => [a.id, a]));
  const ofRole = (role?: ActivityRole) => (role ? all.filter((a) => a.role === role) : all);
  const byParty = once(() => groupBy(all, (a) => [a.parties.map((p) => p.partyId)]));
  // A term belongs to one list: only the fields of that list are indexed, when a term of it is first asked.
  const byTermList = new Map<TermList, Map<string, Activity[]>>();
  const lookups = sharedLookups(shared);
  const activitiesOfTerm = (id: string): Activity[] => {
    const list = lookups.term(id)?.list;
    if (list === undefined) return [];
    let index = byTermList.get(list);
    if (index === undefined) byTermList.set(list, (index = groupBy(all, TERM_REFERENCES[list])));
    return index.get(id) ?? [];
  };
  return {
    doc: shared,
    activities: ofRole,
    activityPages: (size) => inPages(all, size),
    activityCount: (role) => ofRole(role).length,
    ...lookups,
    activitiesOfParty: (id) => byParty().get(id) ?? [],
    activitiesOfTerm,
    activity: (id) => activities.get(id),
  };
}

/** Pages of activities read between two garbage collections (see heap.ts). */
const COLLECT_EVERY_PAGES = 4;

/**
 * The whole register read from its file: the shared lists and a label per activity in memory, the activities
 * themselves a page at a time. A change made while an export runs may show in the sheets written after it.
 */
export function createPagedView(register: Register, exportedAt: string, pageSize = 1_000): RegisterView {
  const shared: SharedLists = {
    format: REGISTER_DOCUMENT_FORMAT,
    version: REGISTER_DOCUMENT_VERSION,
    exportedAt,
    organisation: register.organisation.get(),
    terms: register.terms.list(),
    parties: register.parties.list(),
    transfers: register.transfers.list(),
  };
  const labels = register.activities.labels();
  const byId = new Map(labels.map((a) => [a.id, a]));
  // Asked once or twice per party and per security measure: one indexed query each, kept for the second ask.
  const usersOf = (query: (id: string) => string[]) => {
    const cache = new Map<string, ActivityLabel[]>();
    return (id: string): ActivityLabel[] => {
      let users = cache.get(id);
      if (users === undefined) {
        users = query(id).flatMap((activityId) => byId.get(activityId) ?? []);
        cache.set(id, users);
      }
      return users;
    };
  };
  // Pages already written are garbage; collecting every few pages keeps the peak memory flat (see heap.ts).
  function* collected<T>(pages: Iterable<T>): Generator<T> {
    let n = 0;
    for (const page of pages) {
      yield page;
      if (++n % COLLECT_EVERY_PAGES === 0) collectGarbage();
    }
  }
  return {
    doc: shared,
    activities: function* (role) {
      for (const page of collected(register.activities.pages(pageSize, role))) yield* page;
    },
    activityPages: (size) => collected(register.activities.pages(size)),
    activityCount: (role) => (role ? labels.filter((a) => a.role === role).length : labels.length),
    ...sharedLookups(shared),
    activitiesOfParty: usersOf(register.activities.usingParty),
    activitiesOfTerm: usersOf(register.activities.usingTerm),
    activity: (id) => byId.get(id),
  };
}

/** The register document a view shows, activities included (the JSON export: small enough by its nature). */
export function documentOf(view: RegisterView): RegisterDocument {
  const { transfers, ...rest } = view.doc;
  return { ...rest, activities: [...view.activities()], transfers };
}
