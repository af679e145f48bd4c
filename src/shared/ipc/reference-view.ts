// What the UI needs from the reference data (resources/reference), in one answer of 'reference:get':
// pickers (countries, mechanisms, bases, criteria), destination status, and the vendor catalog with sources.
import type {
  ActivityRole,
  Art10Condition,
  Art9Condition,
  DestinationStatusCode,
  LawfulBasis,
  PartyRelation,
  SccModule,
  Wp248Criterion,
} from './reference-codes';
import type { CertificationScheme, PartyFields } from '../domain';

export type CountryView = {
  code: string;
  name: string;
  /** Where the destination stands today for an EU and for a UK exporter. */
  status: { eu: DestinationStatusCode; uk: DestinationStatusCode };
};

export type MechanismView = {
  id: string;
  label: string;
  article: string | null;
  group: 'none' | 'adequacy' | 'safeguards' | 'derogation';
  jurisdiction: 'eu' | 'uk' | 'both';
  /** The instrument this one is a part of (an SCC module: the 2021 EU SCCs), or null. */
  parent: string | null;
  /** Instruments this one cannot stand without (the UK Addendum amends the EU SCCs). */
  requires: string[];
  exporterRole: ActivityRole | null;
  importerRole: ActivityRole | null;
  sccModule: SccModule | null;
  requiresTia: boolean;
  /** Adequacy that covers only importers holding this certification (the DPF), or null. */
  requiresCertification: CertificationScheme | null;
  retired: boolean;
  retiredReason: string | null;
};

export type BasisView = {
  id: LawfulBasis;
  label: string;
  shortLabel: string;
  article: string;
  hint: string;
  needsLawReference: boolean;
  needsLegitimateInterest: boolean;
};

export type ConditionView<Id extends string> = { id: Id; label: string; article: string; hint: string };

export type CriterionView = { id: Wp248Criterion; shortLabel: string; label: string; explanation: string };

/** One vendor fact as the catalog states it, with how far it can be trusted and where it comes from. */
export type VendorFact = {
  label: string;
  value: string;
  verified: boolean;
  confidence: string;
  source: string;
  asOf: string;
};

export type VendorView = {
  id: string;
  name: string;
  services: string[];
  typicalRole: PartyRelation;
  facts: VendorFact[];
  /**
   * Certifications the catalog knows of (claimed by the vendor, or not yet checked). "Add from catalog"
   * records none of them: the DPO checks each (the DPF list, a certificate) and records it on the party.
   */
  certifications: { scheme: CertificationScheme; status: 'claimed' | 'unknown' }[];
  /** The party "add from catalog" creates. */
  party: PartyFields;
};

export type ReferenceView = {
  asOf: string;
  countries: CountryView[];
  mechanisms: MechanismView[];
  lawfulBases: BasisView[];
  art9: ConditionView<Art9Condition>[];
  art10: ConditionView<Art10Condition>[];
  ukSchedule1: { id: string; label: string }[];
  dpiaCriteria: CriterionView[];
  dpiaThreshold: number;
  vendors: VendorView[];
};
