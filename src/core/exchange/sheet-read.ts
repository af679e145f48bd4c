// Opens a spreadsheet for an import: the file guard first (size, zip bomb, encryption, kind), then the
// reader for its kind — exceljs for .xlsx, ods-read for .ods, the CSV reader for text — into the same
// sheets of rows of text, so a template import does not care which program saved the file.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { RopaError } from '../errors';
import { unneutralise } from './cells';
import { parseCsv } from './csv-read';
import { inspectSpreadsheet, type FileKind, type ImportLimits } from './file-guard';
import { readOds } from './ods-read';
import { checkCell, checkRowCount, type Sheet, type SheetRow, type Spreadsheet } from './sheet-grid';

const KIND_NAMES: Record<FileKind, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  csv: 'a CSV file',
};

const isoDate = (d: Date): string =>
  Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, d.getUTCHours() + d.getUTCMinutes() ? 16 : 10);

/** The text a reader sees in an exceljs cell: formulas by their result, dates as ISO, rich text joined. */
export function excelText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return unneutralise(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return unneutralise(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value)
    return excelText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return excelText(value.text as ExcelJS.CellValue);
  return '';
}

async function readXlsx(file: string, limits: ImportLimits): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new RopaError(
      'REFUSED_FILE',
      `${file}: the workbook cannot be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
    );
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell, column) => {
        // A merged range holds its value in its first cell; exceljs repeats it in the others.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = excelText(cell.value);
        checkCell(file, worksheet.name, row.number, column - 1, text, limits);
        if (text.trim() !== '') cells[column - 1] = text;
      });
      if (cells.length === 0) return;
      rows.push({ number: row.number, cells: Array.from(cells, (c) => c ?? '') });
      checkRowCount(file, worksheet.name, rows.length, limits);
    });
    return { name: worksheet.name, hidden: worksheet.state !== 'visible', rows };
  });
}

function readCsvSheet(file: string, limits: ImportLimits): Sheet[] {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'), file, limits);
  return [{ name: '', hidden: false, rows: rows.map((cells, i) => ({ number: i + 1, cells })) }];
}

/**
 * Reads a file the import accepts (`accept`), or refuses it naming what it is and what was expected.
 * `what` names the expected content in that message, e.g. "the CNIL model".
 */
export async function readSpreadsheet(
  file: string,
  limits: ImportLimits,
  accept: readonly FileKind[],
  what: string,
): Promise<Spreadsheet> {
  const kind = inspectSpreadsheet(file, limits, { ods: accept.includes('ods') });
  if (!accept.includes(kind))
    throw new RopaError(
      'REFUSED_FILE',
      `${file}: ${kind === 'csv' ? 'this is a text file, not a spreadsheet' : `this is ${KIND_NAMES[kind]}`}; ${what} is read from ${accept.map((k) => KIND_NAMES[k]).join(' or ')}. Nothing was imported.`,
    );
  const sheets =
    kind === 'xlsx'
      ? await readXlsx(file, limits)
      : kind === 'ods'
        ? readOds(file, limits)
        : readCsvSheet(file, limits);
  return { file, kind, sheets };
}
