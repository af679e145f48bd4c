// Art 30(1) items for controller activities and Art 30(2) items for processor activities. "Where
// applicable" and "where possible" items are warnings; the rest are errors.
import type { Activity, Finding } from '../../shared/domain';
import { activityTarget, currentActivities, findingsOn, type Rule, type RuleContext } from './context';
import { hasContactDetails } from './organisation';

function controllerFindings(a: Activity): Finding[] {
  const { findings, push } = findingsOn((field) => activityTarget(a, 'article30', field));
  if (a.purposes.length === 0) {
    push(
      'art30.controller.purposes',
      'error',
      'Art 30(1)(b)',
      'purposes',
      'No purpose of the processing is recorded.',
    );
  }
  if (a.dataSubjectIds.length === 0) {
    push(
      'art30.controller.data-subjects',
      'error',
      'Art 30(1)(c)',
      'dataSubjectIds',
      'No category of data subjects is recorded.',
    );
  }
  if (a.personalDataIds.length === 0) {
    push(
      'art30.controller.personal-data',
      'error',
      'Art 30(1)(c)',
      'personalDataIds',
      'No category of personal data is recorded.',
    );
  }
  if (a.recipientCategoryIds.length === 0 && a.parties.length === 0) {
    // Some processing has no recipients at all; the record should then say so, hence a warning.
    push(
      'art30.controller.recipients',
      'warning',
      'Art 30(1)(d)',
      'recipientCategoryIds',
      'No recipients are recorded. If the data is disclosed to no one (not even processors), say so in the notes.',
    );
  }
  return findings;
}

function processorFindings(a: Activity, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const clients = a.parties.filter((l) => l.relation === 'client-controller');
  if (clients.length === 0) {
    findings.push({
      ruleId: 'art30.processor.client',
      severity: 'error',
      article: 'Art 30(2)(a)',
      message:
        'No controller is recorded for this processor activity: name each controller on whose behalf you act.',
      target: activityTarget(a, 'article30', 'parties'),
    });
  }
  for (const link of clients) {
    const client = context.party(link.partyId);
    if (client && !hasContactDetails(client.contact) && client.address.trim() === '') {
      findings.push({
        ruleId: 'art30.processor.client-contact',
        severity: 'error',
        article: 'Art 30(2)(a)',
        message: `The controller ${client.name} has no contact details in the record.`,
        target: activityTarget(a, 'article30', 'parties'),
      });
    }
  }
  if (a.description.trim() === '' && clients.every((l) => l.description.trim() === '')) {
    findings.push({
      ruleId: 'art30.processor.categories',
      severity: 'error',
      article: 'Art 30(2)(b)',
      message: 'The categories of processing carried out on behalf of the controller(s) are not described.',
      target: activityTarget(a, 'article30', 'description'),
    });
  }
  return findings;
}

export const article30Rules: Rule = (context) =>
  currentActivities(context).flatMap((a) =>
    a.role === 'controller' ? controllerFindings(a) : processorFindings(a, context),
  );
