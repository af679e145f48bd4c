// The full Article 30 workbook: a cover sheet, one sheet per part of the record, and the machine copy.
import { coverRows } from './cover';
import {
  controllerActivities,
  partiesTable,
  processorActivities,
  retentionTable,
  securityTable,
  transfersTable,
} from './full-tables';
import { MACHINE_SHEET, machineRows } from './machine-copy';
import { anyTable } from './table';
import type { RegisterView } from './view';
import {
  createWorkbookWriter,
  writeHiddenSheet,
  writeKeyValueSheet,
  writeTableSheet,
} from './workbook-writer';

export const FULL_SHEETS = [
  'Cover',
  controllerActivities.name,
  processorActivities.name,
  partiesTable.name,
  transfersTable.name,
  retentionTable.name,
  securityTable.name,
] as const;

export type ExportMeta = { lastChangeAt: string | null; asAt: string | null; filters: string };

export async function writeFullWorkbook(
  file: string,
  view: RegisterView,
  meta: ExportMeta,
  onRow?: () => void,
): Promise<void> {
  const { doc } = view;
  // Compressed in the background while the visible sheets are written; awaited (and its error thrown) last.
  const machineCopy = machineRows(view);
  machineCopy.catch(() => undefined);
  const workbook = createWorkbookWriter(file, {
    title: `Record of processing activities: ${doc.organisation.legalName}`,
    organisation: doc.organisation.legalName,
    date: doc.exportedAt,
  });
  writeKeyValueSheet(workbook, 'Cover', await coverRows(view, meta));
  const tables = [
    anyTable(controllerActivities),
    anyTable(processorActivities),
    anyTable(partiesTable),
    anyTable(transfersTable),
    anyTable(retentionTable),
    anyTable(securityTable),
  ];
  for (const table of tables) {
    await writeTableSheet(workbook, table, view, onRow);
  }
  writeHiddenSheet(workbook, MACHINE_SHEET, await machineCopy);
  await workbook.commit();
}
