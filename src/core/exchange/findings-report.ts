// The gap report: every finding of Ropa's checks as a workbook a DPO can sort, filter and hand out, each with
// the activity it concerns and that activity's department and owner (who will fix it). The same rules as the
// app, `ropa check` and the full workbook's cover; the same scope and "as at" as any export.
import type { Finding } from '../../shared/domain';
import { describeAllCounts, SEVERITY_NOUNS } from '../../shared/finding-words';
import { checkInPages, summariseFindings } from '../rules';
import type { ExportMeta } from './full-workbook';
import { anyTable, type Table } from './table';
import type { RegisterView } from './view';
import { writeKeyValueSheet, writeTableSheet, writeWorkbook } from './workbook-writer';

export const GAP_SHEETS = ['About', 'Gaps'] as const;

/** The severity as a column's word: "Error", "Warning", "Note". */
const severityWord = (severity: Finding['severity']) =>
  SEVERITY_NOUNS[severity].charAt(0).toUpperCase() + SEVERITY_NOUNS[severity].slice(1);

/** Who a finding is about: the activity (a transfer's is its activity's), else the party or organisation. */
type Row = { finding: Finding; activity: { reference: string; department: string; owner: string } | null };

const CHECK_PAGE = 2_000;

function findingsTable(rows: readonly Row[]): Table<Row> {
  return {
    name: GAP_SHEETS[1],
    columns: [
      { header: 'Severity', width: 10, value: (r) => severityWord(r.finding.severity) },
      { header: 'Provision', width: 18, value: (r) => r.finding.article },
      { header: 'Activity reference', width: 14, value: (r) => r.activity?.reference ?? '' },
      { header: 'Concerning', width: 34, value: (r) => r.finding.target.label },
      { header: 'Finding', width: 70, value: (r) => r.finding.message },
      { header: 'Department', width: 16, value: (r) => r.activity?.department ?? '' },
      { header: 'Owner', width: 18, value: (r) => r.activity?.owner ?? '' },
      { header: 'Rule', width: 26, value: (r) => r.finding.ruleId },
    ],
    rows: () => rows,
  };
}

/** The findings worst first, each with the activity it concerns. */
function gapRows(view: RegisterView, today: string): Row[] {
  const { doc } = view;
  const activities = new Map<string, Row['activity']>();
  for (const a of view.activities())
    activities.set(a.id, { reference: a.reference, department: a.department, owner: a.owner });
  const activityOfTransfer = new Map(doc.transfers.map((t) => [t.id, t.activityId]));
  const findings = checkInPages(doc, view.activityPages(CHECK_PAGE), { today });
  return findings.map((finding) => {
    const { kind, id } = finding.target;
    const activityId =
      kind === 'activity' ? id : kind === 'transfer' ? activityOfTransfer.get(id) : undefined;
    return { finding, activity: (activityId && activities.get(activityId)) || null };
  });
}

export async function writeFindingsWorkbook(
  file: string,
  view: RegisterView,
  meta: ExportMeta,
  onRow?: () => void,
): Promise<void> {
  const { doc } = view;
  const today = (meta.asAt ?? doc.exportedAt).slice(0, 10);
  const rows = gapRows(view, today);
  const counts = summariseFindings(rows.map((r) => r.finding));
  const workbookMeta = {
    title: `Gaps in the record of processing activities: ${doc.organisation.legalName}`,
    organisation: doc.organisation.legalName,
    date: doc.exportedAt,
  };
  await writeWorkbook(file, workbookMeta, async (workbook) => {
    writeKeyValueSheet(workbook, GAP_SHEETS[0], [
      ['Gaps in the record of processing activities (GDPR / UK GDPR Article 30)', ''],
      ['Organisation', doc.organisation.legalName],
      ['Checked on', today],
      ['As at', meta.asAt ?? 'the date of export'],
      ['Scope', meta.filters],
      ['Activities checked', view.activityCount()],
      ['Findings', describeAllCounts(counts)],
      [
        'How to read it',
        "One row per finding of Ropa's checks, errors first: what the record breaks as written, then what it lacks where applicable, then notes. Each names the provision it rests on and, for an activity or one of its transfers, the activity's department and owner.",
      ],
    ]);
    await writeTableSheet(workbook, anyTable(findingsTable(rows)), view, onRow);
  });
}
