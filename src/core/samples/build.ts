// A compact way to write a sample register: entities by name and label instead of ids. The builder
// resolves labels to the starter terms (creating the sample's own terms), then saves everything through
// the repositories, so a sample goes through the same checks as a user's record.
import type {
  ActivityFields,
  Art9Condition,
  Art10Condition,
  DpiaScreening,
  LawfulBasis,
  PartyFields,
  PartyRelation,
  RetentionUnit,
  SccModule,
  SpecialKind,
  TermList,
  TransferFields,
} from '../../shared/domain';
import { partyFromCatalog } from '../catalog';
import type { Register } from '../store/register';

export type PurposeSpec = {
  description: string;
  basis: LawfulBasis | null;
  interest?: string;
  lia?: string;
  law?: string;
};
export type RetentionSpec = {
  data?: string;
  period?: number;
  unit?: RetentionUnit;
  from?: string;
  rule?: string;
};
export type ActivitySpec = {
  role: 'controller' | 'processor';
  reference: string;
  name: string;
  description?: string;
  department?: string;
  status?: 'draft' | 'active';
  systems?: string[];
  purposes?: PurposeSpec[];
  subjects?: string[];
  data?: string[];
  recipients?: string[];
  sources?: string[];
  security?: string[];
  securityNotes?: string;
  retention?: RetentionSpec[];
  parties?: { name: string; relation: PartyRelation; description?: string }[];
  art9?: Art9Condition[];
  art10?: Art10Condition[];
  schedule1?: string[];
  dpia?: Partial<DpiaScreening>;
  notes?: string;
};
/** A party by a short key; `catalog` starts it from the vendor catalog entry (its facts kept in notes). */
export type PartySpec = Partial<PartyFields> & { key: string; catalog?: string };
export type TransferSpec = {
  activity: string;
  party?: string;
  country: string;
  mechanism: string | null;
  sccModule?: SccModule;
  safeguards?: string;
  notes?: string;
};
export type SampleSpec = {
  /** Terms the sample adds to the starter lists. */
  terms?: { list: TermList; label: string; special?: SpecialKind; description?: string }[];
  parties: PartySpec[];
  activities: ActivitySpec[];
  transfers: TransferSpec[];
};

const LIST_OF = {
  subjects: 'data-subject',
  data: 'personal-data',
  recipients: 'recipient',
  sources: 'data-source',
  security: 'security-measure',
} as const;

export function buildSample(register: Register, spec: SampleSpec): void {
  for (const t of spec.terms ?? []) {
    register.terms.save({
      list: t.list,
      label: t.label,
      description: t.description ?? '',
      special: t.special ?? null,
      dpvIri: null,
      seedKey: null,
    });
  }
  const termIds = new Map(register.terms.list().map((t) => [`${t.list}:${t.label}`, t.id]));
  const term = (list: TermList, label: string): string => {
    const id = termIds.get(`${list}:${label}`);
    if (!id) throw new Error(`sample: no ${list} term "${label}"`);
    return id;
  };
  const partyIds = new Map<string, string>();
  for (const { key, catalog, ...p } of spec.parties) {
    const base = catalog ? partyFromCatalog(catalog) : { name: key };
    const saved = register.parties.save({
      legalEntity: '',
      roles: [],
      country: null,
      internationalOrganisation: '',
      address: '',
      contact: null,
      representative: null,
      dpoContact: null,
      website: '',
      trustPage: '',
      dpaSignedOn: null,
      dpaReference: '',
      certifications: [],
      services: '',
      catalogId: null,
      notes: '',
      ...base,
      ...p,
      ...(p.notes && 'notes' in base && base.notes ? { notes: `${p.notes}\n${base.notes}` } : {}),
    });
    partyIds.set(key, saved.id);
  }
  const party = (name: string): string => {
    const id = partyIds.get(name);
    if (!id) throw new Error(`sample: no party "${name}"`);
    return id;
  };
  const activityIds = new Map<string, string>();
  for (const a of spec.activities) {
    const fields: ActivityFields = {
      role: a.role,
      reference: a.reference,
      name: a.name,
      description: a.description ?? '',
      department: a.department ?? '',
      owner: '',
      status: a.status ?? 'active',
      systems: a.systems ?? [],
      storageLocation: '',
      dataSourceIds: (a.sources ?? []).map((l) => term(LIST_OF.sources, l)),
      securityMeasureIds: (a.security ?? []).map((l) => term(LIST_OF.security, l)),
      securityNotes: a.securityNotes ?? '',
      dpia: { criteria: [], status: 'not-assessed', reference: '', ...a.dpia },
      automatedDecisionMaking: { used: false, description: '' },
      lastReviewedAt: null,
      nextReviewAt: null,
      notes: a.notes ?? '',
      purposes: (a.purposes ?? []).map((p) => ({
        termId: null,
        description: p.description,
        lawfulBasis: p.basis,
        legitimateInterest: p.interest ?? '',
        liaReference: p.lia ?? '',
        lawReference: p.law ?? '',
      })),
      dataSubjectIds: (a.subjects ?? []).map((l) => term(LIST_OF.subjects, l)),
      personalDataIds: (a.data ?? []).map((l) => term(LIST_OF.data, l)),
      recipientCategoryIds: (a.recipients ?? []).map((l) => term(LIST_OF.recipients, l)),
      art9Conditions: a.art9 ?? [],
      art10Conditions: a.art10 ?? [],
      art10LawReference: '',
      ukSchedule1Conditions: a.schedule1 ?? [],
      retention: (a.retention ?? []).map((r) => ({
        personalDataTermId: r.data ? term('personal-data', r.data) : null,
        period: r.period ?? null,
        unit: r.unit ?? null,
        fromEvent: r.from ?? '',
        rule: r.rule ?? '',
      })),
      parties: (a.parties ?? []).map((l) => ({
        partyId: party(l.name),
        relation: l.relation,
        description: l.description ?? '',
      })),
    };
    activityIds.set(a.reference, register.activities.save(fields).id);
  }
  for (const t of spec.transfers) {
    const activityId = activityIds.get(t.activity);
    if (!activityId) throw new Error(`sample: no activity "${t.activity}"`);
    const fields: TransferFields = {
      activityId,
      partyId: t.party ? party(t.party) : null,
      country: t.country,
      internationalOrganisation: '',
      mechanism: t.mechanism,
      sccModule: t.sccModule ?? null,
      since: null,
      tiaDate: null,
      tiaReference: '',
      supplementaryMeasures: '',
      safeguardsDocumentation: t.safeguards ?? '',
      notes: t.notes ?? '',
    };
    register.transfers.save(fields);
  }
}
