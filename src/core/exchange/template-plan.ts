// What a template import (the CNIL model, the ICO template) will write, gathered before anything is written:
// terms and parties found in the register or created, activities, transfers, the organisation's details,
// and every problem (blocking) and warning (kept as written, reported) with the cell it came from. The plan
// is validated whole, then written in one transaction, or not at all.
import { randomUUID } from 'node:crypto';
import {
  ActivityFields,
  OrganisationFields,
  PartyFields,
  TermFields,
  TransferFields,
  type ActivityFieldsInput,
  type Contact,
  type OrganisationFieldsInput,
  type PartyRole,
  type SpecialKind,
  type TermList,
} from '../../shared/domain';
import type { ImportPreview, ImportSummary } from '../../shared/ipc/contract';
import type { Issue } from '../../shared/ipc/result';
import type { z } from 'zod';
import { RopaError } from '../errors';
import { describeIssues, formatPath } from '../issues';
import { referenceData } from '../reference';
import type { Register } from '../store/register';

type PartyInput = z.input<typeof PartyFields>;
type TransferInput = z.input<typeof TransferFields>;

export type PlannedActivity = {
  id: string;
  fields: ActivityFieldsInput;
  /** Where the activity is in the file, and where some of its fields are, for error messages. */
  place: string;
  fieldPlaces: Partial<Record<string, string>>;
};
export type PlannedParty = { id: string; fields: PartyInput; place: string };
export type PlannedTransfer = { fields: TransferInput; place: string };
type PlannedTerm = {
  id: string;
  list: TermList;
  label: string;
  special: SpecialKind | null;
  seedKey: string | null;
  /** A term copied from another register keeps its description and DPV IRI. */
  details?: TermDetails;
};
type TermDetails = { description: string; dpvIri: string | null };

export type TemplatePlan = {
  source: string;
  organisation: OrganisationFieldsInput | null;
  terms: PlannedTerm[];
  parties: PlannedParty[];
  activities: PlannedActivity[];
  transfers: PlannedTransfer[];
  /** Problems that stop the import. */
  issues: Issue[];
  /** Values imported as written but worth a look: unknown list values, outdated choices. */
  warnings: Issue[];
  /** The columns a tabular template read, and those it did not know (kept in notes). */
  headers: string[];
  ignoredColumns: string[];
};

const key = (list: string, label: string) => `${list}:${label.trim().toLowerCase()}`;
const seeds = new Map(
  Object.entries(referenceData.terms.lists).flatMap(([list, entries]) =>
    entries.map((e) => [`${list}:${e.key}`, e] as const),
  ),
);

export type OrganisationDetails = {
  address?: string;
  country?: string | null;
  contactEmail?: string;
  contactPhone?: string;
  dpo?: (Contact & { kind: 'internal' | 'external' }) | null;
  euRepresentative?: Contact | null;
  ukRepresentative?: Contact | null;
};

