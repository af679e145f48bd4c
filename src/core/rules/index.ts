// The checks a careful regulator would run over a register (Art 30 completeness, lawfulness, transfers…).
import { todayUtc } from '../../shared/dates';
import {
  FINDING_SEVERITIES,
  type Activity,
  type Finding,
  type FindingCounts,
  type Transfer,
} from '../../shared/domain';
import { exportRegisterDocument } from '../exchange/register-document';
import type { Register } from '../store/register';
import { article30Rules } from './article30';
import { buildContext, type RegisterContent, type Rule } from './context';
import { housekeepingRules } from './housekeeping';
import { lawfulnessRules } from './lawfulness';
import { organisationRules } from './organisation';
import { processorRules, transferCoverageRules } from './processors';
import { transferRules } from './transfers';

export type { Finding, FindingCounts } from '../../shared/domain';
export type { RegisterContent } from './context';

export type CheckOptions = { today?: string };

const RULES: readonly Rule[] = [
  organisationRules,
  article30Rules,
  lawfulnessRules,
  transferCoverageRules,
  transferRules,
  processorRules,
  housekeepingRules,
];

/**
 * Findings in a stable order: by severity, then in the order found. One pass into a list per severity gives
 * what a stable sort by severity gives, without its comparisons (a large register has tens of thousands).
 */
function bySeverity(findings: readonly Finding[]): Finding[] {
  const lists: Record<Finding['severity'], Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) lists[f.severity].push(f);
  return FINDING_SEVERITIES.flatMap((severity) => lists[severity]);
}

/** Runs every rule over register content (a register, a JSON document or a snapshot of one). */
export function checkContent(content: RegisterContent, options: CheckOptions = {}): Finding[] {
  const today = options.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, not "${today}"`);
  const context = buildContext(content, today);
  // By severity, then in rule order.
  return bySeverity(RULES.flatMap((rule) => rule(context)));
}

/**
 * The checks over a register read a page of activities at a time (one too large to hold in memory). Every
 * activity rule looks at one activity, its transfers and the shared lists (see report.ts), so page by page
 * gives the findings of one run over the whole register: the organisation's are kept from the first page, a
 * party's from the first page that reports it.
 */
export function checkInPages(
  shared: Omit<RegisterContent, 'activities'>,
  pages: Iterable<Activity[]>,
  options: CheckOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  visitFindingsInPages(shared, pages, options, (f) => findings.push(f));
  return bySeverity(findings);
}

/** checkInPages without keeping the findings: each is handed to `visit` (to count them, say). */
export function visitFindingsInPages(
  shared: Omit<RegisterContent, 'activities'>,
  pages: Iterable<Activity[]>,
  options: CheckOptions,
  visit: (finding: Finding) => void,
): void {
  const checker = pageChecker(shared, options, visit);
  for (const page of pages) checker.page(page);
  checker.end();
}

/**
 * The checks fed one page at a time by the caller, who may yield between pages (a long export in the app
 * keeps the main process answering). `end()` must follow the last page.
 */
export function pageChecker(
  shared: Omit<RegisterContent, 'activities'>,
  options: CheckOptions,
  visit: (finding: Finding) => void,
): { page: (activities: Activity[]) => void; end: () => void } {
  const transfersOf = new Map<string, Transfer[]>();
  for (const t of shared.transfers) {
    const list = transfersOf.get(t.activityId);
    if (list) list.push(t);
    else transfersOf.set(t.activityId, [t]);
  }
  const seen = new Set<string>();
  let first = true;
  const page = (activities: Activity[]) => {
    const transfers = activities.flatMap((a) => transfersOf.get(a.id) ?? []);
    for (const f of checkContent({ ...shared, activities, transfers }, options)) {
      const { kind, id } = f.target;
      if (kind === 'organisation' && !first) continue;
      if (kind === 'party' || kind === 'organisation') {
        const key = `${f.ruleId}|${kind}|${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      visit(f);
    }
    first = false;
  };
  // With no activities at all, one empty run still gives the organisation's findings.
  return {
    page,
    end: () => {
      if (first) page([]);
    },
  };
}

export function runChecks(register: Register, options: CheckOptions = {}): Finding[] {
  return checkContent(exportRegisterDocument(register), options);
}

export function summariseFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
