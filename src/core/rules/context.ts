// What every rule sees: the register's content, indexed once, and the day the checks are run on.
import type {
  Activity,
  Finding,
  FindingTarget,
  Jurisdiction,
  Organisation,
  Party,
  PartyRelation,
  RegisterDocument,
  Term,
  Transfer,
} from '../../shared/domain';

/** The parts of a register the checks read; a RegisterDocument (or a snapshot of one) has them all. */
export type RegisterContent = Pick<
  RegisterDocument,
  'organisation' | 'terms' | 'parties' | 'activities' | 'transfers'
>;

export type RuleContext = {
  organisation: Organisation;
  jurisdictions: readonly Jurisdiction[];
  activities: readonly Activity[];
  parties: readonly Party[];
  transfers: readonly Transfer[];
  today: string;
  term(id: string): Term | undefined;
  party(id: string | null): Party | undefined;
  activity(id: string): Activity | undefined;
  transfersOf(activityId: string): Transfer[];
  /** How the party stands to the activity (processor, recipient…), when it is linked to it. */
  relationOf(activity: Activity, partyId: string): PartyRelation | undefined;
};

export function buildContext(content: RegisterContent, today: string): RuleContext {
  const terms = new Map(content.terms.map((t) => [t.id, t]));
  const parties = new Map(content.parties.map((p) => [p.id, p]));
  const activities = new Map(content.activities.map((a) => [a.id, a]));
  const byActivity = new Map<string, Transfer[]>();
  for (const t of content.transfers) {
    const list = byActivity.get(t.activityId);
    if (list) list.push(t);
    else byActivity.set(t.activityId, [t]);
  }
  return {
    organisation: content.organisation,
    jurisdictions: content.organisation.jurisdictions,
    activities: content.activities,
    parties: content.parties,
    transfers: content.transfers,
    today,
    term: (id) => terms.get(id),
    party: (id) => (id === null ? undefined : parties.get(id)),
    activity: (id) => activities.get(id),
    transfersOf: (activityId) => byActivity.get(activityId) ?? [],
    relationOf: (activity, partyId) => activity.parties.find((l) => l.partyId === partyId)?.relation,
  };
}

export type Rule = (context: RuleContext) => Finding[];

/**
 * A rule's findings on one target and the function that adds one: `push(ruleId, severity, article, field,
 * message)`, the target built for the field named.
 */
/** Adds one finding on a record (at one of its fields) to the findings being collected. */
export type Push = (
  ruleId: string,
  severity: Finding['severity'],
  article: string,
  field: string,
  message: string,
) => void;

export function findingsOn(target: (field: string) => FindingTarget): { findings: Finding[]; push: Push } {
  const findings: Finding[] = [];
  const push: Push = (ruleId, severity, article, field, message) =>
    void findings.push({ ruleId, severity, article, message, target: target(field) });
  return { findings, push };
}

export function activityTarget(a: Activity, section?: string, field?: string): FindingTarget {
  return withPlace({ kind: 'activity', id: a.id, label: `${a.reference} ${a.name}` }, section, field);
}

export function partyTarget(p: Party, field?: string): FindingTarget {
  return withPlace({ kind: 'party', id: p.id, label: p.name }, undefined, field);
}

export function organisationTarget(o: Organisation, field?: string): FindingTarget {
  return withPlace({ kind: 'organisation', id: o.id, label: o.legalName }, undefined, field);
}

export function transferLabel(t: Transfer, context: RuleContext): string {
  const activity = context.activity(t.activityId);
  const importer = context.party(t.partyId)?.name;
  const destination = t.country ?? t.internationalOrganisation;
  return `${activity ? `${activity.reference}: ` : ''}transfer to ${importer ? `${importer} (${destination})` : destination}`;
}

export function transferTarget(t: Transfer, context: RuleContext, field?: string): FindingTarget {
  return withPlace({ kind: 'transfer', id: t.id, label: transferLabel(t, context) }, undefined, field);
}

/**
 * The target with its section and field, each only when given (absent, not undefined). Set in place: a
 * large register has tens of thousands of findings, and spreading objects for each was a tenth of the checks.
 */
function withPlace(target: FindingTarget, section?: string, field?: string): FindingTarget {
  if (section !== undefined) target.section = section;
  if (field !== undefined) target.field = field;
  return target;
}

/** Checks skip retired activities: they stay in the record as history, not as current processing. */
export function currentActivities(context: RuleContext): Activity[] {
  return context.activities.filter((a) => a.status !== 'retired');
}
