// The ICO template's transfer columns: the countries or international organisations named (one transfer
// each) paired with the safeguards written beside them, mapped to the register's transfer mechanisms.
// Out-of-date mechanisms are imported as written and flagged (transfer-flags.ts).
import type { Jurisdiction } from '../../shared/domain';
import { mechanismById } from '../reference';
import { splitLines, splitList } from './cell-values';
import { countryCodeOf, internationalOrganisationOf } from './country-lookup';
import type { IcoRow } from './ico-row';
import { mechanismIn } from './ico-values';
import type { PlanBuilder } from './template-plan';
import { flagOutdatedTransfer } from './transfer-flags';

/** Countries (one transfer each) paired with the safeguards written beside them. */
export function readTransfers(
  b: PlanBuilder,
  row: IcoRow,
  activityId: string,
  jurisdictions: readonly Jurisdiction[],
  notes: string[],
): void {
  const countries = row.cell('countries');
  const safeguards = row.cell('safeguards');
  const destinations = splitList(countries.text);
  const lines = splitLines(safeguards.text);
  if (destinations.length === 0) {
    if (lines.length > 0) notes.push(`${safeguards.header}: ${safeguards.text}`);
    return;
  }
  destinations.forEach((text, i) => {
    const country = countryCodeOf(text);
    const organisation = country === null ? internationalOrganisationOf(text) : null;
    if (country === null && organisation === null) {
      b.warn(
        countries.place,
        `unknown country or international organisation "${text}"; expected a country name or an ISO code such as US. Kept in the notes, not recorded as a transfer`,
      );
      notes.push(`${countries.header}: ${text}`);
      return;
    }
    const line = lines.length === destinations.length ? lines[i] : lines.length === 1 ? lines[0] : lines[i];
    const { mechanism, rest, exact } = line
      ? mechanismIn(line, jurisdictions)
      : { mechanism: null, rest: '', exact: false };
    if (line && mechanism === null)
      b.warn(
        safeguards.place,
        `"${line}" names no transfer mechanism Ropa knows (e.g. adequacy, standard contractual clauses, IDTA, UK Addendum, BCR, an Art 49 derogation); the transfer is recorded without one and the text kept in its notes`,
      );
    if (line && mechanism) flagOutdatedTransfer(b, safeguards.place, mechanism, country, line);
    // Ropa's export writes "<mechanism>; <documentation>": the documentation goes back where it came from.
    // A cell in the DPO's own words is kept whole in the transfer's notes.
    const derogation = mechanism !== null && mechanismById(mechanism)?.group === 'derogation';
    b.addTransfer({
      place: countries.place,
      fields: {
        activityId,
        country,
        internationalOrganisation: organisation ?? '',
        mechanism,
        safeguardsDocumentation: exact && derogation ? rest : '',
        supplementaryMeasures: exact && !derogation ? rest : '',
        notes: exact ? '' : (line ?? ''),
      },
    });
  });
  if (lines.length > destinations.length && lines.length !== 1)
    for (const extra of lines.slice(destinations.length)) notes.push(`${safeguards.header}: ${extra}`);
}
