// Copying activities from another register: a consultant who keeps one register per client, or a DPO
// splitting a group's record, starts from activities already written elsewhere. The activities come with the
// terms, parties and transfers they use, matched to what this register already has (a term by its list and
// label, a party by its name). What was the other organisation's own paperwork stays behind: review dates,
// DPIA conclusions, LIA and TIA references, DPA dates. Copies arrive as drafts, for this organisation to
// review. The copy is a template plan: checked whole, then written in one transaction, or not at all.
import path from 'node:path';
import type { Activity, Party, Term, TermList, Transfer } from '../../shared/domain';
import { copyReference } from '../../shared/copy-reference';
import type { RegisterActivities } from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import { readOtherRegister, type Register } from '../store/register';
import { createPlanBuilder, type PlanBuilder, type TemplatePlan } from './template-plan';

type Source = {
  organisation: string;
  terms: Map<string, Term>;
  parties: Map<string, Party>;
  /** The activities asked for that the other register has, in its order (by reference). */
  activities: Activity[];
  /** The ids asked for that it does not have. */
  unknown: string[];
  transfers: Transfer[];
};

function refuseSameFile(target: Register, source: string): void {
  if (path.resolve(source) === path.resolve(target.file))
    throw new RopaError(
      'INVALID_INPUT',
      `${path.basename(source)} is the register open here; choose another register to copy from.`,
    );
}

function compareNoCase(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** What a copy of these activities (every one when left out) needs from the other register. */
function readSource(target: Register, source: string, activityIds?: readonly string[]): Source {
  refuseSameFile(target, source);
  return readOtherRegister(source, (other) => {
    // An id named twice is copied once.
    const found = activityIds && [...new Set(activityIds)].map((id) => other.activities.find(id));
    const activities = found
      ? found
          .filter((a): a is Activity => a !== null)
          // As the register lists them: by reference, case aside (SQLite's NOCASE).
          .sort((a, b) => compareNoCase(a.reference, b.reference))
      : other.activities.list();
    const chosen = new Set(activities.map((a) => a.id));
    return {
      organisation: other.organisation.find()?.legalName ?? '',
      terms: new Map(other.terms.list().map((t) => [t.id, t])),
      parties: new Map(other.parties.list().map((p) => [p.id, p])),
      activities,
      unknown: (activityIds ?? []).filter((id) => !chosen.has(id)),
      transfers: found ? activities.flatMap((a) => other.transfers.list(a.id)) : other.transfers.list(),
    };
  });
}

/** The activities of another register, for the user to choose which to copy. */
export function listRegisterActivities(target: Register, source: string): RegisterActivities {
  refuseSameFile(target, source);
  return readOtherRegister(source, (other) => ({
    organisation: other.organisation.find()?.legalName ?? '',
    activities: other.activities
      .tableColumns()
      .map(({ id, reference, name, role, status }) => ({ id, reference, name, role, status })),
  }));
}

/**
 * Maps the other register's ids to this register's: its terms and parties found here, or created. A party is
 * found by its vendor catalog entry (AWS is AWS, whatever either register calls it), else by its name.
 */
function idMapper(builder: PlanBuilder, source: Source, target: Register) {
  const byCatalogId = new Map(
    target.parties.list().flatMap((p) => (p.catalogId ? [[p.catalogId, p.id] as const] : [])),
  );
  const term = (id: string, list: TermList): string | null => {
    const t = source.terms.get(id);
    if (!t || t.list !== list) return null;
    if (t.seedKey) {
      const seeded = builder.findSeedTerm(list, t.seedKey);
      if (seeded) return seeded;
    }
    return builder.term(list, t.label, t.special, { description: t.description, dpvIri: t.dpvIri });
  };
  const terms = (ids: readonly string[], list: TermList): string[] =>
    ids.map((id) => term(id, list)).filter((id): id is string => id !== null);
  const party = (id: string, place: string): string | null => {
    const p = source.parties.get(id);
    if (!p) return null;
    const fromCatalog = p.catalogId ? byCatalogId.get(p.catalogId) : undefined;
    if (fromCatalog) return fromCatalog;
    const { id: _id, createdAt: _c, updatedAt: _u, name, roles, ...fields } = p;
    // The DPA is the other organisation's contract with this party.
    const copied = { ...fields, dpaSignedOn: null, dpaReference: '' };
    // A new party gets every role it has there; a party already here keeps its own.
    let mapped = builder.party(name, roles[0] ?? null, copied, place);
    for (const role of roles.slice(1)) mapped = builder.party(name, role, copied, place);
    return mapped;
  };
  return { term, terms, party };
}

function copiedActivity(a: Activity, reference: string, ids: ReturnType<typeof idMapper>, place: string) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = a;
  return {
    ...fields,
    reference,
    status: 'draft' as const,
    lastReviewedAt: null,
    nextReviewAt: null,
    dpia: { criteria: a.dpia.criteria, status: 'not-assessed' as const, reference: '' },
    dataSubjectIds: ids.terms(a.dataSubjectIds, 'data-subject'),
    personalDataIds: ids.terms(a.personalDataIds, 'personal-data'),
    recipientCategoryIds: ids.terms(a.recipientCategoryIds, 'recipient'),
    dataSourceIds: ids.terms(a.dataSourceIds, 'data-source'),
    securityMeasureIds: ids.terms(a.securityMeasureIds, 'security-measure'),
    purposes: a.purposes.map(({ id: _p, ...p }) => ({
      ...p,
      termId: p.termId === null ? null : ids.term(p.termId, 'purpose'),
      liaReference: '',
    })),
    retention: a.retention.map(({ id: _r, ...r }) => ({
      ...r,
      personalDataTermId:
        r.personalDataTermId === null ? null : ids.term(r.personalDataTermId, 'personal-data'),
    })),
    parties: a.parties.flatMap((link) => {
      const partyId = ids.party(link.partyId, place);
      return partyId ? [{ ...link, partyId }] : [];
    }),
  };
}

