// The shape of every file in resources/reference/. These schemas are the only source of the reference
// types, so a data edit that breaks the shape fails at load time instead of somewhere in a rule.
import { z } from 'zod';
import {
  ACTIVITY_ROLES,
  ART10_CONDITIONS,
  ART9_CONDITIONS,
  CERTIFICATION_SCHEMES,
  LAWFUL_BASES,
  PARTY_RELATIONS,
  SCC_MODULES,
  SPECIAL_KINDS,
  TERM_LISTS,
  WP248_CRITERIA,
} from '../../shared/domain/codes';

export const CONFIDENCE_LEVELS = ['verified', 'secondary', 'lead', 'unverified'] as const;
/** The research notes' [V] / [S] / [T] / [U] tags. */
export const Confidence = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof Confidence>;

export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
/** When a fact was read; a month is enough where the source gives no day. */
export const AsOf = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'must be YYYY-MM-DD or YYYY-MM' });
export const Kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lower-case kebab-case id' });
export const Alpha2 = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code' });
export const DpvIri = z
  .url()
  .startsWith('https://w3id.org/dpv', { error: 'must be a DPV IRI (https://w3id.org/dpv…)' });
/** A URL, or a pointer into the research notes where no page address was recorded. */
export const SourceRef = z.string().min(1);

export const Source = z.strictObject({ title: z.string().min(1), url: z.url().nullable() });

/** Fields every reference file opens with. */
function header<S extends string>(schema: S) {
  return { schema: z.literal(schema), asOf: IsoDate, sources: z.array(Source).min(1) };
}

export const EeaFile = z.strictObject({
  ...header('eea/v1'),
  note: z.string(),
  members: z.array(z.strictObject({ code: Alpha2, name: z.string().min(1), group: z.enum(['eu', 'efta']) })),
});

export const InternationalOrganisationsFile = z.strictObject({
  ...header('international-organisations/v1'),
  note: z.string(),
  organisations: z.array(
    z.strictObject({
      id: Kebab,
      name: z.string().min(1),
      kind: z.enum(['international-organisation', 'eu-body']),
      note: z.string(),
    }),
  ),
});

export const AdequacyEntry = z
  .strictObject({
    id: z.string().min(1),
    /** An alpha-2 code, an id from international-organisations.json, or `eea` for the whole EEA. */
    subject: z.string().min(1),
    subjectKind: z.enum(['country', 'international-organisation', 'country-group']),
    name: z.string().min(1),
    partial: z.boolean(),
    scopeNote: z.string().nullable(),
    /** Adequacy reaches only recipients holding this certification (the DPF and its UK Extension). */
    requiresCertification: z.enum(CERTIFICATION_SCHEMES).nullable(),
    decision: z.string().min(1),
    /** First day the decision applies. */
    adoptedOn: IsoDate,
    /** Last day it applies; null when it has no end date. */
    validUntil: IsoDate.nullable(),
    status: z.enum(['in-force', 'superseded', 'expired', 'repealed']),
    source: SourceRef,
    confidence: Confidence,
    confidenceNote: z.string(),
  })
  .refine((e) => e.subjectKind !== 'country' || Alpha2.safeParse(e.subject).success, {
    error: 'a country subject must be an ISO 3166-1 alpha-2 code',
    path: ['subject'],
  })
  .refine((e) => e.validUntil === null || e.validUntil >= e.adoptedOn, {
    error: 'validUntil must not be before adoptedOn',
    path: ['validUntil'],
  });
export type AdequacyEntry = z.infer<typeof AdequacyEntry>;

function adequacyFile<S extends string, J extends string>(schema: S, jurisdiction: J) {
  return z.strictObject({
    ...header(schema),
    lawAsOf: AsOf,
    jurisdiction: z.literal(jurisdiction),
    note: z.string(),
    entries: z.array(AdequacyEntry).min(1),
    pending: z
      .array(z.strictObject({ name: z.string(), status: z.string(), confidence: Confidence }))
      .optional(),
  });
}
export const EuAdequacyFile = adequacyFile('eu-adequacy/v1', 'eu-gdpr');
export const UkAdequacyFile = adequacyFile('uk-adequacy/v1', 'uk-gdpr');

