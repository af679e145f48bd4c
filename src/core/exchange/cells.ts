// What goes into a cell another program will open. A register is free text typed by people (or pasted from
// elsewhere), so a value must never turn into a formula in a regulator's spreadsheet (OWASP "CSV injection").

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula or a command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** FORMULA_START's characters as char codes: every cell of an export is tested, and this is quicker. */
const FORMULA_CODES = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

/** A text value made inert: a value starting with a formula character gets a leading apostrophe. */
export function neutralise(value: string): string {
  // A single quote is what spreadsheet users type to force text; it is visible, so nothing is hidden.
  return FORMULA_CODES.has(value.charCodeAt(0)) ? `'${value}` : value;
}

/** Undoes `neutralise` on import: only the exact prefix we add is removed. */
export function unneutralise(value: string): string {
  return value.length > 1 && value.startsWith("'") && FORMULA_START.test(value.slice(1))
    ? value.slice(1)
    : value;
}

/** Several values in one cell, one a line, so a regulator reads a list rather than ids. */
export function lines(values: readonly string[]): string {
  // Joined by hand: a filtered copy and a join for each of a large register's cells cost several times more.
  let text = '';
  for (const v of values) if (v !== '') text = text === '' ? v : `${text}\n${v}`;
  return text;
}

export type CellValue = string | number | null;

export function cell(value: string | number | null | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return value === '' ? null : neutralise(value);
}
