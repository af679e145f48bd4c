// Writes tables as a regulator-friendly xlsx with exceljs's streaming writer: rows are committed as they
// are written, so a large register never sits in memory as a workbook.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { nextTurn } from '../next-turn';
import { cell, type CellValue } from './cells';
import { CELL_LIMIT } from './machine-copy';
import { bodyRowWriter } from './sheet-body';
import { tableRows, type AnyTable } from './table';
import type { RegisterView } from './view';

export type WorkbookMeta = { title: string; organisation: string; date: string };

const TRUNCATED = '\n[cut at the cell size limit of spreadsheets]';

/** A value ready for a cell: neutralised, and cut to the size a spreadsheet can hold. */
export function safeCell(value: string | number | null | undefined): CellValue {
  const v = cell(value);
  return typeof v === 'string' && v.length > CELL_LIMIT
    ? v.slice(0, CELL_LIMIT - TRUNCATED.length) + TRUNCATED
    : v;
}

const PAGE_SETUP = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  paperSize: 9,
} as const;

function createWorkbookWriter(
  stream: fs.WriteStream,
  meta: WorkbookMeta,
): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // zlib's chunks of 64 KiB rather than 16: a quarter of the round trips between the main thread and the
    // pool for the same compression.
    zip: { zlib: { chunkSize: 64 * 1024 } },
  });
  // Document properties: the writer's typings omit them, but its core.xml xform reads them from the writer.
  Object.assign(workbook, {
    creator: 'Ropa',
    lastModifiedBy: 'Ropa',
    created: new Date(meta.date),
    modified: new Date(meta.date),
    title: meta.title,
    subject: meta.organisation,
    keywords: 'GDPR Article 30',
  });
  return workbook;
}

/**
 * Writes one workbook: `fill` adds its sheets, then the zip is finished. If anything fails (or the export is
 * cancelled) the file is closed at once, so the caller can delete it, on Windows too, where an open file
 * cannot be removed.
 */
export async function writeWorkbook(
  file: string,
  meta: WorkbookMeta,
  fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
): Promise<void> {
  const stream = fs.createWriteStream(file);
  const workbook = createWorkbookWriter(stream, meta);
  try {
    await fill(workbook);
    await workbook.commit();
  } catch (error) {
    // The zip may still push what it had queued; the abandoned file's own late errors mean nothing.
    stream.on('error', () => undefined);
    stream.destroy();
    throw error;
  }
}

type SheetOptions = { widths: readonly number[]; headerRows?: number };

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, options: SheetOptions) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: options.headerRows ?? 1, xSplit: 0 }],
    pageSetup: { ...PAGE_SETUP },
  });
  sheet.columns = options.widths.map((width) => ({ width }));
  return sheet;
}

const HEADER_STYLE = {
  font: { bold: true },
  alignment: { wrapText: true, vertical: 'top' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } },
} as const;
const BODY_ALIGNMENT = { wrapText: true, vertical: 'top' } as const;
/** The style of every body cell: wrapped, at the top. */
const BODY_STYLE: Partial<ExcelJS.Style> = { alignment: BODY_ALIGNMENT };

/**
 * One table as one sheet: bold frozen header with an autofilter, wrapped text, print setup that repeats the
 * header. A preamble (a template's contact block) goes above the header, followed by one empty row.
 */
export async function writeTableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: AnyTable,
  view: RegisterView,
  onRow?: () => void,
  preamble: readonly (readonly (string | number | null)[])[] = [],
): Promise<number> {
  const headerRow = preamble.length === 0 ? 1 : preamble.length + 2;
  const columns = table.columns.length;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { ...PAGE_SETUP, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns } };
  for (const values of preamble) {
    const row = sheet.addRow(values.map(safeCell));
    row.getCell(1).font = { bold: true };
    row.alignment = BODY_ALIGNMENT;
    row.commit();
  }
  if (preamble.length > 0) sheet.addRow([]).commit();
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((c) => Object.assign(c, HEADER_STYLE));
  header.commit();
  const writeRow = bodyRowWriter(sheet, columns, BODY_STYLE);
  let count = 0;
  for (const values of tableRows(table, view)) {
    writeRow(values.map(safeCell));
    count += 1;
    onRow?.();
    if (count % YIELD_EVERY === 0) await zipCatchUp(sheet);
  }
  sheet.commit();
  return count;
}

/**
 * The streaming writer hands committed rows to the zip's compressor without waiting for it, and the
 * compressor only runs when the event loop turns. So every few hundred rows the writer waits until what
 * the compressor has not yet taken is small; otherwise a large sheet piles up in memory.
 */
