// Look-ups by id over the reference lists, indexed once.
import type { Jurisdiction } from '../../shared/domain/codes';
import { referenceData } from './load';
import type { TransferMechanism, Vendor } from './schemas';

const mechanisms = new Map(referenceData.transferMechanisms.mechanisms.map((m) => [m.id, m]));
const vendors = new Map(referenceData.vendors.vendors.map((v) => [v.id, v]));
const organisations = new Map(referenceData.internationalOrganisations.organisations.map((o) => [o.id, o]));

export type InternationalOrganisation =
  (typeof referenceData.internationalOrganisations.organisations)[number];

export function mechanismById(id: string): TransferMechanism | null {
  return mechanisms.get(id) ?? null;
}

export function vendorById(id: string): Vendor | null {
  return vendors.get(id) ?? null;
}

export function internationalOrganisationById(id: string): InternationalOrganisation | null {
  return organisations.get(id) ?? null;
}

/**
 * Whether a mechanism no longer counts for an exporter under that jurisdiction on that date (YYYY-MM-DD).
 * The UK kept the pre-2021 SCCs longer than the EU, hence the per-jurisdiction date.
 */
export function isMechanismRetired(
  mechanism: TransferMechanism,
  jurisdiction: Jurisdiction,
  onDate: string,
): boolean {
  if (!mechanism.retired) return false;
  const from =
    jurisdiction === 'uk-gdpr' ? (mechanism.retiredOnUk ?? mechanism.retiredOn) : mechanism.retiredOn;
  return from !== null && onDate >= from;
}
