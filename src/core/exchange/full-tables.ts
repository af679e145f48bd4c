// The sheets of the full Article 30 workbook: one column per item of Art 30(1) a–g and 30(2) a–d, with
// every relation written out in words.
import type { Activity, Party, RetentionRule, Term, Transfer } from '../../shared/domain';
import { CERTIFICATION_SCHEME_LABELS } from '../../shared/domain/codes';
import { lines } from './cells';
import {
  art10Label,
  art9Label,
  contactLabel,
  countryLabel,
  dpiaCriterionLabel,
  lawfulBasisLabel,
  mechanismLabel,
  transferMechanismLabel,
  partyPlace,
  partyWithContact,
  schedule1Label,
} from './labels';
import { CELL_LIMIT } from './machine-copy';
import { anyTable, type AnyTable, type Column, type Table } from './table';
import type { ActivityLabel, RegisterView } from './view';

type A = Column<Activity>;

/**
 * The activities that use a party or a security measure, one a line. A measure used by thousands of
 * activities makes a list far longer than a cell holds, and every writer cuts a value at CELL_LIMIT
 * (safeCell): the list stops once past that length, so the cut cell is the same without building the rest.
 */
const activityNames = (activities: readonly ActivityLabel[]): string => {
  let text = '';
  for (const a of activities) {
    if (text.length > CELL_LIMIT) break;
    const name = `${a.reference} ${a.name}`;
    text = text === '' ? name : `${text}\n${name}`;
  }
  return text;
};

const partiesIn = (a: Activity, view: RegisterView, relation: string, withDetail = false): string =>
  lines(
    a.parties
      .filter((link) => link.relation === relation)
      .map((link) => {
        const party = view.party(link.partyId);
        const name = party ? `${party.name}${partyPlace(party) ? ` (${partyPlace(party)})` : ''}` : '';
        return withDetail && link.description ? `${name}: ${link.description}` : name;
      }),
  );

const transfersText = (a: Activity, view: RegisterView): string =>
  lines(
    view.transfersOf(a.id).map((t) => {
      const importer = view.party(t.partyId)?.name;
      const where = t.country !== null ? countryLabel(t.country) : t.internationalOrganisation;
      const how = transferMechanismLabel(t) || 'mechanism not recorded';
      return `${where}${importer ? ` to ${importer}` : ''}: ${how}${t.safeguardsDocumentation ? `; safeguards: ${t.safeguardsDocumentation}` : ''}`;
    }),
  );

export const retentionText = (r: RetentionRule, view: RegisterView): string => {
  const period = r.period !== null && r.unit !== null ? `${r.period} ${r.unit}` : '';
  const from = r.fromEvent ? `from ${r.fromEvent}` : '';
  return (
    [period, from, r.rule].filter((s) => s !== '').join(' ') || view.term(r.personalDataTermId)?.label || ''
  );
};

const retentionOf = (a: Activity, view: RegisterView): string =>
  lines(
    a.retention.map((r) => {
      const category = view.term(r.personalDataTermId)?.label ?? 'All data';
      return `${category}: ${retentionText(r, view)}`;
    }),
  );

const shared = {
  reference: { header: 'Reference', width: 12, value: (a) => a.reference } satisfies A,
  name: { header: 'Processing activity', width: 28, value: (a) => a.name } satisfies A,
  description: { header: 'Description', width: 40, value: (a) => a.description } satisfies A,
  department: { header: 'Department', width: 16, value: (a) => a.department } satisfies A,
  owner: { header: 'Owner', width: 18, value: (a) => a.owner } satisfies A,
  status: { header: 'Status', width: 10, value: (a) => a.status } satisfies A,
  transfers: { header: '', width: 40, value: transfersText } satisfies A,
  security: {
    header: '',
    width: 40,
    value: (a, v) => lines([...v.termLabels(a.securityMeasureIds), a.securityNotes]),
  } satisfies A,
  systems: { header: 'Systems', width: 24, value: (a) => lines(a.systems) } satisfies A,
  storage: { header: 'Storage location', width: 20, value: (a) => a.storageLocation } satisfies A,
  lastReviewed: { header: 'Last reviewed', width: 13, value: (a) => a.lastReviewedAt } satisfies A,
  nextReview: { header: 'Next review', width: 13, value: (a) => a.nextReviewAt } satisfies A,
  notes: { header: 'Notes', width: 30, value: (a) => a.notes } satisfies A,
};

