// The ICO's documentation templates. Controller: the 30 columns of gdpr-documentation-controller-template.xlsx
// (sheet "Template", contact block in rows 1–6, headers in row 9 — anchors-mission.md §3.1). Processor: the
// four groups of the ICO processor checklist (§3.2), one row per controller processed for.
import type { Activity, Contact, PartyLink } from '../../shared/domain';
import { isDpiaLikelyRequired } from '../../shared/domain';
import { lines } from './cells';
import { controllerActivities, processorActivities } from './full-tables';
import {
  art9Label,
  contactLabel,
  countryLabel,
  lawfulBasisLabel,
  transferMechanismLabel,
  partyWithContact,
  schedule1Label,
} from './labels';
import { anyTable, type Column, type Table } from './table';
import type { RegisterView, SharedLists } from './view';
import { writeTableSheet, writeWorkbook } from './workbook-writer';

/** Rights under UK GDPR Arts 15–22 by lawful basis, as the ICO's lawful basis guidance tabulates them. */
const RIGHTS: Record<string, string> = {
  'art6-1-a': 'access, rectification, erasure, restriction, portability, withdraw consent',
  'art6-1-b': 'access, rectification, erasure, restriction, portability',
  'art6-1-c': 'access, rectification, restriction',
  'art6-1-d': 'access, rectification, erasure, restriction',
  'art6-1-e': 'access, rectification, restriction, objection',
  'art6-1-f': 'access, rectification, erasure, restriction, objection',
};

/** The value of a column of the full workbook's controller sheet, by header. */
const fromFull = (header: string) => {
  const column = controllerActivities.columns.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return column.value;
};

const joinParties = (
  a: Activity,
  v: RegisterView,
  pick: (l: PartyLink) => boolean,
  text: (l: PartyLink) => string,
) => lines(a.parties.filter(pick).map(text));

type C = Column<Activity>;
const col = (header: string, width: number, value: C['value']): C => ({ header, width, value });

export const icoControllerTable: Table<Activity> = {
  name: 'Template',
  rows: (view) => view.activities('controller'),
  columns: [
    col('Business function', 16, (a) => a.department),
    col('Purpose of processing', 32, fromFull('Purposes of the processing (30(1)(b))')),
    col('Name and contact details of joint controller (if applicable)', 30, (a, v) =>
      joinParties(
        a,
        v,
        (l) => l.relation === 'joint-controller',
        (l) => {
          const p = v.party(l.partyId);
          return p ? partyWithContact(p) : '';
        },
      ),
    ),
    col('Categories of individuals', 26, fromFull('Categories of data subjects (30(1)(c))')),
    col('Categories of personal data', 30, fromFull('Categories of personal data (30(1)(c))')),
    col('Categories of recipients', 30, fromFull('Categories of recipients (30(1)(d))')),
    col('Link to contract with processor', 30, (a, v) =>
      joinParties(
        a,
        v,
        (l) => l.relation === 'processor' || l.relation === 'sub-processor',
        (l) => {
          const p = v.party(l.partyId);
          if (!p) return '';
          const dpa = [p.dpaReference, p.dpaSignedOn && `signed ${p.dpaSignedOn}`].filter(Boolean).join(', ');
          return `${p.name}: ${dpa || 'no contract recorded'}`;
        },
      ),
    ),
    col(
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      28,
      (a, v) =>
        lines([
          ...new Set(
            v
              .transfersOf(a.id)
              .map((t) => (t.country ? countryLabel(t.country) : t.internationalOrganisation)),
          ),
        ]),
    ),
    col(
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      36,
      (a, v) =>
        lines(
          v
            .transfersOf(a.id)
            .map((t) =>
              [transferMechanismLabel(t), t.safeguardsDocumentation, t.supplementaryMeasures]
                .filter(Boolean)
                .join('; '),
            ),
        ),
    ),
    col('Retention schedule (if possible)', 32, fromFull('Time limits for erasure (30(1)(f))')),
    col(
      'General description of technical and organisational security measures (if possible)',
      32,
      fromFull('Security measures (30(1)(g))'),
    ),
    col(
      'Article 6 lawful basis for processing personal data',
      32,
      fromFull('Lawful basis per purpose (Art 6)'),
    ),
    col('Article 9 condition for processing special category data', 30, (a) =>
      lines(a.art9Conditions.map(art9Label)),
    ),
    col('Legitimate interests for the processing (if applicable)', 30, (a) =>
      lines(a.purposes.map((p) => p.legitimateInterest)),
    ),
    col('Link to record of legitimate interests assessment (if applicable)', 20, (a) =>
      lines(a.purposes.map((p) => p.liaReference)),
    ),
    col('Rights available to individuals', 30, (a) =>
      lines([...new Set(a.purposes.flatMap((p) => (p.lawfulBasis ? [RIGHTS[p.lawfulBasis] ?? ''] : [])))]),
    ),
    col('Existence of automated decision-making, including profiling (if applicable)', 24, (a) =>
      a.automatedDecisionMaking.used ? `Yes: ${a.automatedDecisionMaking.description}` : 'No',
    ),
    col('The source of the personal data (if applicable)', 24, fromFull('Sources of the data')),
    // Consent records are kept outside the register.
    col('Link to record of consent', 18, () => null),
    col('Location of personal data', 24, (a) => lines([a.storageLocation, ...a.systems])),
    col('Data Protection Impact Assessment required?', 16, (a) =>
      a.dpia.status === 'not-required'
        ? 'No'
        : isDpiaLikelyRequired(a.dpia)
          ? 'Yes'
          : a.dpia.status === 'not-assessed'
            ? ''
            : 'Yes',
    ),
    col('Data Protection Impact Assessment progress', 16, (a) => a.dpia.status),
    col('Link to Data Protection Impact Assessment', 18, (a) => a.dpia.reference),
    // Breaches and the retention-policy checks are not kept in the register: left blank for the DPO.
    col('Has a personal data breach occurred?', 14, () => null),
    col('Link to record of personal data breach', 18, () => null),
    col('Data Protection Act 2018 Schedule 1 Condition for processing', 30, (a) =>
      lines(a.ukSchedule1Conditions.map(schedule1Label)),
    ),
    col('GDPR Article 6 lawful basis for processing', 30, (a) =>
      a.art9Conditions.length + a.art10Conditions.length + a.ukSchedule1Conditions.length === 0
        ? ''
        : lines([...new Set(a.purposes.map((p) => lawfulBasisLabel(p.lawfulBasis)))]),
    ),
    col('Link to retention and erasure policy document', 18, () => null),
    col('Is personal data retained and erased in accordance with the policy document?', 18, () => null),
    col('Reasons for not adhering to policy document (if applicable)', 18, () => null),
  ],
};

