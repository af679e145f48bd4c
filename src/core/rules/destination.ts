// Where a transfer's destination stands for the organisation, regime by regime, on a date — taking the
// importer's DPF certification into account where adequacy reaches certified recipients only.
import type { CertificationScheme, Jurisdiction, Party, Transfer } from '../../shared/domain';
import { destinationStatus, type DestinationStatus } from '../reference';

export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  'eu-gdpr': 'EU GDPR',
  'uk-gdpr': 'UK GDPR',
};

/** The DPF scheme that carries US adequacy for an exporter under each regime. */
export const DPF_SCHEME: Record<Jurisdiction, CertificationScheme> = {
  'eu-gdpr': 'eu-us-dpf',
  'uk-gdpr': 'uk-extension-dpf',
};

export function destinationOf(t: Pick<Transfer, 'country' | 'internationalOrganisation'>): string {
  return t.country ?? t.internationalOrganisation;
}

export function isThirdCountry(status: DestinationStatus): boolean {
  return status !== 'domestic' && status !== 'eea';
}

export function isCertified(party: Party | undefined, scheme: CertificationScheme): boolean {
  return party?.certifications.some((c) => c.scheme === scheme) ?? false;
}

/** Whether a transfer there needs Art 46 safeguards or an Art 49 derogation under that regime. */
export function needsSafeguards(
  destination: string,
  jurisdiction: Jurisdiction,
  importer: Party | undefined,
  onDate: string,
): boolean {
  const status = destinationStatus(destination, jurisdiction, onDate);
  if (status === 'needs-safeguards') return true;
  return status === 'adequate-for-certified' && !isCertified(importer, DPF_SCHEME[jurisdiction]);
}