export const controllerActivities: Table<Activity> = {
  name: 'Controller activities',
  rows: (view) => view.activities('controller'),
  columns: [
    shared.reference,
    shared.name,
    shared.description,
    shared.department,
    shared.owner,
    shared.status,
    {
      header: 'Joint controllers (30(1)(a))',
      width: 28,
      value: (a, v) => partiesIn(a, v, 'joint-controller'),
    },
    {
      header: 'Purposes of the processing (30(1)(b))',
      width: 36,
      value: (a, v) => lines(a.purposes.map((p) => p.description || v.term(p.termId)?.label || '')),
    },
    {
      header: 'Lawful basis per purpose (Art 6)',
      width: 40,
      value: (a, v) =>
        lines(
          a.purposes.map((p) => {
            const purpose = p.description || v.term(p.termId)?.label || '(purpose)';
            const extra = [
              p.legitimateInterest && `interest: ${p.legitimateInterest}`,
              p.liaReference && `LIA: ${p.liaReference}`,
              p.lawReference && `law: ${p.lawReference}`,
            ].filter(Boolean);
            return `${purpose}: ${lawfulBasisLabel(p.lawfulBasis) || 'not recorded'}${extra.length ? ` (${extra.join('; ')})` : ''}`;
          }),
        ),
    },
    {
      header: 'Categories of data subjects (30(1)(c))',
      width: 28,
      value: (a, v) => lines(v.termLabels(a.dataSubjectIds)),
    },
    {
      header: 'Categories of personal data (30(1)(c))',
      width: 32,
      value: (a, v) =>
        lines(
          a.personalDataIds.map((id) => {
            const t = v.term(id);
            return t ? `${t.label}${t.special ? ` [${t.special === 'art9' ? 'Art 9' : 'Art 10'}]` : ''}` : id;
          }),
        ),
    },
    {
      header: 'Art 9 conditions',
      width: 32,
      value: (a) =>
        lines([...a.art9Conditions.map(art9Label), ...a.ukSchedule1Conditions.map(schedule1Label)]),
    },
    {
      header: 'Art 10 conditions',
      width: 28,
      value: (a) => lines([...a.art10Conditions.map(art10Label), a.art10LawReference]),
    },
    {
      header: 'Categories of recipients (30(1)(d))',
      width: 32,
      value: (a, v) =>
        lines([
          ...v.termLabels(a.recipientCategoryIds),
          partiesIn(a, v, 'recipient'),
          partiesIn(a, v, 'processor'),
        ]),
    },
    { ...shared.transfers, header: 'Transfers to third countries (30(1)(e))' },
    { header: 'Time limits for erasure (30(1)(f))', width: 36, value: retentionOf },
    { ...shared.security, header: 'Security measures (30(1)(g))' },
    { header: 'Sources of the data', width: 24, value: (a, v) => lines(v.termLabels(a.dataSourceIds)) },
    shared.systems,
    shared.storage,
    {
      header: 'DPIA criteria (WP248)',
      width: 30,
      value: (a) => lines(a.dpia.criteria.map(dpiaCriterionLabel)),
    },
    { header: 'DPIA status', width: 13, value: (a) => a.dpia.status },
    { header: 'DPIA reference', width: 14, value: (a) => a.dpia.reference },
    {
      header: 'Automated decision-making',
      width: 24,
      value: (a) => (a.automatedDecisionMaking.used ? `Yes: ${a.automatedDecisionMaking.description}` : 'No'),
    },
    shared.lastReviewed,
    shared.nextReview,
    shared.notes,
  ],
};

export const processorActivities: Table<Activity> = {
  name: 'Processor activities',
  rows: (view) => view.activities('processor'),
  columns: [
    shared.reference,
    shared.name,
    shared.description,
    shared.department,
    shared.owner,
    shared.status,
    {
      header: 'Controllers processed for, with contact details (30(2)(a))',
      width: 40,
      value: (a, v) =>
        lines(
          a.parties
            .filter((l) => l.relation === 'client-controller')
            .map((l) => {
              const p = v.party(l.partyId);
              if (!p) return '';
              return partyWithContact(
                p,
                p.representative ? `representative: ${contactLabel(p.representative)}` : '',
                p.dpoContact ? `DPO: ${contactLabel(p.dpoContact)}` : '',
              );
            }),
        ),
    },
    {
      header: 'Categories of processing per controller (30(2)(b))',
      width: 40,
      value: (a, v) => partiesIn(a, v, 'client-controller', true),
    },
    { header: 'Sub-processors', width: 28, value: (a, v) => partiesIn(a, v, 'sub-processor', true) },
    { ...shared.transfers, header: 'Transfers to third countries (30(2)(c))' },
    { ...shared.security, header: 'Security measures (30(2)(d))' },
    shared.systems,
    shared.storage,
    shared.lastReviewed,
    shared.nextReview,
    shared.notes,
  ],
};

