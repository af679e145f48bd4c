// A workbook's content for comparisons: every cell of every sheet, with the machine copy decoded.
import ExcelJS from 'exceljs';
import { decodeBlock, MACHINE_SHEET } from '../../src/core/exchange/machine-copy';

/** Every cell of every sheet, except the cover rows that name the moment of export. */
export async function workbookContent(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of wb.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (sheet.name === 'Cover' && ['Exported on', 'Register last changed'].includes(String(values[0])))
        return;
      if (sheet.name === MACHINE_SHEET && values[0] === 'header') return;
      // The machine copy is compared as data: the same entity may list its keys in another order.
      rows.push(
        sheet.name === MACHINE_SHEET ? [values[0], decodeBlock(values.slice(1) as string[])] : values,
      );
    });
    out[sheet.name] = rows;
  }
  return out;
}