export const TransferMechanism = z
  .strictObject({
    id: Kebab,
    label: z.string().min(1),
    article: z.string().nullable(),
    group: z.enum(['none', 'adequacy', 'safeguards', 'derogation']),
    jurisdiction: z.enum(['eu', 'uk', 'both']),
    parent: Kebab.nullable(),
    exporterRole: z.enum(ACTIVITY_ROLES).nullable(),
    importerRole: z.enum(ACTIVITY_ROLES).nullable(),
    sccModule: z.enum(SCC_MODULES).nullable(),
    /** A transfer impact assessment (EU) or transfer risk assessment (UK) is expected. */
    requiresTia: z.boolean(),
    /** Mechanisms this one cannot stand without (the UK Addendum amends an EU SCC module). */
    requires: z.array(Kebab),
    requiresCertification: z.enum(CERTIFICATION_SCHEMES).nullable(),
    /** The destination must be checked against the adequacy list of the jurisdiction. */
    requiresAdequacyCheck: z.boolean(),
    /** Needs a supervisory authority's authorisation (Art 46(3)); null where the question does not arise. */
    saAuthorisation: z.boolean().nullable(),
    dpv: DpvIri.nullable(),
    dpvNote: z.string().optional(),
    inForceFrom: IsoDate.nullable(),
    retired: z.boolean(),
    /** Unusable on and after this date for EU exporters. */
    retiredOn: IsoDate.nullable(),
    /** Unusable on and after this date for UK exporters, where it differs. */
    retiredOnUk: IsoDate.nullable(),
    retiredReason: z.string().nullable(),
    /** The mechanism to use instead today. */
    replacedBy: Kebab.nullable(),
    note: z.string().nullable(),
    source: SourceRef,
    confidence: Confidence,
  })
  .refine((m) => m.retired === (m.retiredOn !== null && m.retiredReason !== null), {
    error: 'a retired mechanism needs retiredOn and retiredReason, and only a retired one may have them',
    path: ['retired'],
  })
  .refine(
    (m) =>
      m.sccModule === null || (m.parent === 'eu-scc' && m.exporterRole !== null && m.importerRole !== null),
    {
      error: 'an SCC module sits under eu-scc and names the exporter and importer roles',
      path: ['sccModule'],
    },
  );
export type TransferMechanism = z.infer<typeof TransferMechanism>;

export const TransferMechanismsFile = z.strictObject({
  ...header('transfer-mechanisms/v1'),
  lawAsOf: AsOf,
  note: z.string(),
  mechanisms: z.array(TransferMechanism).min(1),
});

export const Art6BasisEntry = z.strictObject({
  id: z.enum(LAWFUL_BASES),
  label: z.string().min(1),
  shortLabel: z.string().min(1),
  article: z.string().min(1),
  /** Plain-language explanation for the picker. */
  hint: z.string().min(1),
  needsLawReference: z.boolean(),
  needsLegitimateInterest: z.boolean(),
  dpv: DpvIri,
});
export type Art6BasisEntry = z.infer<typeof Art6BasisEntry>;

export const Art9ConditionEntry = z.strictObject({
  id: z.enum(ART9_CONDITIONS),
  label: z.string().min(1),
  article: z.string().min(1),
  hint: z.string().min(1),
  /** Under UK law (DPA 2018 s10) this condition also needs a Schedule 1 condition from this Part. */
  ukSchedule1Part: z.union([z.literal(1), z.literal(2)]).nullable(),
  dpv: DpvIri,
});
export type Art9ConditionEntry = z.infer<typeof Art9ConditionEntry>;

export const Art10ConditionEntry = z.strictObject({
  id: z.enum(ART10_CONDITIONS),
  label: z.string().min(1),
  article: z.string().min(1),
  hint: z.string().min(1),
  needsLawReference: z.boolean(),
});
export type Art10ConditionEntry = z.infer<typeof Art10ConditionEntry>;

export const Schedule1Condition = z.strictObject({
  id: z.string().regex(/^dpa2018-sch1-p[123]-\d+$/, { error: 'must look like dpa2018-sch1-p2-10' }),
  part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  paragraph: z.int().positive(),
  label: z.string().min(1),
  /** The GDPR provision the condition gives a UK-law basis for. */
  appliesTo: z.union([z.enum(ART9_CONDITIONS), z.literal('art10')]),
  appropriatePolicyDocument: z.boolean(),
  note: z.string().nullable(),
  source: SourceRef,
  confidence: Confidence,
});
export type Schedule1Condition = z.infer<typeof Schedule1Condition>;

