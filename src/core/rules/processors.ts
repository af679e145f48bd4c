// Art 28 contracts with processors and sub-processors, and Art 30(1)(e) / 30(2)(c): parties abroad (or
// international organisations) with no transfer recorded.
import type { Finding, Jurisdiction, Party, PartyRelation } from '../../shared/domain';
import { destinationStatus, referenceData } from '../reference';
import { activityTarget, currentActivities, partyTarget, type Rule } from './context';
import { isOwnProcessingAtHome, isThirdCountry, needsSafeguards } from './destination';
import { regimesInWords } from '../../shared/jurisdiction-words';

const PROCESSING_RELATIONS: readonly PartyRelation[] = ['processor', 'sub-processor'];
/**
 * Relations that mean data goes to the party. A client controller counts too: a processor returning the data
 * to its client, or making it available to it, abroad makes a transfer (SCC Module 4, processor to
 * controller; EDPB Guidelines 05/2021).
 */
const DISCLOSURE_RELATIONS: readonly PartyRelation[] = [
  'processor',
  'sub-processor',
  'recipient',
  'joint-controller',
  'client-controller',
];

export const processorRules: Rule = (context) => {
  const findings: Finding[] = [];
  const processorIds = new Set<string>();
  for (const a of currentActivities(context)) {
    for (const link of a.parties)
      if (PROCESSING_RELATIONS.includes(link.relation)) processorIds.add(link.partyId);
  }
  for (const id of processorIds) {
    const party = context.party(id);
    if (party && party.dpaSignedOn === null) {
      findings.push({
        ruleId: 'processor.dpa-missing',
        severity: 'warning',
        article: 'Art 28(3)',
        message: `${party.name} processes data for you but no data processing agreement date is recorded.`,
        target: partyTarget(party, 'dpaSignedOn'),
      });
    }
  }
  return findings;
};

/**
 * Where data sent to the party goes, for Chapter V: its country, or the international organisation it is
 * (Art 4(26), the third criterion of a transfer), by its reference id where its name is one Ropa knows.
 */
function partyDestination(party: Party): string | null {
  if (party.country) return party.country;
  const name = party.internationalOrganisation.trim();
  if (name === '') return null;
  const known = referenceData.internationalOrganisations.organisations.find(
    (o) => o.id === name || o.name.toLowerCase() === name.toLowerCase(),
  );
  return known?.id ?? name;
}

export const transferCoverageRules: Rule = (context) => {
  const findings: Finding[] = [];
  const own = context.organisation.country;
  // The regimes under which a country is a third country: asked for every link of every activity, and the
  // same for all the links to one country.
  const thirdUnder = new Map<string, Jurisdiction[]>();
  const thirdCountryUnder = (country: string): Jurisdiction[] => {
    let regimes = thirdUnder.get(country);
    if (regimes === undefined) {
      regimes = context.jurisdictions.filter((j) =>
        isThirdCountry(destinationStatus(country, j, context.today)),
      );
      thirdUnder.set(country, regimes);
    }
    return regimes;
  };
  for (const a of currentActivities(context)) {
    const transfers = context.transfersOf(a.id);
    const article = a.role === 'processor' ? 'Art 30(2)(c), Art 44' : 'Art 30(1)(e), Art 44';
    for (const link of a.parties) {
      if (!DISCLOSURE_RELATIONS.includes(link.relation)) continue;
      const party = context.party(link.partyId);
      const destination = party && partyDestination(party);
      if (!party || !destination) continue;
      // The organisation's own processing in its own country (its processors there included) is no
      // transfer; another controller there is, even when the organisation is outside the EEA or the UK.
      if (isOwnProcessingAtHome(party.country, link.relation, context)) continue;
      const third = thirdCountryUnder(destination);
      if (third.length === 0 || transfers.some((t) => t.partyId === party.id)) continue;
      const unsafe = third.some((j) => needsSafeguards(destination, j, party, context.today));
      const client = link.relation === 'client-controller';
      // A client controller is named in the record with its country already (Art 30(2)(a)); where adequacy
      // covers it, returning the data to it needs nothing more, so only a return needing safeguards is said.
      if (client && !unsafe) continue;
      const safeguarded = unsafe ? ' and nothing shows how the transfer is safeguarded' : '';
      const under = regimesInWords(third);
      let message: string;
      if (party.country === null) {
        message = `${party.name} is an international organisation (${destination}), but no transfer to it is recorded for this activity${safeguarded}.`;
      } else if (client) {
        message = `${party.name}, the controller you process this data for, is in ${destination}, a third country under the ${under}: returning the data to it or making it available to it there is a transfer (processor to controller, SCC Module 4), and none is recorded for this activity, nor how it is safeguarded.${party.representative ? ' It has a representative of its own, so it may answer to the GDPR itself for this processing (Art 3(2)), a case the 2021 SCCs do not cover: record how the transfer is framed.' : ''}`;
      } else if (destination === own) {
        message = `${party.name} is in ${destination}, the organisation's own country, which is a third country under the ${under}: disclosing data to another party there is a transfer (only the organisation's own processing there, itself or through its processors, is not). No transfer to it is recorded for this activity${safeguarded}.`;
      } else {
        message = `${party.name} is in ${destination}, a third country, but no transfer to it is recorded for this activity${safeguarded}.`;
      }
      findings.push({
        ruleId: 'transfer.not-recorded',
        severity: unsafe ? 'error' : 'warning',
        article,
        message,
        target: activityTarget(a, 'transfers', 'parties'),
      });
    }
  }
  return findings;
};