const YIELD_EVERY = 256;
const MAX_PENDING_BYTES = 4 << 20;
const STALLED_TURNS = 100_000;

/**
 * exceljs 4.4 internals: the sheet's own buffer, and the stream archiver pipes it to once the sheet's zip
 * entry is open (a readable-stream 2 PassThrough: no `writableLength`, its queue is `_writableState.length`).
 */
type SheetStream = {
  buffers?: { length: number }[];
  pipes?: { _writableState?: { length?: number } }[];
};

/** What the zip has not yet taken from the sheet; null until archiver has opened the sheet's entry. */
function queuedBytes(stream: SheetStream | undefined): number | null {
  const pipe = stream?.pipes?.[0];
  if (!pipe) return null;
  const buffered = (stream?.buffers ?? []).reduce((sum, b) => sum + b.length, 0);
  return buffered + (pipe._writableState?.length ?? 0);
}

async function zipCatchUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  // At least one turn of the event loop: it lets archiver open the sheet's entry, and lets the app's main
  // process answer meanwhile (the export's progress, a cancel).
  await nextTurn();
  if (queuedBytes(stream) === null) return;
  // A stalled zip (which should not happen) must not hang the export: after many turns without progress the
  // writer goes on and the rows wait in memory, as they would without this check.
  let last = queuedBytes(stream) ?? 0;
  for (let stalled = 0; last > MAX_PENDING_BYTES && stalled < STALLED_TURNS;) {
    await nextTurn();
    const now = queuedBytes(stream) ?? 0;
    stalled = now < last ? 0 : stalled + 1;
    last = now;
  }
}

/** A two-column label/value sheet (the cover, the ICO organisation block). */
export function writeKeyValueSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  rows: readonly (readonly [string, string | number])[],
  widths: readonly [number, number] = [42, 70],
): void {
  const sheet = addSheet(workbook, name, { widths, headerRows: 1 });
  rows.forEach(([label, value], index) => {
    const row = sheet.addRow([safeCell(label), safeCell(value)]);
    row.alignment = BODY_ALIGNMENT;
    row.getCell(1).font = { bold: true, size: index === 0 ? 14 : 11 };
    row.commit();
  });
  sheet.commit();
}

/** exceljs 4.4 internals: the zip (an archiver) it appends each part of the workbook to. */
type ZipInternals = { zip: { append(source: unknown, entry: { name: string; store?: boolean }): unknown } };

/**
 * Adds a sheet whose part the zip stores as it is rather than compressing it. exceljs opens a sheet's part
 * as it adds the sheet, so the zip's next part is this one; a check makes sure it was.
 */
function addStoredSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  options: Partial<ExcelJS.AddWorksheetOptions>,
): ExcelJS.Worksheet {
  const { zip } = workbook as unknown as ZipInternals;
  const append = zip.append;
  let stored = false;
  zip.append = (source, entry) => {
    zip.append = append;
    stored = true;
    return append.call(zip, source, { ...entry, store: true });
  };
  try {
    const sheet = workbook.addWorksheet(name, options);
    if (!stored) throw new Error(`The sheet ${name} did not open its part in the zip as exceljs 4.4 does.`);
    return sheet;
  } finally {
    zip.append = append;
  }
}

/**
 * Rows of raw strings on a sheet no user sees (state "veryHidden"): the machine copy, whose cells are
 * already compressed (deflated, then base64). Compressing its part again saved a quarter of its size for as
 * much time as the rest of the zip's work at the end of a large export, so the part is stored; the copy's
 * own compression is set to make up for it.
 */
export function writeHiddenSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  rows: Iterable<string[]>,
): void {
  const sheet = addStoredSheet(workbook, name, { state: 'veryHidden' });
  for (const values of rows) sheet.addRow(values).commit();
  sheet.commit();
}

/** A free-form sheet of labelled blocks (a CNIL fiche): rows as given, headings in bold. */
export function writeBlockSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  rows: readonly (readonly (string | number | null)[])[],
  headings: ReadonlySet<number>,
  widths: readonly number[],
): void {
  const sheet = workbook.addWorksheet(name, { pageSetup: { ...PAGE_SETUP, printTitlesRow: undefined } });
  sheet.columns = widths.map((width) => ({ width }));
  rows.forEach((values, index) => {
    const row = sheet.addRow(values.map(safeCell));
    row.alignment = BODY_ALIGNMENT;
    if (headings.has(index)) row.font = { bold: true };
    else row.getCell(1).font = { bold: true };
    row.commit();
  });
  sheet.commit();
}
