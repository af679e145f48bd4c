// A table's body rows written straight into exceljs's streaming worksheet, as the XML exceljs itself would
// write for them. Through exceljs's row API each cell becomes a Cell object with a model, a style lookup and
// an XML node tree: for a large register that was most of an export's time. These rows need none of it:
// every cell is a plain string or number (or empty) in one shared style. The header, the preamble and
// everything around the rows still go through exceljs. A test writes the same rows both ways and compares
// the sheet's XML byte for byte, so a change in exceljs's output cannot pass unnoticed.
import type ExcelJS from 'exceljs';
import colCache from 'exceljs/lib/utils/col-cache';
import utils from 'exceljs/lib/utils/utils';
import type { CellValue } from './cells';

/** exceljs 4.4's cell value types (Enums.ValueType), as its style lookup takes them. */
const VALUE_TYPE = { null: 0, number: 2, string: 3 } as const;

/** exceljs 4.4's streaming worksheet, the internals these rows are written through. */
type WorksheetWriterInternals = {
  _workbook: { styles: { addStyleModel(style: Partial<ExcelJS.Style>, valueType: number): number } };
  /** Rows added and not yet written; they must all be written before these rows. */
  _rows: unknown[] | null;
  /** The number the next row added through exceljs gets. */
  _rowZero: number;
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  stream: { write(xml: string): unknown };
};

function internalsOf(sheet: ExcelJS.Worksheet): WorksheetWriterInternals {
  const writer = sheet as unknown as Partial<WorksheetWriterInternals>;
  if (
    typeof writer._writeColumns !== 'function' ||
    typeof writer._writeOpenSheetData !== 'function' ||
    typeof writer._rowZero !== 'number' ||
    !writer._workbook?.styles
  ) {
    throw new Error('Body rows need exceljs 4.4 streaming worksheets (WorkbookWriter with useStyles).');
  }
  return writer as WorksheetWriterInternals;
}

const valueType = (value: CellValue): number =>
  value === null ? VALUE_TYPE.null : typeof value === 'number' ? VALUE_TYPE.number : VALUE_TYPE.string;

/**
 * A writer of body rows of `columns` cells, each in `style`, after the rows the sheet already has (all of
 * them committed). Values must be ready for a cell (see `safeCell`). Like exceljs, a row whose every cell is
 * empty takes its number but is not written.
 */
export function bodyRowWriter(
  sheet: ExcelJS.Worksheet,
  columns: number,
  style: Partial<ExcelJS.Style>,
): (values: readonly CellValue[]) => void {
  const writer = internalsOf(sheet);
  if (writer._rows === null || writer._rows.length > 0) {
    throw new Error(`Sheet ${sheet.name}: body rows follow committed rows only.`);
  }
  const letters = Array.from({ length: columns }, (_, i) => colCache.n2l(i + 1));
  let styleId: number | null = null;
  return (values) => {
    const number = writer._rowZero;
    writer._rowZero = number + 1;
    if (values.every((v) => v === null || v === undefined)) return;
    // exceljs resolves a shared style once, for the type of the first cell it meets in it.
    styleId ??= writer._workbook.styles.addStyleModel(style, valueType(values[0] ?? null));
    const s = styleId === 0 ? '' : ` s="${styleId}"`;
    let xml = `<row r="${number}" spans="1:${columns}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < columns; i++) {
      const value = values[i] ?? null;
      const at = `<c r="${letters[i]!}${number}"${s}`;
      if (value === null) xml += s === '' ? '' : `${at}/>`;
      else if (typeof value === 'number') xml += `${at}><v>${value}</v></c>`;
      else xml += `${at} t="str"><v>${utils.xmlEncode(value)}</v></c>`;
    }
    if (!writer.startedData) {
      writer._writeColumns();
      writer._writeOpenSheetData();
      writer.startedData = true;
    }
    writer.stream.write(`${xml}</row>`);
  };
}
