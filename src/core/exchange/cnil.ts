// The CNIL "registre des activités de traitement" model as xlsx: the list of processing activities and one
// record sheet ("fiche") per activity, in the model's French labels and closed lists (anchors-mission §3.3).
import type { Activity, Contact } from '../../shared/domain';
import { countryName, mechanismById } from '../reference';
import { lines } from './cells';
import {
  CNIL_BLOCKS,
  CNIL_DESTINATAIRES,
  CNIL_FICHE as F,
  CNIL_LIST_COLUMNS,
  CNIL_LIST_SHEET,
  cnilGarantie,
  cnilMesure,
} from './cnil-labels';
import { retentionText } from './full-tables';
import type { Table } from './table';
import { anyTable } from './table';
import type { RegisterView } from './view';
import { writeBlockSheet, writeTableSheet, writeWorkbook } from './workbook-writer';

type Row = (string | number | null)[];
const frDate = (iso: string | null): string => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
const pays = (code: string | null): string => (code ? (countryName(code, 'fr') ?? code) : '');

const purposeText = (a: Activity, v: RegisterView): string[] =>
  a.purposes.map((p) => p.description || v.term(p.termId)?.label || '');

export const cnilListTable: Table<Activity> = {
  name: CNIL_LIST_SHEET,
  rows: (view) => view.activities(),
  columns: [
    { header: CNIL_LIST_COLUMNS[0], width: 30, value: (a) => a.name },
    { header: CNIL_LIST_COLUMNS[1], width: 14, value: (a) => a.reference },
    { header: CNIL_LIST_COLUMNS[2], width: 14, value: (a) => frDate(a.createdAt) },
    { header: CNIL_LIST_COLUMNS[3], width: 14, value: (a) => frDate(a.updatedAt) },
    { header: CNIL_LIST_COLUMNS[4], width: 50, value: (a, v) => purposeText(a, v).join(', ') },
    {
      header: CNIL_LIST_COLUMNS[5],
      width: 12,
      value: (a, v) => (a.personalDataIds.some((id) => v.term(id)?.special) ? 'Oui' : 'Non'),
    },
  ],
};

const actor = (label: string, c: Contact | null): Row => [
  label,
  c?.name ?? '',
  c?.address ?? '',
  '',
  '',
  '',
  c?.phone ?? '',
  c?.email ?? '',
];

export function ficheRows(a: Activity, v: RegisterView): { rows: Row[]; headings: Set<number> } {
  const org = v.doc.organisation;
  const rows: Row[] = [];
  const headings = new Set<number>();
  const heading = (row: readonly string[]) => (headings.add(rows.length), rows.push([...row]));
  const retentionFor = (termId: string) =>
    lines(a.retention.filter((r) => r.personalDataTermId === termId).map((r) => retentionText(r, v)));
  rows.push(
    [F.name, a.name],
    [F.reference, a.reference],
    [F.created, frDate(a.createdAt)],
    [F.updated, frDate(a.updatedAt)],
    [],
  );
  heading(F.actors);
  rows.push(
    [F.controller, org.legalName, org.address, '', '', pays(org.country), org.contactPhone, org.contactEmail],
    actor(F.dpo, org.dpo),
    [F.dpoCompany, org.dpo?.kind === 'external' ? org.dpo.company : ''],
    actor(F.representative, org.euRepresentative),
  );
  for (const link of a.parties.filter((l) => l.relation === 'joint-controller')) {
    const p = v.party(link.partyId);
    if (p)
      rows.push([
        F.joint,
        p.name,
        p.address,
        '',
        '',
        pays(p.country),
        p.contact?.phone ?? '',
        p.contact?.email ?? '',
      ]);
  }
  rows.push([]);
  heading([F.purposes]);
  purposeText(a, v).forEach((text, i) => rows.push([i === 0 ? F.mainPurpose : F.subPurpose(i), text]));
  rows.push([]);
  const data = a.personalDataIds.map((id) => ({ id, term: v.term(id) }));
  heading(F.data);
  for (const d of data.filter((d) => !d.term?.special))
    rows.push(['', d.term?.label ?? '', retentionFor(d.id)]);
  rows.push([]);
  heading(F.sensitive);
  for (const d of data.filter((d) => d.term?.special))
    rows.push(['', d.term?.label ?? '', retentionFor(d.id)]);
  rows.push([]);
  heading(F.subjects);
  v.termLabels(a.dataSubjectIds).forEach((label, i) => rows.push([F.subject(i + 1), '', label]));
  rows.push([]);
  heading(F.recipients);
  const recipients: [string, string][] = [
    ...v.termLabels(a.recipientCategoryIds).map((l): [string, string] => [CNIL_DESTINATAIRES[4], l]),
    ...a.parties
      .filter((l) => l.relation === 'processor' || l.relation === 'sub-processor')
      .map((l): [string, string] => [CNIL_DESTINATAIRES[1], v.party(l.partyId)?.name ?? '']),
  ];
  recipients.forEach(([type, detail], i) => rows.push([F.recipient(i + 1), type, detail]));
  rows.push([]);
  heading(F.security);
  const measures = v.termLabels(a.securityMeasureIds).map((l) => [cnilMesure(l), l]);
  if (a.securityNotes) measures.push([cnilMesure(a.securityNotes), a.securityNotes]);
  measures.forEach(([type, detail], i) => rows.push([F.measure(i + 1), type!, detail!]));
  rows.push([]);
  heading(F.transfers);
  v.transfersOf(a.id).forEach((t, i) => {
    const group = t.mechanism ? (mechanismById(t.mechanism)?.group ?? null) : null;
    const docs = [t.tiaReference && `TIA ${t.tiaReference}`, t.safeguardsDocumentation]
      .filter(Boolean)
      .join('; ');
    rows.push([
      F.transfer(i + 1),
      v.party(t.partyId)?.name ?? '',
      t.country ? pays(t.country) : t.internationalOrganisation,
      cnilGarantie(t.mechanism, group),
      docs,
    ]);
  });
  return { rows, headings };
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
export function ficheSheetName(reference: string, taken: Set<string>): string {
  const base = `Fiche ${reference}`.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export async function writeCnilWorkbook(file: string, view: RegisterView, onRow?: () => void): Promise<void> {
  const { doc } = view;
  const org = doc.organisation;
  const meta = {
    title: `Registre des activités de traitement : ${org.legalName}`,
    organisation: org.legalName,
    date: doc.exportedAt,
  };
  const block = (label: string, c: Contact | null): Row => [
    label,
    c?.name ?? '',
    c?.address ?? '',
    c?.email ?? '',
    c?.phone ?? '',
  ];
  await writeWorkbook(file, meta, async (workbook) => {
    await writeTableSheet(workbook, anyTable(cnilListTable), view, onRow, [
      [CNIL_BLOCKS.controller, org.legalName, org.address, org.contactEmail, org.contactPhone],
      block(CNIL_BLOCKS.representative, org.euRepresentative),
      [...block(CNIL_BLOCKS.dpo, org.dpo), org.dpo?.kind === 'external' ? org.dpo.company : ''],
    ]);
    const taken = new Set([CNIL_LIST_SHEET.toLowerCase()]);
    for (const activity of view.activities()) {
      const { rows, headings } = ficheRows(activity, view);
      writeBlockSheet(
        workbook,
        ficheSheetName(activity.reference, taken),
        rows,
        headings,
        [34, 30, 30, 12, 14, 16, 16, 26],
      );
    }
  });
}
