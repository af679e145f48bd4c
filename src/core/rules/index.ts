// The checks a careful regulator would run over a register (Art 30 completeness, lawfulness, transfers…).
import type { Finding, FindingCounts } from '../../shared/domain';
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

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs every rule over register content (a register, a JSON document or a snapshot of one). */
export function checkContent(content: RegisterContent, options: CheckOptions = {}): Finding[] {
  const today = options.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, not "${today}"`);
  const context = buildContext(content, today);
  const findings = RULES.flatMap((rule) => rule(context));
  // Stable order: by severity, then in rule order (sort is stable).
  return findings.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
}

export function runChecks(register: Register, options: CheckOptions = {}): Finding[] {
  return checkContent(exportRegisterDocument(register), options);
}

export function summariseFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
