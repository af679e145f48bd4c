// Findings counted in words, the same in the app, the CLI and the workbook's cover: an "info" finding is a
// note ("3 errors, 1 warning, 2 notes").
import { counted } from './counted';
import { FINDING_SEVERITIES, type FindingCounts, type FindingSeverity } from './domain/finding';

export const SEVERITY_NOUNS: Record<FindingSeverity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function countedFindings(n: number, severity: FindingSeverity): string {
  return counted(n, SEVERITY_NOUNS[severity]);
}

/** Every severity, zeros included: "0 errors, 2 warnings, 1 note". */
export function describeAllCounts(counts: FindingCounts, separator = ', '): string {
  return FINDING_SEVERITIES.map((s) => countedFindings(counts[s], s)).join(separator);
}

/** Only the severities that have findings: "3 errors, 1 warning". */
export function describeCounts(counts: FindingCounts): string {
  return FINDING_SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => countedFindings(counts[s], s))
    .join(', ');
}
