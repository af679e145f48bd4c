// Art 28 contracts with processors and sub-processors, and Art 30(1)(e): parties abroad with no transfer.
import type { Finding, Jurisdiction, PartyRelation } from '../../shared/domain';
import { destinationStatus } from '../reference';
import { activityTarget, currentActivities, partyTarget, type Rule } from './context';
import { isOwnProcessingAtHome, isThirdCountry, JURISDICTION_LABEL, needsSafeguards } from './destination';

const PROCESSING_RELATIONS: readonly PartyRelation[] = ['processor', 'sub-processor'];
/** Relations that mean data goes to the party (a client controller is the source, not an importer here). */
const DISCLOSURE_RELATIONS: readonly PartyRelation[] = [
  'processor',
  'sub-processor',
  'recipient',
  'joint-controller',
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
    for (const link of a.parties) {
      if (!DISCLOSURE_RELATIONS.includes(link.relation)) continue;
      const party = context.party(link.partyId);
      if (!party?.country) continue;
      // The organisation's own processing in its own country (its processors there included) is no
      // transfer; another controller there is, even when the organisation is outside the EEA or the UK.
      if (isOwnProcessingAtHome(party.country, link.relation, context)) continue;
      const country = party.country;
      const third = thirdCountryUnder(country);
      if (third.length === 0 || transfers.some((t) => t.partyId === party.id)) continue;
      const unsafe = third.some((j) => needsSafeguards(country, j, party, context.today));
      const safeguarded = unsafe ? ' and nothing shows how the transfer is safeguarded' : '';
      findings.push({
        ruleId: 'transfer.not-recorded',
        severity: unsafe ? 'error' : 'warning',
        article: 'Art 30(1)(e), Art 44',
        message:
          country === own
            ? `${party.name} is in ${country}, the organisation's own country, which is a third country under the ${third.map((j) => JURISDICTION_LABEL[j]).join(' and ')}: disclosing data to another party there is a transfer (only the organisation's own processing there, itself or through its processors, is not). No transfer to it is recorded for this activity${safeguarded}.`
            : `${party.name} is in ${country}, a third country, but no transfer to it is recorded for this activity${safeguarded}.`,
        target: activityTarget(a, 'transfers', 'parties'),
      });
    }
  }
  return findings;
};
