// A spreadsheet as the template imports see it: sheets of rows of text, whatever the file format, with the
// limits every reader applies while it reads and the words an error message uses to point at a cell.
import { RopaError } from '../errors';
import type { ImportLimits } from './file-guard';

/** One row that holds something: its 1-based number in the sheet, its cells by 0-based column. */
export type SheetRow = { number: number; cells: string[] };
export type Sheet = { name: string; hidden: boolean; rows: SheetRow[] };
export type Spreadsheet = { file: string; kind: 'xlsx' | 'ods' | 'csv'; sheets: Sheet[] };

/** Spreadsheet column letters: 0 → A, 29 → AD. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `file, sheet "X", row 5, column B` (a CSV file has no sheet). */
export function cellPlace(file: string, sheet: string, row: number, column?: number): string {
  const place = `${file}${sheet ? `, sheet "${sheet}"` : ''}, row ${row}`;
  return column === undefined ? place : `${place}, column ${columnName(column)}`;
}

export function checkCell(
  file: string,
  sheet: string,
  row: number,
  column: number,
  text: string,
  limits: ImportLimits,
): void {
  if (text.length > limits.maxCellChars)
    throw new RopaError(
      'REFUSED_FILE',
      `${cellPlace(file, sheet, row, column)} holds ${text.length} characters; a cell holds at most ${limits.maxCellChars}. Nothing was imported.`,
    );
}

export function checkRowCount(file: string, sheet: string, rows: number, limits: ImportLimits): void {
  if (rows > limits.maxRows + 1)
    throw new RopaError(
      'REFUSED_FILE',
      `${file}${sheet ? `, sheet "${sheet}"` : ''}: more than ${limits.maxRows} rows; Ropa imports at most ${limits.maxRows} rows a sheet. Nothing was imported.`,
    );
}

/** Letters, digits and single spaces, lower case, without accents: how labels typed by people compare. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