const ORGANISATION_WORDS: Record<keyof OrganisationDetails, string> = {
  address: 'address',
  country: 'country',
  contactEmail: 'e-mail',
  contactPhone: 'telephone',
  dpo: 'DPO',
  euRepresentative: 'EU representative',
  ukRepresentative: 'UK representative',
};

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export function createPlanBuilder(register: Register, source: string) {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const existing = register.terms.list();
  const termIds = new Map(existing.map((t) => [key(t.list, t.label), t.id]));
  const seedIds = new Map(existing.flatMap((t) => (t.seedKey ? [[`${t.list}:${t.seedKey}`, t.id]] : [])));
  const terms: PlannedTerm[] = [];
  const partyIds = new Map(register.parties.list().map((p) => [p.name.trim().toLowerCase(), p.id]));
  const parties: PlannedParty[] = [];
  const activities: PlannedActivity[] = [];
  const transfers: PlannedTransfer[] = [];
  const references = new Map(
    register.activities.labels().map((a) => [a.reference.toLowerCase(), 'the register']),
  );
  const { id: _id, createdAt: _c, updatedAt: _u, ...current } = register.organisation.get();
  const organisation: OrganisationFieldsInput = { ...current };
  let organisationChanged = false;
  const newTerm = (
    list: TermList,
    label: string,
    special: SpecialKind | null,
    seedKey: string | null,
    details?: TermDetails,
  ) => {
    const id = randomUUID();
    terms.push({ id, list, label: label.trim(), special, seedKey, ...(details && { details }) });
    termIds.set(key(list, label), id);
    if (seedKey) seedIds.set(`${list}:${seedKey}`, id);
    return id;
  };

  return {
    source,
    issues,
    warnings,
    error: (path: string, message: string) => void issues.push({ path, message }),
    warn: (path: string, message: string) => void warnings.push({ path, message }),
    /** The register's term with that label in that list, or one created by this import. */
    term(list: TermList, label: string, special: SpecialKind | null = null, details?: TermDetails): string {
      return termIds.get(key(list, label)) ?? newTerm(list, label, special, null, details);
    },
    findTerm: (list: TermList, label: string): string | undefined => termIds.get(key(list, label)),
    /** The register's starter-list term with that key, whatever it is called now. */
    findSeedTerm: (list: TermList, seedKey: string): string | undefined => seedIds.get(`${list}:${seedKey}`),
    /** A starter-list term (resources/reference/terms.json), found by its key or label, or added back. */
    seedTerm(list: TermList, seedKey: string): string {
      const found = seedIds.get(`${list}:${seedKey}`);
      if (found) return found;
      const seed = seeds.get(`${list}:${seedKey}`);
      if (!seed) throw new Error(`no starter term ${list}:${seedKey}`);
      return termIds.get(key(list, seed.label)) ?? newTerm(list, seed.label, seed.special, seedKey);
    },
    isNewTerm: (id: string) => terms.some((t) => t.id === id),
    /** The party with that name (register or this import); a new one gets `fields` and the role (if any). */
    party(name: string, role: PartyRole | null, fields: Partial<PartyInput>, place: string): string {
      const found = partyIds.get(name.trim().toLowerCase());
      const planned = found ? parties.find((p) => p.id === found) : undefined;
      if (planned) {
        const roles = planned.fields.roles ?? [];
        if (role && !roles.includes(role)) planned.fields.roles = [...roles, role];
        for (const [field, value] of Object.entries(fields) as [keyof PartyInput, unknown][])
          if (value !== undefined && value !== null && value !== '' && !planned.fields[field])
            Object.assign(planned.fields, { [field]: value });
      }
      if (found) return found;
      const id = randomUUID();
      parties.push({ id, fields: { ...fields, name: name.trim(), roles: role ? [role] : [] }, place });
      partyIds.set(name.trim().toLowerCase(), id);
      return id;
    },
    findParty: (name: string): string | undefined => partyIds.get(name.trim().toLowerCase()),
    /** Claims a reference; a second use (in the register or the file) is a problem. */
    claimReference(reference: string, place: string): void {
      const seen = references.get(reference.toLowerCase());
      if (seen !== undefined)
        issues.push({ path: place, message: `reference ${reference} is already used in ${seen}` });
      references.set(reference.toLowerCase(), place.replace(/^.*?, (sheet|row)/, '$1'));
    },
    isReferenceFree: (reference: string) => !references.has(reference.toLowerCase()),
    /** The next free reference PREFIX-001, PREFIX-002… */
    nextReference(prefix: string): string {
      for (let n = 1; ; n++) {
        const candidate = `${prefix}-${String(n).padStart(3, '0')}`;
        if (!references.has(candidate.toLowerCase())) return candidate;
      }
    },
    addActivity(activity: Omit<PlannedActivity, 'id'> & { id?: string }): string {
      const id = activity.id ?? randomUUID();
      activities.push({ ...activity, id });
      return id;
    },
    addTransfer: (transfer: PlannedTransfer) => void transfers.push(transfer),
    activityCount: () => activities.length,
    organisation: (): Readonly<OrganisationFieldsInput> => organisation,
    /** Fills the organisation's empty details from the file; a different value already there is kept. */
    fillOrganisation(details: OrganisationDetails, place: string): void {
      for (const [field, value] of Object.entries(details) as [keyof OrganisationDetails, unknown][]) {
        if (value === undefined || value === null || value === '') continue;
        const now = organisation[field];
        if (now === undefined || now === null || now === '') {
          Object.assign(organisation, { [field]: value });
          organisationChanged = true;
        } else if (
          typeof now === 'string'
            ? !sameText(now, String(value))
            : !sameText((now as Contact).name, (value as Contact).name)
        )
          warnings.push({
            path: place,
            message: `the register already records the organisation's ${ORGANISATION_WORDS[field]} (${typeof now === 'string' ? now : (now as Contact).name}); it is kept, and the file's (${typeof value === 'string' ? value : (value as Contact).name}) is not imported`,
          });
      }
    },
    setOrganisation(fields: Partial<OrganisationFieldsInput>): void {
      Object.assign(organisation, fields);
      organisationChanged = true;
    },
    finish(headers: string[] = [], ignoredColumns: string[] = []): TemplatePlan {
      const plan: TemplatePlan = {
        source,
        organisation: organisationChanged ? organisation : null,
        terms,
        parties,
        activities,
        transfers,
        issues,
        warnings,
        headers,
        ignoredColumns,
      };
      validatePlan(plan);
      return plan;
    },
  };
}
export type PlanBuilder = ReturnType<typeof createPlanBuilder>;

