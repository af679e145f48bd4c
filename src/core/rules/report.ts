// The 'checks:run' use case: every finding on the register (or on one activity), and their counts.
import type { Activity, Finding } from '../../shared/domain';
import type { ArticleCounts, CheckQuery, CheckReport, FindingCounts } from '../../shared/domain/finding';
import type { Register } from '../store/register';
import { todayUtc } from '../../shared/dates';
import { hasEveryWord, searchWords } from '../../shared/search-words';
import { checkContent, runChecks, summariseFindings, type CheckOptions } from './index';

/**
 * What the checks say about one activity: its own findings and those on its transfers. The rules are run
 * over the register with only that activity in it, which gives the same findings for it as a run over the
 * whole register (every activity rule looks at one activity, its transfers and the shared lists) at a
 * fraction of the cost on a large register. Party and organisation findings are left to the Checks screen.
 */
export function checkActivity(register: Register, activity: Activity, options: CheckOptions = {}): Finding[] {
  const transfers = register.transfers.list(activity.id);
  const findings = checkContent(
    {
      organisation: register.organisation.get(),
      terms: register.terms.list(),
      parties: register.parties.list(),
      activities: [activity],
      transfers,
    },
    options,
  );
  const transferIds = new Set(transfers.map((t) => t.id));
  return findings.filter(
    ({ target }) =>
      (target.kind === 'activity' && target.id === activity.id) ||
      (target.kind === 'transfer' && transferIds.has(target.id)),
  );
}

/**
 * Whole-register runs, kept until the register changes or the day turns. After a save the sidebar's count,
 * the Overview and the Checks screen each ask; on a 10,000-activity register a run takes about a second.
 */
const lastRuns = new WeakMap<Register, { key: string; findings: Finding[] }>();

/**
 * Changes since the register was opened, on this connection (`total_changes()`, any insert, update or delete)
 * or by another process (`data_version`, e.g. the command line writing to the same file).
 */
function changeStamp(register: Register): string {
  const { n } = register.db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!;
  return `${n}:${String(register.db.pragma('data_version', { simple: true }))}`;
}

function wholeRegisterFindings(register: Register, options: CheckOptions): Finding[] {
  const key = `${changeStamp(register)}|${options.today ?? todayUtc()}`;
  const last = lastRuns.get(register);
  if (last?.key === key) return last.findings;
  const findings = runChecks(register, options);
  lastRuns.set(register, { key, findings });
  return findings;
}

export function checkReport(register: Register, query?: CheckQuery): CheckReport {
  const options = query?.today ? { today: query.today } : {};
  const findings = query?.activityId
    ? checkActivity(register, register.activities.get(query.activityId), options)
    : wholeRegisterFindings(register, options);
  const counts = summariseFindings(findings);
  const words = searchWords(query?.search ?? '');
  const matching = findings.filter(
    (f) =>
      (query?.severity === undefined || f.severity === query.severity) &&
      (query?.article === undefined || f.article === query.article) &&
      (words.length === 0 || hasEveryWord(findingText(f), words)),
  );
  return {
    findings: query?.limit === undefined ? matching : matching.slice(0, query.limit),
    counts,
    byArticle: countByArticle(findings),
    matched: matching.length,
    ...(query?.perActivity
      ? { byActivity: countByActivity(findings, register.transfers.activityIds()) }
      : {}),
    ...(query?.perParty ? { byParty: countByParty(findings) } : {}),
  };
}

/** What a search looks in: the finding's record, message and provision, lower case. */
function findingText(f: Finding): string {
  return `${f.target.label} ${f.message} ${f.article}`.toLowerCase();
}

/** The findings on each party itself, counted by severity; parties without any are left out. */
export function countByParty(findings: readonly Finding[]): Record<string, FindingCounts> {
  return countBy(findings, (target) => (target.kind === 'party' ? target.id : undefined));
}

/** The findings counted by severity under the record `recordOf` names (a finding it names none of is left out). */
function countBy(
  findings: readonly Finding[],
  recordOf: (target: Finding['target']) => string | undefined,
): Record<string, FindingCounts> {
  const tally: Record<string, FindingCounts> = {};
  for (const { target, severity } of findings) {
    const id = recordOf(target);
    if (id !== undefined) (tally[id] ??= { error: 0, warning: 0, info: 0 })[severity] += 1;
  }
  return tally;
}

/** The findings on each activity and on its transfers, counted by severity; activities without any are left out. */
export function countByActivity(
  findings: readonly Finding[],
  activityOfTransfer: ReadonlyMap<string, string>,
): Record<string, FindingCounts> {
  return countBy(findings, (target) =>
    target.kind === 'activity'
      ? target.id
      : target.kind === 'transfer'
        ? activityOfTransfer.get(target.id)
        : undefined,
  );
}

/** The provisions with findings, in the regulation's order (Art 5 before Art 30(1)(b) before Art 44). */
export function countByArticle(findings: readonly Finding[]): ArticleCounts[] {
  const tally = new Map<string, FindingCounts>();
  for (const f of findings) {
    const counts = tally.get(f.article) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity] += 1;
    tally.set(f.article, counts);
  }
  return [...tally]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([article, counts]) => ({ article, counts }));
}
