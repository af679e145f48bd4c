// Row types of the activity tables and their mapping to the domain's Activity.
import type { Activity, ActivityFields, PartyLink, Purpose, RetentionRule } from '../../../shared/domain';
import { readJsonArray } from '../columns';

export type ActivityRow = {
  id: string;
  role: Activity['role'];
  reference: string;
  name: string;
  description: string;
  department: string;
  owner: string;
  status: Activity['status'];
  systems: string;
  storage_location: string;
  security_notes: string;
  dpia_criteria: string;
  dpia_status: Activity['dpia']['status'];
  dpia_reference: string;
  adm_used: number;
  adm_description: string;
  last_reviewed_at: string | null;
  next_review_at: string | null;
  notes: string;
  art9_conditions: string;
  art10_conditions: string;
  art10_law_reference: string;
  uk_schedule1_conditions: string;
  created_at: string;
  updated_at: string;
};

export type ActivityTermRow = { activity_id: string; field: TermField; term_id: string };
export type PurposeRow = {
  id: string;
  activity_id: string;
  term_id: string | null;
  description: string;
  lawful_basis: Purpose['lawfulBasis'];
  legitimate_interest: string;
  lia_reference: string;
  law_reference: string;
};
export type RetentionRow = {
  id: string;
  activity_id: string;
  personal_data_term_id: string | null;
  period: number | null;
  unit: RetentionRule['unit'];
  from_event: string;
  rule: string;
};
export type PartyLinkRow = {
  activity_id: string;
  party_id: string;
  relation: PartyLink['relation'];
  description: string;
};

/** activity_term.field ↔ the Activity property holding those term ids. */
export const TERM_FIELDS = {
  'data-subject': 'dataSubjectIds',
  'personal-data': 'personalDataIds',
  'recipient-category': 'recipientCategoryIds',
  'data-source': 'dataSourceIds',
  'security-measure': 'securityMeasureIds',
} as const satisfies Record<string, keyof ActivityFields>;
export type TermField = keyof typeof TERM_FIELDS;

export type ActivityChildren = {
  terms: ActivityTermRow[];
  purposes: PurposeRow[];
  retention: RetentionRow[];
  parties: PartyLinkRow[];
};

export function rowToActivity(row: ActivityRow, children: ActivityChildren): Activity {
  const termIds = (field: TermField) => children.terms.filter((t) => t.field === field).map((t) => t.term_id);
  return {
    id: row.id,
    role: row.role,
    reference: row.reference,
    name: row.name,
    description: row.description,
    department: row.department,
    owner: row.owner,
    status: row.status,
    systems: readJsonArray(row.systems),
    storageLocation: row.storage_location,
    dataSourceIds: termIds('data-source'),
    securityMeasureIds: termIds('security-measure'),
    securityNotes: row.security_notes,
    dpia: {
      criteria: readJsonArray(row.dpia_criteria),
      status: row.dpia_status,
      reference: row.dpia_reference,
    },
    automatedDecisionMaking: { used: row.adm_used === 1, description: row.adm_description },
    lastReviewedAt: row.last_reviewed_at,
    nextReviewAt: row.next_review_at,
    notes: row.notes,
    purposes: children.purposes.map((p) => ({
      id: p.id,
      termId: p.term_id,
      description: p.description,
      lawfulBasis: p.lawful_basis,
      legitimateInterest: p.legitimate_interest,
      liaReference: p.lia_reference,
      lawReference: p.law_reference,
    })),
    dataSubjectIds: termIds('data-subject'),
    personalDataIds: termIds('personal-data'),
    recipientCategoryIds: termIds('recipient-category'),
    art9Conditions: readJsonArray(row.art9_conditions),
    art10Conditions: readJsonArray(row.art10_conditions),
    art10LawReference: row.art10_law_reference,
    ukSchedule1Conditions: readJsonArray(row.uk_schedule1_conditions),
    retention: children.retention.map((r) => ({
      id: r.id,
      personalDataTermId: r.personal_data_term_id,
      period: r.period,
      unit: r.unit,
      fromEvent: r.from_event,
      rule: r.rule,
    })),
    parties: children.parties.map((l) => ({
      partyId: l.party_id,
      relation: l.relation,
      description: l.description,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const ACTIVITY_COLUMNS = [
  'id',
  'role',
  'reference',
  'name',
  'description',
  'department',
  'owner',
  'status',
  'systems',
  'storage_location',
  'security_notes',
  'dpia_criteria',
  'dpia_status',
  'dpia_reference',
  'adm_used',
  'adm_description',
  'last_reviewed_at',
  'next_review_at',
  'notes',
  'art9_conditions',
  'art10_conditions',
  'art10_law_reference',
  'uk_schedule1_conditions',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ActivityRow)[];

export function activityParams(
  a: Activity,
): Record<(typeof ACTIVITY_COLUMNS)[number], string | number | null> {
  return {
    id: a.id,
    role: a.role,
    reference: a.reference,
    name: a.name,
    description: a.description,
    department: a.department,
    owner: a.owner,
    status: a.status,
    systems: JSON.stringify(a.systems),
    storage_location: a.storageLocation,
    security_notes: a.securityNotes,
    dpia_criteria: JSON.stringify(a.dpia.criteria),
    dpia_status: a.dpia.status,
    dpia_reference: a.dpia.reference,
    adm_used: a.automatedDecisionMaking.used ? 1 : 0,
    adm_description: a.automatedDecisionMaking.description,
    last_reviewed_at: a.lastReviewedAt,
    next_review_at: a.nextReviewAt,
    notes: a.notes,
    art9_conditions: JSON.stringify(a.art9Conditions),
    art10_conditions: JSON.stringify(a.art10Conditions),
    art10_law_reference: a.art10LawReference,
    uk_schedule1_conditions: JSON.stringify(a.ukSchedule1Conditions),
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}