/**
 * The plan that copies the chosen activities (every one when `activityIds` is left out) from the register in
 * `source` into `target`. A reference already used here is given the next free one of its series, with a
 * warning that says so.
 */
export function planRegisterCopy(
  target: Register,
  source: string,
  activityIds?: readonly string[],
): TemplatePlan {
  const other = readSource(target, source, activityIds);
  const builder = createPlanBuilder(target, source);
  for (const id of other.unknown)
    builder.error(source, `there is no activity with id ${id} in this register`);
  if (other.activities.length === 0 && other.unknown.length === 0)
    builder.error(source, 'no activity was chosen to copy');
  const ids = idMapper(builder, other, target);
  const taken = target.activities.labels().map((a) => a.reference);
  const newIds = new Map<string, string>();
  const referenceOf = new Map(other.activities.map((a) => [a.id, a.reference]));
  // In the other register's order (by reference), whatever order the ids came in.
  for (const a of other.activities) {
    const place = `${path.basename(source)}, activity ${a.reference}`;
    const reference = builder.isReferenceFree(a.reference) ? a.reference : copyReference(a.reference, taken);
    if (reference !== a.reference)
      builder.warn(place, `reference ${a.reference} is already used here; the copy is ${reference}`);
    builder.claimReference(reference, place);
    taken.push(reference);
    newIds.set(
      a.id,
      builder.addActivity({ fields: copiedActivity(a, reference, ids, place), place, fieldPlaces: {} }),
    );
  }
  for (const t of other.transfers) {
    const activityId = newIds.get(t.activityId);
    if (!activityId) continue;
    const place = `${path.basename(source)}, a transfer of activity ${referenceOf.get(t.activityId) ?? ''}`;
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = t;
    builder.addTransfer({
      place,
      fields: {
        ...fields,
        activityId,
        partyId: t.partyId === null ? null : ids.party(t.partyId, place),
        // The exporter's own assessment and dates.
        since: null,
        tiaDate: null,
        tiaReference: '',
      },
    });
  }
  return builder.finish();
}
