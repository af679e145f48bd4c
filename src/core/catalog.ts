// "Add from catalog": a party pre-filled from resources/reference/vendors.json, with each fact's
// confidence and source carried into its notes so the DPO can see what still needs checking.
import type { PartyFields } from '../shared/domain';
import { RopaError } from './errors';
import { referenceData, vendorById } from './reference';

export function partyFromCatalog(catalogId: string): PartyFields {
  const vendor = vendorById(catalogId);
  if (!vendor) {
    const known = referenceData.vendors.vendors.map((v) => v.id).join(', ');
    throw new RopaError('NOT_FOUND', `No vendor "${catalogId}" in the catalog. Known: ${known}.`);
  }
  const fact = (
    label: string,
    f: { verified: boolean; confidence: string; source: string | null; asOf: string },
  ) =>
    `${label}: ${f.verified ? 'verified' : `${f.confidence} — check before relying on it`} (source: ${f.source ?? 'research notes'}, as of ${f.asOf})`;
  const notes = [
    fact(`Entity ${vendor.legalEntity.value ?? 'unknown'}`, vendor.legalEntity),
    fact(`Headquarters ${vendor.hqCountry.value}`, vendor.hqCountry),
    ...vendor.mechanisms.map((m) => fact(`Mechanism ${m.mechanism}`, m)),
    ...vendor.certifications.map((c) => fact(`Certification ${c.scheme} (${c.status})`, c)),
  ].join('\n');
  return {
    name: vendor.legalEntity.value ?? vendor.name,
    legalEntity: vendor.legalEntity.value ?? '',
    roles: [vendor.typicalRole.value],
    country: vendor.hqCountry.value,
    internationalOrganisation: '',
    address: '',
    contact: null,
    representative: null,
    dpoContact: null,
    website: vendor.website,
    trustPage: vendor.trustPage ?? '',
    dpaSignedOn: null,
    dpaReference: '',
    // Only what the vendor claims, never marked as checked: the DPO records the date they checked.
    certifications: vendor.certifications
      .filter((c) => c.status === 'claimed')
      .map((c) => ({ scheme: c.scheme, lastCheckedOn: null, reference: '' })),
    services: vendor.services.join('; '),
    catalogId: vendor.id,
    notes,
  };
}