const certifications = (p: Party): string =>
  lines(
    p.certifications.map(
      (c) =>
        `${CERTIFICATION_SCHEME_LABELS[c.scheme]}${c.reference ? ` (${c.reference})` : ''}${c.lastCheckedOn ? `, checked ${c.lastCheckedOn}` : ', not checked'}`,
    ),
  );

export const partiesTable: Table<Party> = {
  name: 'Parties',
  rows: (view) => view.doc.parties,
  columns: [
    { header: 'Name', width: 28, value: (p) => p.name },
    { header: 'Legal entity', width: 28, value: (p) => p.legalEntity },
    { header: 'Roles', width: 20, value: (p) => lines(p.roles) },
    { header: 'Country or international organisation', width: 24, value: partyPlace },
    { header: 'Address', width: 30, value: (p) => p.address },
    { header: 'Contact', width: 30, value: (p) => contactLabel(p.contact) },
    { header: 'Representative (Art 27)', width: 30, value: (p) => contactLabel(p.representative) },
    { header: 'DPO', width: 30, value: (p) => contactLabel(p.dpoContact) },
    { header: 'Website', width: 24, value: (p) => p.website },
    { header: 'Trust page', width: 24, value: (p) => p.trustPage },
    { header: 'DPA signed on', width: 13, value: (p) => p.dpaSignedOn },
    { header: 'DPA reference', width: 18, value: (p) => p.dpaReference },
    { header: 'Certifications', width: 28, value: certifications },
    { header: 'Services', width: 24, value: (p) => p.services },
    {
      header: 'Activities',
      width: 30,
      value: (p, v) => activityNames(v.activitiesOfParty(p.id)),
    },
    { header: 'Notes', width: 30, value: (p) => p.notes },
  ],
};

export const transfersTable: Table<Transfer> = {
  name: 'Transfers',
  rows: (view) => view.doc.transfers,
  columns: [
    { header: 'Activity', width: 28, value: (t, v) => activityName(t.activityId, v) },
    { header: 'Importer', width: 28, value: (t, v) => v.party(t.partyId)?.name ?? '' },
    { header: 'Country', width: 20, value: (t) => countryLabel(t.country) },
    { header: 'International organisation', width: 20, value: (t) => t.internationalOrganisation },
    { header: 'Transfer mechanism', width: 36, value: (t) => mechanismLabel(t.mechanism) },
    { header: 'SCC module', width: 10, value: (t) => t.sccModule },
    { header: 'Since', width: 12, value: (t) => t.since },
    { header: 'TIA date', width: 12, value: (t) => t.tiaDate },
    { header: 'TIA reference', width: 16, value: (t) => t.tiaReference },
    { header: 'Supplementary measures', width: 32, value: (t) => t.supplementaryMeasures },
    { header: 'Safeguards (Art 49(1) 2nd subparagraph)', width: 32, value: (t) => t.safeguardsDocumentation },
    { header: 'Notes', width: 30, value: (t) => t.notes },
  ],
};

const activityName = (id: string, v: RegisterView): string => {
  const a = v.activity(id);
  return a ? `${a.reference} ${a.name}` : '';
};

type RetentionRow = { activity: Activity; rule: RetentionRule };

export const retentionTable: Table<RetentionRow> = {
  name: 'Retention schedule',
  rows: function* (view) {
    for (const activity of view.activities()) for (const rule of activity.retention) yield { activity, rule };
  },
  columns: [
    {
      header: 'Data category',
      width: 28,
      value: (r, v) => v.term(r.rule.personalDataTermId)?.label ?? 'All data',
    },
    { header: 'Activity', width: 28, value: (r) => `${r.activity.reference} ${r.activity.name}` },
    { header: 'Period', width: 8, value: (r) => r.rule.period },
    { header: 'Unit', width: 8, value: (r) => r.rule.unit },
    { header: 'From', width: 24, value: (r) => r.rule.fromEvent },
    { header: 'Rule', width: 36, value: (r) => r.rule.rule },
  ],
};

export const securityTable: Table<Term> = {
  name: 'Security measures',
  rows: (view) =>
    view.doc.terms.filter((t) => t.list === 'security-measure' && view.activitiesOfTerm(t.id).length > 0),
  columns: [
    { header: 'Measure', width: 30, value: (t) => t.label },
    { header: 'Description', width: 40, value: (t) => t.description },
    {
      header: 'Activities',
      width: 40,
      value: (t, v) => activityNames(v.activitiesOfTerm(t.id)),
    },
  ],
};

/** The tables of the full record, in sheet order: the workbook and the CSV export write these. */
export const FULL_TABLES: readonly AnyTable[] = [
  anyTable(controllerActivities),
  anyTable(processorActivities),
  anyTable(partiesTable),
  anyTable(transfersTable),
  anyTable(retentionTable),
  anyTable(securityTable),
];
