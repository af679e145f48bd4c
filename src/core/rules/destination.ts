// Where a transfer's destination stands for the organisation, regime by regime, on a date — taking the
// importer's DPF certification into account where adequacy reaches certified recipients only.
import type { CertificationScheme, Jurisdiction, Party, PartyRelation, Transfer } from '../../shared/domain';
import { destinationStatus, type DestinationStatus } from '../reference';
import type { RuleContext } from './context';

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

/** Relations under which a party holds the data for the organisation, not for purposes of its own. */
const ON_ITS_BEHALF: readonly PartyRelation[] = ['processor', 'sub-processor'];

/**
 * Whether data kept in that country, by the organisation itself (`'self'`) or by a party standing to it in
 * that relation, stays the organisation's own processing in its own country. That is no transfer even where
 * the country is a third country under a regime it answers to (Art 3(2)): the data reaches no other
 * controller (EDPB Guidelines 05/2021). Disclosure there to another controller (a recipient, a joint
 * controller, another group company, the client it processes for) is a transfer all the same.
 */
export function isOwnProcessingAtHome(
  country: string | null,
  holder: PartyRelation | 'self' | undefined,
  context: RuleContext,
): boolean {
  const own = context.organisation.country;
  if (own === null || country === null || country.toUpperCase() !== own.toUpperCase()) return false;
  return holder === 'self' || (holder !== undefined && ON_ITS_BEHALF.includes(holder));
}
