// Out-of-date transfer choices an imported register may carry — a retired mechanism such as the Privacy
// Shield, adequacy claimed for a country without it (the United States outside the Data Privacy Framework) —
// are imported as written, so the record shows what was decided, and said plainly in the import's warnings.
// The checks (src/core/rules/transfers.ts, transfer-adequacy.ts) report the same transfers as findings.
import { destinationStatus, mechanismById } from '../reference';
import { countryName } from '../reference';
import type { PlanBuilder } from './template-plan';

const CHECKS = 'the checks (`ropa check`, or Checks in the app) flag it';

/** Warns about a transfer's mechanism that no longer holds for its destination; `written` is the cell's text. */
export function flagOutdatedTransfer(
  b: PlanBuilder,
  place: string,
  mechanism: string | null,
  country: string | null,
  written: string,
  today: string = new Date().toISOString().slice(0, 10),
): void {
  const m = mechanism === null ? null : mechanismById(mechanism);
  if (m === null) return;
  if (m.retired && m.retiredOn !== null && m.retiredOn <= today) {
    b.warn(
      place,
      `"${written}": ${m.label} no longer counts as a transfer mechanism (${m.retiredReason ?? `retired on ${m.retiredOn}`}). Imported as written; ${CHECKS}, and the transfer needs a current mechanism`,
    );
    return;
  }
  if (m.group !== 'adequacy' || m.requiresCertification !== null || country === null) return;
  const name = countryName(country) ?? country;
  const status = destinationStatus(country, m.jurisdiction === 'uk' ? 'uk-gdpr' : 'eu-gdpr', today);
  if (status === 'adequate-for-certified')
    b.warn(
      place,
      `"${written}" for ${name}: adequacy covers only importers certified under the ${m.jurisdiction === 'uk' ? 'UK Extension to the ' : ''}EU-US Data Privacy Framework (in force since 10 July 2023; the Privacy Shield fell on 16 July 2020). Imported as written; ${CHECKS} unless the importer's certification is recorded`,
    );
  else if (status === 'needs-safeguards')
    b.warn(
      place,
      `"${written}" for ${name}: no adequacy decision is in force for ${name}. Imported as written; ${CHECKS}`,
    );
}