/** Every entity through its domain schema, each problem placed at the cell it came from. */
function validatePlan(plan: TemplatePlan): void {
  const report = (place: string, error: z.ZodError, places: Partial<Record<string, string>> = {}) => {
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? '');
      plan.issues.push({
        path: places[field] ?? place,
        message: `${formatPath(issue.path)}: ${issue.message}`,
      });
    }
  };
  if (plan.organisation) {
    const parsed = OrganisationFields.safeParse(plan.organisation);
    if (!parsed.success) report(`${plan.source} (organisation)`, parsed.error);
  }
  for (const t of plan.terms) {
    const parsed = TermFields.safeParse({ ...t, ...termDetails(t) });
    if (!parsed.success) report(`${plan.source} (${t.list} term "${t.label.slice(0, 40)}")`, parsed.error);
  }
  for (const p of plan.parties) {
    const parsed = PartyFields.safeParse(p.fields);
    if (!parsed.success) report(p.place, parsed.error);
  }
  for (const a of plan.activities) {
    const parsed = ActivityFields.safeParse(a.fields);
    if (!parsed.success) report(a.place, parsed.error, a.fieldPlaces);
  }
  for (const t of plan.transfers) {
    const parsed = TransferFields.safeParse(t.fields);
    if (!parsed.success) report(t.place, parsed.error);
  }
}

/** Writes a checked plan in one transaction: organisation, terms, parties, activities, then transfers. */
export function writeTemplatePlan(register: Register, plan: TemplatePlan): ImportSummary {
  if (plan.issues.length > 0)
    throw new RopaError(
      'INVALID_INPUT',
      `${plan.source}: ${plan.issues.length} problem(s); nothing was imported:\n${describeIssues(plan.issues)}`,
      plan.issues,
    );
  return register.transaction(() => {
    if (plan.organisation) register.organisation.save(OrganisationFields.parse(plan.organisation));
    for (const t of plan.terms)
      register.terms.save({ ...TermFields.parse({ ...t, ...termDetails(t) }), id: t.id });
    for (const p of plan.parties) register.parties.save({ ...PartyFields.parse(p.fields), id: p.id });
    for (const a of plan.activities)
      register.activities.save({ ...ActivityFields.parse(a.fields), id: a.id });
    for (const t of plan.transfers) register.transfers.save(TransferFields.parse(t.fields));
    return {
      terms: plan.terms.length,
      parties: plan.parties.length,
      activities: plan.activities.length,
      transfers: plan.transfers.length,
      warnings: plan.warnings,
    };
  });
}

/** A starter term added back gets its description and DPV IRI from the starter list; a copied term, its own. */
function termDetails(t: PlannedTerm): TermDetails {
  if (t.details) return t.details;
  const seed = t.seedKey ? seeds.get(`${t.list}:${t.seedKey}`) : undefined;
  return { description: seed?.description ?? '', dpvIri: seed?.dpv ?? null };
}

/** The first rows of an import as the preview shows them: each purpose with its lawful basis. */
export function previewRows(activities: readonly ActivityFieldsInput[]): ImportPreview['rows'] {
  return activities.slice(0, 10).map((a) => ({
    reference: a.reference,
    name: a.name,
    role: a.role,
    purposes: (a.purposes ?? []).map(
      (p) => `${p.description ?? ''}${p.lawfulBasis ? ` (${p.lawfulBasis})` : ''}`,
    ),
  }));
}

/** The preview the app shows before a template import: first rows, new terms, problems, warnings. */
export function previewOfPlan(plan: TemplatePlan): ImportPreview {
  return {
    headers: plan.headers,
    ignoredColumns: plan.ignoredColumns,
    rows: previewRows(plan.activities.slice(0, 10).map((a) => a.fields)),
    newTerms: plan.terms.map(({ list, label }) => ({ list, label })),
    issues: plan.issues,
    warnings: plan.warnings,
    total: plan.activities.length,
  };
}
