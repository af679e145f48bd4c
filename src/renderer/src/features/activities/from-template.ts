// A new activity draft from a starter template: the template's terms are found in the register's lists
// (by starter key, then by label) or added to them, as the TermPicker adds a typed term.
import type { ActivityTemplate, TemplateTerm } from '../../../../shared/activity-templates';
import { TEMPLATE_TERM_LISTS } from '../../../../shared/activity-templates';
import type { Jurisdiction, Term, TermList } from '../../../../shared/domain';
import { blankActivity, nextReference, type ActivityDraftState } from './draft';

type TermField = keyof typeof TEMPLATE_TERM_LISTS;
type Needed = { list: TermList; term: TemplateTerm };

export type TemplateContext = {
  terms: readonly Term[];
  jurisdictions: readonly Jurisdiction[];
  references: readonly string[];
  /** Adds a term to a list (terms:save); the draft then refers to it by its new id. */
  addTerm(term: { list: TermList; label: string; special: Term['special'] }): Promise<Term>;
};

function neededTerms(template: ActivityTemplate): Needed[] {
  const of = (field: TermField, terms: readonly TemplateTerm[]) =>
    terms.map((term) => ({ list: TEMPLATE_TERM_LISTS[field], term }));
  return [
    ...of(
      'purposes',
      template.purposes.map((p) => p.purpose),
    ),
    ...of('dataSubjects', template.dataSubjects),
    ...of('personalData', [
      ...template.personalData,
      ...template.retention.flatMap((r) => (r.data ? [r.data] : [])),
    ]),
    ...of('recipients', template.recipients),
    ...of('sources', template.sources),
  ];
}

const keyOf = (list: TermList, key: string) => `${list}\u0000${key}`;

/** Maps each template term to a term id of the register, adding the missing ones; returns the lookup. */
async function resolveTerms(template: ActivityTemplate, context: TemplateContext) {
  const bySeed = new Map<string, Term>();
  const byLabel = new Map<string, Term>();
  for (const t of context.terms) {
    if (t.seedKey) bySeed.set(keyOf(t.list, t.seedKey), t);
    byLabel.set(keyOf(t.list, t.label.trim().toLowerCase()), t);
  }
  const ids = new Map<string, string>();
  for (const { list, term } of neededTerms(template)) {
    const key = keyOf(list, term.key);
    if (ids.has(key)) continue;
    let found = bySeed.get(key) ?? byLabel.get(keyOf(list, term.label.toLowerCase()));
    if (!found) {
      found = await context.addTerm({ list, label: term.label, special: term.special ?? null });
      byLabel.set(keyOf(list, term.label.toLowerCase()), found);
    }
    ids.set(key, found.id);
  }
  return (field: TermField, term: TemplateTerm): string => {
    const id = ids.get(keyOf(TEMPLATE_TERM_LISTS[field], term.key));
    if (!id) throw new Error(`template term ${term.key} was not resolved`);
    return id;
  };
}

export async function draftFromTemplate(
  template: ActivityTemplate,
  context: TemplateContext,
): Promise<ActivityDraftState> {
  const idOf = await resolveTerms(template, context);
  const uk = context.jurisdictions.includes('uk-gdpr');
  const draft = blankActivity(template.role, nextReference(context.references, template.prefix));
  return {
    ...draft,
    name: template.name,
    department: template.department,
    description: template.description,
    purposes: template.purposes.map((p) => ({
      termId: idOf('purposes', p.purpose),
      description: p.description,
      lawfulBasis: p.lawfulBasis,
      legitimateInterest: p.legitimateInterest ?? '',
      liaReference: '',
      // A law is filled in only where it is the same for everyone under the regime; otherwise the
      // check asks the DPO to name it.
      lawReference: (uk ? p.lawReference?.uk : p.lawReference?.eu) ?? '',
    })),
    dataSubjectIds: template.dataSubjects.map((t) => idOf('dataSubjects', t)),
    personalDataIds: template.personalData.map((t) => idOf('personalData', t)),
    recipientCategoryIds: template.recipients.map((t) => idOf('recipients', t)),
    dataSourceIds: template.sources.map((t) => idOf('sources', t)),
    art9Conditions: template.art9Conditions ?? [],
    ukSchedule1Conditions: uk ? (template.ukSchedule1Conditions ?? []) : [],
    dpia: { ...draft.dpia, criteria: template.dpiaCriteria ?? [] },
    retention: template.retention.map((r) => ({
      personalDataTermId: r.data ? idOf('personalData', r.data) : null,
      period: r.period,
      unit: r.unit,
      fromEvent: r.fromEvent,
      rule: r.rule,
    })),
  };
}
