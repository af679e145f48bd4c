// The full Article 30 workbook: a cover sheet, one sheet per part of the record, and the machine copy.
import { coverRows } from './cover';
import { FULL_TABLES } from './full-tables';
import { MACHINE_SHEET, machineRows } from './machine-copy';
import type { RegisterView } from './view';
import { writeHiddenSheet, writeKeyValueSheet, writeTableSheet, writeWorkbook } from './workbook-writer';

export const FULL_SHEETS: readonly string[] = ['Cover', ...FULL_TABLES.map((t) => t.name)];

export type ExportMeta = { lastChangeAt: string | null; asAt: string | null; filters: string };

export async function writeFullWorkbook(
  file: string,
  view: RegisterView,
  meta: ExportMeta,
  onRow?: () => void,
  signal?: AbortSignal,
): Promise<void> {
  const { doc } = view;
  // Compressed in the background while the visible sheets are written; awaited (and its error thrown) last.
  const machineCopy = machineRows(view);
  machineCopy.catch(() => undefined);
  const workbookMeta = {
    title: `Record of processing activities: ${doc.organisation.legalName}`,
    organisation: doc.organisation.legalName,
    date: doc.exportedAt,
  };
  await writeWorkbook(file, workbookMeta, async (workbook) => {
    writeKeyValueSheet(workbook, 'Cover', await coverRows(view, meta, signal));
    for (const table of FULL_TABLES) {
      await writeTableSheet(workbook, table, view, onRow);
    }
    writeHiddenSheet(workbook, MACHINE_SHEET, await machineCopy);
  });
}
