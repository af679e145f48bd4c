// The closed lists the law itself defines. Their labels, articles, DPV IRIs and sources live in
// resources/reference/*.json; these ids are the keys both sides share.

export const ACTIVITY_ROLES = ['controller', 'processor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const JURISDICTIONS = ['eu-gdpr', 'uk-gdpr'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** GDPR Art 6(1)(a)–(f). */
export const LAWFUL_BASES = ['art6-1-a', 'art6-1-b', 'art6-1-c', 'art6-1-d', 'art6-1-e', 'art6-1-f'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
/** Bases whose record needs the law relied on (6(1)(c) legal obligation, 6(1)(e) public task). */
export const BASES_NEEDING_LAW_REFERENCE: readonly LawfulBasis[] = ['art6-1-c', 'art6-1-e'];
export const LEGITIMATE_INTERESTS: LawfulBasis = 'art6-1-f';

/** GDPR Art 9(2)(a)–(j). */
export const ART9_CONDITIONS = [
  'art9-2-a',
  'art9-2-b',
  'art9-2-c',
  'art9-2-d',
  'art9-2-e',
  'art9-2-f',
  'art9-2-g',
  'art9-2-h',
  'art9-2-i',
  'art9-2-j',
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

/** GDPR Art 10: official authority, or authorised by Union / Member State law. */
export const ART10_CONDITIONS = ['art10-official-authority', 'art10-authorised-by-law'] as const;
export type Art10Condition = (typeof ART10_CONDITIONS)[number];

/** The nine WP248 rev.01 DPIA screening criteria. */
export const WP248_CRITERIA = [
  'wp248-1',
  'wp248-2',
  'wp248-3',
  'wp248-4',
  'wp248-5',
  'wp248-6',
  'wp248-7',
  'wp248-8',
  'wp248-9',
] as const;
export type Wp248Criterion = (typeof WP248_CRITERIA)[number];
/** WP248: processing meeting two or more criteria will in most cases require a DPIA. */
export const DPIA_LIKELY_THRESHOLD = 2;

export const DPIA_STATUSES = ['not-assessed', 'not-required', 'planned', 'in-progress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

/** How a party relates to an activity. */
export const PARTY_RELATIONS = [
  'processor',
  'sub-processor',
  'client-controller',
  'joint-controller',
  'recipient',
] as const;
export type PartyRelation = (typeof PARTY_RELATIONS)[number];

/** What each relation is called, in the regulation's words (the app's labels; lower-cased in sentences). */
export const RELATION_LABELS: Record<PartyRelation, string> = {
  processor: 'Processor',
  'sub-processor': 'Sub-processor',
  'client-controller': 'Client (controller)',
  'joint-controller': 'Joint controller',
  recipient: 'Recipient',
};

/** The roles a party can play for the organisation (a party can play several). */
export const PARTY_ROLES = PARTY_RELATIONS;
export type PartyRole = PartyRelation;

export const CERTIFICATION_SCHEMES = [
  'eu-us-dpf',
  'uk-extension-dpf',
  'swiss-us-dpf',
  'iso-27001',
  'iso-27701',
  'soc-2',
  'bcr-p',
  'bcr-c',
] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

/** What each certification scheme is called, in the app and in the exports. */
export const CERTIFICATION_SCHEME_LABELS: Record<CertificationScheme, string> = {
  'eu-us-dpf': 'EU-US Data Privacy Framework',
  'uk-extension-dpf': 'UK Extension to the EU-US DPF',
  'swiss-us-dpf': 'Swiss-US Data Privacy Framework',
  'iso-27001': 'ISO/IEC 27001',
  'iso-27701': 'ISO/IEC 27701',
  'soc-2': 'SOC 2',
  'bcr-p': 'Binding corporate rules (processor)',
  'bcr-c': 'Binding corporate rules (controller)',
};

/** The editable category lists of a register. */
export const TERM_LISTS = [
  'data-subject',
  'personal-data',
  'recipient',
  'purpose',
  'security-measure',
  'data-source',
] as const;
export type TermList = (typeof TERM_LISTS)[number];

/** Special category (Art 9) or criminal offence (Art 10) data; null for ordinary data. */
export const SPECIAL_KINDS = ['art9', 'art10'] as const;
export type SpecialKind = (typeof SPECIAL_KINDS)[number];

export const SCC_MODULES = ['1', '2', '3', '4'] as const;
export type SccModule = (typeof SCC_MODULES)[number];

export const RETENTION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];
