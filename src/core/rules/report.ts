// The 'checks:run' use case: every finding on the register (or on one activity), and their counts.
import type { Activity, Finding } from '../../shared/domain';
import type { CheckQuery, CheckReport } from '../../shared/domain/finding';
import type { Register } from '../store/register';
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

export function checkReport(register: Register, query?: CheckQuery): CheckReport {
  const options = query?.today ? { today: query.today } : {};
  const findings = query?.activityId
    ? checkActivity(register, register.activities.get(query.activityId), options)
    : runChecks(register, options);
  const counts = summariseFindings(findings);
  return { findings: query?.limit === undefined ? findings : findings.slice(0, query.limit), counts };
}
