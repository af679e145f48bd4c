// CSV exports: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents,
// and every text cell neutralised like the workbook's.
import fs from 'node:fs';
import path from 'node:path';
import type { Activity } from '../../shared/domain';
import { writeFileAtomic } from './atomic-write';
import { controllerActivities, FULL_TABLES, processorActivities } from './full-tables';
import { anyTable, tableRows, type AnyTable, type Table } from './table';
import type { RegisterView } from './view';
import { safeCell } from './workbook-writer';

const BOM = '\uFEFF';

export function csvField(value: string | number | null): string {
  const v = safeCell(value);
  if (v === null) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly (string | number | null)[]): string =>
  `${values.map(csvField).join(',')}\r\n`;

/** One table as one CSV file, written row by row and renamed into place. */
export function writeCsvTable(
  file: string,
  table: AnyTable,
  view: RegisterView,
  onRow?: () => void,
): Promise<void> {
  return writeFileAtomic(file, (temp) => {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, BOM + csvLine(table.columns.map((c) => c.header)));
      let buffer = '';
      for (const values of tableRows(table, view)) {
        buffer += csvLine(values);
        onRow?.();
        if (buffer.length > 1 << 20) {
          fs.writeSync(fd, buffer);
          buffer = '';
        }
      }
      fs.writeSync(fd, buffer);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/** Every activity in one table: the role, the controller columns, then the processor-only ones. */
export const allActivities: Table<Activity> = {
  name: 'activities',
  rows: (view) => view.activities(),
  columns: [
    { header: 'Role', width: 10, value: (a) => a.role },
    ...controllerActivities.columns,
    ...processorActivities.columns.filter(
      (c) => !controllerActivities.columns.some((d) => d.header === c.header),
    ),
  ],
};

/** One CSV file per table of the full record. */
export const CSV_TABLES = FULL_TABLES;

export const csvFileName = (table: AnyTable): string =>
  `${table.name.toLowerCase().replace(/\s+/g, '-')}.csv`;

/**
 * `out` ending in .csv gets the single activities file; otherwise `out` is a folder (created if its parent
 * exists) that receives one file per table.
 */
export async function writeCsv(out: string, view: RegisterView, onRow?: () => void): Promise<string[]> {
  if (out.toLowerCase().endsWith('.csv')) {
    await writeCsvTable(out, anyTable(allActivities), view, onRow);
    return [out];
  }
  if (!fs.existsSync(out)) {
    if (!fs.existsSync(path.dirname(path.resolve(out))))
      throw new Error(`The folder ${path.dirname(out)} does not exist.`);
    fs.mkdirSync(out);
  }
  const files: string[] = [];
  for (const table of CSV_TABLES) {
    const file = path.join(out, csvFileName(table));
    await writeCsvTable(file, table, view, onRow);
    files.push(file);
  }
  return files;
}
