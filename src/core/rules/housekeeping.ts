// Retention, security, DPIA screening, review dates and drafts: the parts of a record that go stale.
import type { Activity, Finding } from '../../shared/domain';
import { isDpiaLikelyRequired } from '../../shared/domain';
import { activityTarget, currentActivities, type Push, type Rule, type RuleContext } from './context';

function retentionFindings(a: Activity, context: RuleContext, push: Push): void {
  const rules = a.retention.filter((r) => r.period !== null || r.rule.trim() !== '');
  if (rules.length === 0) {
    push(
      'retention.missing',
      'warning',
      'Art 30(1)(f), Art 5(1)(e)',
      'retention',
      'No retention period is recorded (the time limits for erasure, where possible).',
    );
    return;
  }
  if (rules.some((r) => r.personalDataTermId === null)) return;
  const covered = new Set(rules.map((r) => r.personalDataTermId));
  const uncovered = a.personalDataIds.filter((id) => !covered.has(id));
  if (uncovered.length > 0) {
    const labels = uncovered.map((id) => context.term(id)?.label ?? id).join(', ');
    push(
      'retention.categories',
      'warning',
      'Art 30(1)(f)',
      'retention',
      `No retention period covers these data categories: ${labels}.`,
    );
  }
}

function activityFindings(a: Activity, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const push: Push = (ruleId, severity, article, field, message) =>
    findings.push({ ruleId, severity, article, message, target: activityTarget(a, 'record', field) });
  if (a.role === 'controller') retentionFindings(a, context, push);
  if (a.securityMeasureIds.length === 0 && a.securityNotes.trim() === '') {
    push(
      'security.missing',
      'warning',
      a.role === 'controller' ? 'Art 30(1)(g), Art 32(1)' : 'Art 30(2)(d), Art 32(1)',
      'securityMeasureIds',
      'No technical or organisational security measures are described.',
    );
  }
  if (isDpiaLikelyRequired(a.dpia)) {
    const { status, reference } = a.dpia;
    if (status === 'not-assessed' || (status === 'not-required' && reference.trim() === '')) {
      push(
        'dpia.likely-required',
        'warning',
        'Art 35; WP248 rev.01',
        'dpia',
        status === 'not-assessed'
          ? `${a.dpia.criteria.length} WP248 criteria are ticked, so a DPIA is likely required, and none is recorded.`
          : `${a.dpia.criteria.length} WP248 criteria are ticked but the DPIA is marked not required without a documented reason.`,
      );
    }
  }
  if (a.nextReviewAt !== null && a.nextReviewAt < context.today) {
    push(
      'review.overdue',
      'warning',
      'Art 5(2), Art 24(1)',
      'nextReviewAt',
      `The review due on ${a.nextReviewAt} has not been done.`,
    );
  }
  if (a.status === 'draft') {
    push(
      'activity.draft',
      'info',
      'Art 30(1)',
      'status',
      'The activity is still a draft: confirm it and mark it active.',
    );
  }
  return findings;
}

export const housekeepingRules: Rule = (context) =>
  currentActivities(context).flatMap((a) => activityFindings(a, context));
