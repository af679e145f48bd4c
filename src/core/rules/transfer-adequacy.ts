// Transfers relying on an adequacy decision: is the destination adequate today, was it when the transfer
// began, and for the US, is the importer certified under the DPF and checked within the year.
import type { Finding, Jurisdiction, Transfer } from '../../shared/domain';
import {
  adequacyFor,
  destinationStatus,
  referenceData,
  type AdequacyEntry,
  type TransferMechanism,
} from '../reference';
import { transferTarget, type RuleContext } from './context';
import { isCheckStale } from '../../shared/certification-check';
import { destinationOf, DPF_SCHEME } from './destination';
import { JURISDICTION_LABEL } from '../../shared/jurisdiction-words';

function dpfFindings(t: Transfer, j: Jurisdiction, context: RuleContext, push: Push): void {
  const destination = destinationOf(t);
  if (destination !== 'US') {
    push(
      'transfer.dpf-not-us',
      'error',
      'partyId',
      `The Data Privacy Framework covers only importers in the United States, not ${destination}; this transfer has no valid mechanism.`,
    );
    return;
  }
  const importer = context.party(t.partyId);
  const scheme = DPF_SCHEME[j];
  const schemeName = j === 'eu-gdpr' ? 'EU-US DPF' : 'UK Extension to the EU-US DPF';
  const certification = importer?.certifications.find((c) => c.scheme === scheme);
  if (!importer || !certification) {
    push(
      'transfer.dpf-not-certified',
      'error',
      'partyId',
      `US adequacy (${JURISDICTION_LABEL[j]}) covers only importers certified under the ${schemeName}, and ${importer ? `${importer.name} has no such certification recorded (check the DPF list, then record it under the party's certifications)` : 'no importer is named'}.`,
    );
    return;
  }
  if (isCheckStale(certification.lastCheckedOn, context.today)) {
    push(
      'transfer.dpf-check-stale',
      'warning',
      'partyId',
      certification.lastCheckedOn === null
        ? `${importer.name}'s ${schemeName} certification has never been checked on the DPF list; record the date of the check under the party's certifications.`
        : `${importer.name}'s ${schemeName} certification was last checked on ${certification.lastCheckedOn}, more than 12 months ago; check it is still active and record the date under the party's certifications.`,
    );
  }
}

/** The most recent decision for the destination that ended before today, if any. */
function lastEnded(destination: string, j: Jurisdiction, today: string): AdequacyEntry | null {
  const entries = j === 'eu-gdpr' ? referenceData.euAdequacy.entries : referenceData.ukAdequacy.entries;
  let found: AdequacyEntry | null = null;
  for (const e of entries) {
    if (e.subject !== destination || e.validUntil === null || e.validUntil >= today) continue;
    if (!found || e.validUntil > (found.validUntil ?? '')) found = e;
  }
  return found;
}

/** A decision's scope note as a user reads it: without the research notes' confidence marks. */
export function scopeWording(note: string): string {
  return note
    .replace(/\s*\(scope wording from [^)]*\)/g, '')
    .replace(/;\s*scope wording from [^;.]*/g, '')
    .replace(/\s*\[[A-Z]\]/g, '')
    .trim()
    .replace(/\.$/, '');
}

type Push = (ruleId: string, severity: Finding['severity'], field: string, message: string) => void;

export function adequacyFindings(t: Transfer, m: TransferMechanism, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const push: Push = (ruleId, severity, field, message) =>
    findings.push({
      ruleId,
      severity,
      message,
      article: m.jurisdiction === 'uk' ? 'UK GDPR Art 45' : 'Art 45',
      target: transferTarget(t, context, field),
    });
  const j: Jurisdiction = m.jurisdiction === 'uk' ? 'uk-gdpr' : 'eu-gdpr';
  const destination = destinationOf(t);
  const status = destinationStatus(destination, j, context.today);
  if (m.requiresCertification !== null || status === 'adequate-for-certified') {
    dpfFindings(t, j, context, push);
    // Outside the US the DPF is no mechanism at all; in it, the start date is judged like any adequacy's.
    if (destination !== 'US') return findings;
  } else if (status === 'needs-safeguards') {
    const earlier = lastEnded(destination, j, context.today);
    if (earlier && earlier.validUntil !== null) {
      push(
        'transfer.adequacy-expired',
        'error',
        'mechanism',
        `The adequacy decision for ${earlier.name} (${earlier.decision}) ended on ${earlier.validUntil}; this transfer now needs another mechanism.`,
      );
    } else {
      push(
        'transfer.adequacy-not-adequate',
        'error',
        'mechanism',
        `${destination} has no ${JURISDICTION_LABEL[j]} adequacy decision in force on ${context.today}; adequacy cannot be relied on for this transfer.`,
      );
    }
    return findings;
  }
  const decision = adequacyFor(destination, j, context.today);
  if (decision?.partial === true && decision.requiresCertification === null && decision.scopeNote) {
    push(
      'transfer.adequacy-partial',
      'info',
      'partyId',
      `The ${JURISDICTION_LABEL[j]} adequacy decision for ${decision.name} is partial, with this scope: "${scopeWording(decision.scopeNote)}". Confirm ${context.party(t.partyId)?.name ?? 'the importer'} is within it; if not, this transfer needs another mechanism.`,
    );
  }
  if (t.since && destinationStatus(destination, j, t.since) === 'needs-safeguards') {
    push(
      'transfer.adequacy-after-start',
      'warning',
      'since',
      `The transfer began on ${t.since}, before the adequacy decision for ${destination} applied (${decision?.adoptedOn ?? 'later'}); transfers before then needed another mechanism.`,
    );
  }
  return findings;
}
