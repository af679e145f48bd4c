// A DPO may open Ropa's workbook in Excel, correct a few cells on the activity sheets and import it back.
// Ropa reads its own workbook from the hidden machine copy, so such edits would otherwise be dropped without
// a word. Here the visible activity sheets are compared with what the machine copy would have written:
// an edited cell of a plain field (name, description, owner…) is applied to the import; any other edited
// cell, and any row added or removed, is reported by sheet, row and column so nothing is lost silently.
import { RegisterDocument, type Activity } from '../../shared/domain';
import type { Issue } from '../../shared/ipc/result';
import { unneutralise } from './cells';
import { controllerActivities, processorActivities } from './full-tables';
import type { Table } from './table';
import { createView } from './view';
import { safeCell } from './workbook-writer';

export type VisibleRow = { number: number; values: string[] };
/** The rows of one visible activity sheet, as read (header row excluded). */
export type VisibleSheet = { table: Table<Activity>; rows: VisibleRow[] };

const ACTIVITY_TABLES = [controllerActivities, processorActivities] as const;

/** The activity table whose header row this is, if any: sheets are told apart by their headers. */
export function activityTableOf(header: readonly string[]): Table<Activity> | undefined {
  return ACTIVITY_TABLES.find(
    (t) => t.columns.length <= header.length && t.columns.every((c, i) => c.header === header[i]),
  );
}

type Apply = (activity: Record<string, unknown>, text: string) => string | null;
const text =
  (field: string): Apply =>
  (activity, value) => {
    activity[field] = value;
    return null;
  };
const date =
  (field: string): Apply =>
  (activity, value) => {
    if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'expected a date written YYYY-MM-DD';
    activity[field] = value === '' ? null : value;
    return null;
  };

/** Columns that show exactly one field as typed: an edit there can be taken back without guessing. */
const EDITABLE: Record<string, Apply> = {
  'Processing activity': text('name'),
  Description: text('description'),
  Department: text('department'),
  Owner: text('owner'),
  'Storage location': text('storageLocation'),
  Notes: text('notes'),
  Systems: (activity, value) => {
    activity.systems = value.split('\n').filter((s) => s.trim() !== '');
    return null;
  },
  'Last reviewed': date('lastReviewedAt'),
  'Next review': date('nextReviewAt'),
};

const cellText = (value: string | number | null): string =>
  value === null ? '' : unneutralise(String(value));

/**
 * Applies the edits found on the visible sheets to the raw document (in place) and returns what was done
 * and what was not, one issue per cell. A document the schema rejects is left for the import to report.
 */
export function applyVisibleEdits(
  file: string,
  document: Record<string, unknown>,
  sheets: readonly VisibleSheet[],
): Issue[] {
  const parsed = RegisterDocument.safeParse(document);
  if (!parsed.success || sheets.length === 0) return [];
  const view = createView(parsed.data);
  const raw = new Map<string, Record<string, unknown>>();
  (document.activities as Record<string, unknown>[]).forEach((a, i) =>
    raw.set(parsed.data.activities[i]!.reference.toLowerCase(), a),
  );
  const issues: Issue[] = [];
  for (const { table, rows } of sheets) {
    const expected = new Map([...table.rows(view)].map((a) => [a.reference.toLowerCase(), a]));
    const where = (row: number, column?: string) =>
      `${file}: sheet "${table.name}", row ${row}${column ? `, column "${column}"` : ''}`;
    for (const row of rows) {
      const reference = row.values[0]?.trim() ?? '';
      if (reference === '' && row.values.every((v) => v.trim() === '')) continue;
      const activity = expected.get(reference.toLowerCase());
      if (!activity) {
        issues.push({
          path: where(row.number),
          message: `"${reference || row.values[1] || '(no reference)'}" is not in the register this workbook was exported from; the row was not imported. Add it in Ropa, or import the sheet with a column mapping.`,
        });
        continue;
      }
      expected.delete(reference.toLowerCase());
      table.columns.forEach((column, i) => {
        const was = cellText(safeCell(column.value(activity, view)));
        const now = unneutralise((row.values[i] ?? '').replace(/\r\n/g, '\n'));
        // Spreadsheet programs may drop a cell's leading or trailing spaces when they save (LibreOffice
        // does): that is not an edit.
        if (now.trim() === was.trim()) return;
        const apply = EDITABLE[column.header];
        const problem = apply ? apply(raw.get(reference.toLowerCase())!, now) : 'not editable';
        issues.push({
          path: where(row.number, column.header),
          message:
            problem === null
              ? `edited in the workbook: imported as "${now}" (was "${was}").`
              : problem === 'not editable'
                ? `edited in the workbook, but this column is written from several fields; the edit ("${now}") was not imported. Make it in Ropa.`
                : `edited in the workbook to "${now}", which was not imported: ${problem}.`,
        });
      });
    }
    for (const missing of expected.values())
      issues.push({
        path: `${file}: sheet "${table.name}"`,
        message: `the row of ${missing.reference} ${missing.name} was removed from the sheet; the activity is still imported (delete it in Ropa if it should go).`,
      });
  }
  return issues;
}
