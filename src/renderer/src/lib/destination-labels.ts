// The words of a destination's Chapter V status, per regime: "Adequate (UK)" and "Needs safeguards (EU)" are
// different answers for an exporter under both the UK GDPR and the EU GDPR.
import type { Jurisdiction } from '../../../shared/domain';
import type { DestinationStatusCode } from '../../../shared/ipc/reference-codes';
import { DESTINATION_LABELS } from './labels';

const REGIME_NAMES: Record<Jurisdiction, string> = { 'eu-gdpr': 'EU', 'uk-gdpr': 'UK' };
/** Statuses whose words depend on whose decision it is (an adequacy decision is the EU's or the UK's). */
const DECIDED_BY_A_REGIME: ReadonlySet<DestinationStatusCode> = new Set([
  'adequate',
  'adequate-for-certified',
]);

export type DestinationBadgeLabel = { status: DestinationStatusCode; label: string };

/**
 * One label per regime the organisation answers to, naming the regime where the answer is an adequacy
 * decision or where the two regimes answer differently; one label when they agree on anything else.
 */
export function destinationLabels(
  status: { eu: DestinationStatusCode; uk: DestinationStatusCode },
  jurisdictions: readonly Jurisdiction[],
): DestinationBadgeLabel[] {
  const regimes = jurisdictions.length > 0 ? jurisdictions : (['uk-gdpr'] as const);
  const answers = regimes.map((j) => ({ regime: j, status: j === 'uk-gdpr' ? status.uk : status.eu }));
  const agree = answers.every((a) => a.status === answers[0]!.status);
  if (agree && !DECIDED_BY_A_REGIME.has(answers[0]!.status))
    return [{ status: answers[0]!.status, label: DESTINATION_LABELS[answers[0]!.status] }];
  return answers.map((a) => ({
    status: a.status,
    label: `${DESTINATION_LABELS[a.status]} (${REGIME_NAMES[a.regime]})`,
  }));
}