export const LegalBasesFile = z.strictObject({
  ...header('legal-bases/v1'),
  art6: z.array(Art6BasisEntry),
  art9: z.array(Art9ConditionEntry),
  art9Categories: z.array(z.strictObject({ id: Kebab, label: z.string().min(1), dpv: DpvIri.nullable() })),
  art10: z.array(Art10ConditionEntry),
  art10Note: z.string(),
  ukSchedule1Note: z.string(),
  ukSchedule1: z.array(Schedule1Condition),
});

export const DpiaCriteriaFile = z.strictObject({
  ...header('dpia-criteria/v1'),
  confidence: Confidence,
  confidenceNote: z.string(),
  threshold: z.int().positive(),
  rule: z.string().min(1),
  art35_3: z.array(
    z.strictObject({
      id: z.string().regex(/^art35-3-[a-c]$/),
      label: z.string().min(1),
      article: z.string().min(1),
      /** The WP248 criteria the case always meets, so screening can tick them. */
      wp248: z.array(z.enum(WP248_CRITERIA)),
    }),
  ),
  wp248Criteria: z.array(
    z.strictObject({
      id: z.enum(WP248_CRITERIA),
      shortLabel: z.string().min(1),
      label: z.string().min(1),
      explanation: z.string().min(1),
      dpv: DpvIri.nullable(),
    }),
  ),
});

/** A vendor fact with where it comes from and how far it can be trusted. */
const factFields = {
  note: z.string().optional(),
  verified: z.boolean(),
  confidence: Confidence,
  source: SourceRef,
  asOf: AsOf,
};
function verifiedMatchesConfidence(f: { verified: boolean; confidence: Confidence }): boolean {
  return f.verified === (f.confidence === 'verified');
}
const verifiedRule = {
  error: 'verified must be true exactly when confidence is "verified"',
  path: ['verified'],
};

function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, ...factFields }).refine(verifiedMatchesConfidence, verifiedRule);
}

export const VendorMechanism = z
  .strictObject({ mechanism: Kebab, ...factFields })
  .refine(verifiedMatchesConfidence, verifiedRule);
export type VendorMechanism = z.infer<typeof VendorMechanism>;

export const VendorCertification = z
  .strictObject({
    scheme: z.enum(CERTIFICATION_SCHEMES),
    /** claimed: the vendor says it holds it; unknown: not checked or nothing found. */
    status: z.enum(['claimed', 'unknown', 'not-applicable']),
    ...factFields,
  })
  .refine(verifiedMatchesConfidence, verifiedRule);
export type VendorCertification = z.infer<typeof VendorCertification>;

export const Vendor = z.strictObject({
  id: Kebab,
  name: z.string().min(1),
  services: z.array(z.string().min(1)).min(1),
  website: z.url(),
  trustPage: z.url().nullable(),
  typicalRole: fact(z.enum(PARTY_RELATIONS)),
  /** The entity an EU/UK customer contracts with; null where the research could not tell. */
  legalEntity: z
    .strictObject({ value: z.string().min(1).nullable(), country: Alpha2.nullable(), ...factFields })
    .refine(verifiedMatchesConfidence, verifiedRule),
  hqCountry: fact(Alpha2),
  mechanisms: z.array(VendorMechanism),
  certifications: z.array(VendorCertification),
  dataLocation: fact(z.string().min(1)).nullable(),
});
export type Vendor = z.infer<typeof Vendor>;

export const VendorsFile = z.strictObject({
  ...header('vendor-catalog/v1'),
  note: z.string(),
  dpfList: z.url(),
  vendors: z.array(Vendor),
});

export const TermSeed = z.strictObject({
  /** Stable within its list: a register remembers which seed a term came from. */
  key: Kebab,
  label: z.string().min(1).max(300),
  description: z.string().optional(),
  special: z.enum(SPECIAL_KINDS).nullable(),
  dpv: DpvIri.nullable(),
});
export type TermSeed = z.infer<typeof TermSeed>;

export const TermsFile = z.strictObject({
  ...header('terms/v1'),
  note: z.string(),
  lists: z.record(z.enum(TERM_LISTS), z.array(TermSeed).min(1)),
});
