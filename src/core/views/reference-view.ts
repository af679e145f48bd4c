// Builds the 'reference:get' answer once: the reference data the UI pickers, transfer rows and the vendor
// catalog need, with destination status worked out for today on both sides (EU and UK exporter).
import { CERTIFICATION_SCHEME_LABELS } from '../../shared/domain/codes';
import type { DestinationStatusCode } from '../../shared/ipc/reference-codes';
import type { ReferenceView, VendorFact, VendorView } from '../../shared/ipc/reference-view';
import { partyFromCatalog } from '../catalog';
import { destinationStatus, listCountries, mechanismById, referenceData, type Vendor } from '../reference';

function vendorFacts(vendor: Vendor): VendorFact[] {
  const fact = (
    label: string,
    value: string,
    f: { verified: boolean; confidence: string; source: string; asOf: string },
  ): VendorFact => ({
    label,
    value,
    verified: f.verified,
    confidence: f.confidence,
    source: f.source,
    asOf: f.asOf,
  });
  return [
    fact('Legal entity', vendor.legalEntity.value ?? 'unknown', vendor.legalEntity),
    fact('Headquarters', vendor.hqCountry.value, vendor.hqCountry),
    fact('Typical role', vendor.typicalRole.value, vendor.typicalRole),
    ...vendor.mechanisms.map((m) =>
      fact('Transfer mechanism', mechanismById(m.mechanism)?.label ?? m.mechanism, m),
    ),
    ...vendor.certifications.map((c) =>
      fact('Certification', `${CERTIFICATION_SCHEME_LABELS[c.scheme]} (${c.status})`, c),
    ),
  ];
}

function buildReferenceView(): ReferenceView {
  const status = (code: string): { eu: DestinationStatusCode; uk: DestinationStatusCode } => ({
    eu: destinationStatus(code, 'eu-gdpr'),
    uk: destinationStatus(code, 'uk-gdpr'),
  });
  const { legalBases, dpiaCriteria, transferMechanisms, vendors } = referenceData;
  return {
    asOf: transferMechanisms.asOf,
    countries: listCountries('en').map((c) => ({ ...c, status: status(c.code) })),
    mechanisms: transferMechanisms.mechanisms.map((m) => ({
      id: m.id,
      label: m.label,
      article: m.article,
      group: m.group,
      jurisdiction: m.jurisdiction,
      parent: m.parent,
      requires: m.requires,
      exporterRole: m.exporterRole,
      importerRole: m.importerRole,
      sccModule: m.sccModule,
      requiresTia: m.requiresTia,
      requiresCertification: m.requiresCertification,
      retired: m.retired,
      retiredReason: m.retiredReason,
    })),
    lawfulBases: legalBases.art6.map(({ dpv: _dpv, ...basis }) => basis),
    art9: legalBases.art9.map(({ id, label, article, hint }) => ({ id, label, article, hint })),
    art10: legalBases.art10.map(({ id, label, article, hint }) => ({ id, label, article, hint })),
    ukSchedule1: legalBases.ukSchedule1.map(({ id, label }) => ({ id, label })),
    dpiaCriteria: dpiaCriteria.wp248Criteria.map(({ id, shortLabel, label, explanation }) => ({
      id,
      shortLabel,
      label,
      explanation,
    })),
    dpiaThreshold: dpiaCriteria.threshold,
    vendors: vendors.vendors.map((vendor): VendorView => ({
      id: vendor.id,
      name: vendor.name,
      services: vendor.services,
      typicalRole: vendor.typicalRole.value,
      facts: vendorFacts(vendor),
      certifications: vendor.certifications.flatMap(({ scheme, status }) =>
        status === 'not-applicable' ? [] : [{ scheme, status }],
      ),
      party: partyFromCatalog(vendor.id),
    })),
  };
}

let cached: ReferenceView | null = null;

/** The reference data does not change while the app runs: built on first use, then reused. */
export function referenceView(): ReferenceView {
  cached ??= buildReferenceView();
  return cached;
}