type ClientRow = { activity: Activity; link: PartyLink };

export const icoProcessorTable: Table<ClientRow> = {
  name: 'Processor',
  rows: function* (view) {
    for (const activity of view.activities('processor')) {
      const clients = activity.parties.filter((l) => l.relation === 'client-controller');
      for (const link of clients) yield { activity, link };
    }
  },
  columns: [
    { header: 'Processing activity', width: 26, value: (r) => `${r.activity.reference} ${r.activity.name}` },
    {
      header: 'Name and contact details of the controller',
      width: 32,
      value: (r, v) => {
        const p = v.party(r.link.partyId);
        return p ? partyWithContact(p) : '';
      },
    },
    {
      header: "Controller's representative (if applicable)",
      width: 28,
      value: (r, v) => contactLabel(v.party(r.link.partyId)?.representative ?? null),
    },
    {
      header: 'Categories of processing carried out on behalf of the controller',
      width: 36,
      value: (r) => r.link.description || r.activity.description,
    },
    {
      header: 'Transfers to third countries or international organisations',
      width: 32,
      value: (r, v) => processorColumn('Transfers to third countries (30(2)(c))')(r.activity, v),
    },
    {
      header: 'Documentation of the suitable safeguards for transfers',
      width: 32,
      value: (r, v) =>
        lines(
          v
            .transfersOf(r.activity.id)
            .map((t) =>
              [
                transferMechanismLabel(t),
                t.tiaReference && `TIA ${t.tiaReference}`,
                t.safeguardsDocumentation,
              ]
                .filter(Boolean)
                .join('; '),
            ),
        ),
    },
    {
      header: 'General description of technical and organisational security measures',
      width: 32,
      value: (r, v) => processorColumn('Security measures (30(2)(d))')(r.activity, v),
    },
    {
      header: 'Sub-processors',
      width: 28,
      value: (r, v) => processorColumn('Sub-processors')(r.activity, v),
    },
  ],
};

function processorColumn(header: string): C['value'] {
  const column = processorActivities.columns.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return column.value;
}

const contactRow = (label: string, c: Contact | null): (string | null)[] => [
  label,
  c ? [c.name, c.company].filter(Boolean).join(', ') : null,
  c?.address ?? null,
  c?.email ?? null,
  c?.phone ?? null,
];

/**
 * The template's contact block: Name · Address · Email · Telephone for us, the DPO and the representative,
 * padded so the column headers sit in row 9 as in the ICO file.
 */
export function icoPreamble(doc: SharedLists, us: 'Controller' | 'Processor'): (string | null)[][] {
  const org = doc.organisation;
  const representative = org.ukRepresentative ?? org.euRepresentative;
  const block = [
    ['', 'Name', 'Address', 'Email', 'Telephone'],
    [
      us,
      org.legalName,
      [org.address, countryLabel(org.country)].filter(Boolean).join('\n'),
      org.contactEmail,
      org.contactPhone,
    ],
    contactRow('Data Protection Officer', org.dpo),
    contactRow('Representative', representative),
  ];
  return [...block, ...Array.from({ length: ICO_HEADER_ROW - 2 - block.length }, () => [])];
}

export const ICO_HEADER_ROW = 9;

export async function writeIcoWorkbook(file: string, view: RegisterView, onRow?: () => void): Promise<void> {
  const { doc } = view;
  const meta = {
    title: `Article 30 documentation (ICO template): ${doc.organisation.legalName}`,
    organisation: doc.organisation.legalName,
    date: doc.exportedAt,
  };
  await writeWorkbook(file, meta, async (workbook) => {
    const roles = new Set((['controller', 'processor'] as const).filter((r) => view.activityCount(r) > 0));
    if (roles.has('controller') || roles.size === 0)
      await writeTableSheet(
        workbook,
        anyTable(icoControllerTable),
        view,
        onRow,
        icoPreamble(doc, 'Controller'),
      );
    if (roles.has('processor'))
      await writeTableSheet(
        workbook,
        anyTable(icoProcessorTable),
        view,
        onRow,
        icoPreamble(doc, 'Processor'),
      );
  });
}
