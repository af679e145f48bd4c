// Body rows written straight as XML must be exactly what exceljs writes for the same rows, styled the same:
// the two are written side by side and the sheets' XML compared byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/exchange/cells';
import { exportRegister } from '../../../src/core/exchange/export';
import { MACHINE_SHEET } from '../../../src/core/exchange/machine-copy';
import { bodyRowWriter } from '../../../src/core/exchange/sheet-body';
import { readEntry, zipEntries } from '../../../src/core/exchange/zip-read';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { workbookContent } from '../../helpers/workbook-content';

const STYLE: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
const COLUMNS = 5;

/** Every kind of value a table cell holds, and the characters XML and spreadsheets are particular about. */
const ROWS: CellValue[][] = [
  ['HR-01', 'Payroll & pensions <staff>', 'He said "yes"; it\'s done', 12, null],
  ['tab\tnewline\ncarriage\r', 'control \u0001\u0008\u000b\u000c\u001f\u007f gone', 0, -1.5, 'é ü 漢字 🙂'],
  [null, null, null, null, null],
  ["'=SUM(A1:A2)", "'+44 20 7946 0000", "'-1", "'@cmd", 1e21],
  [123456789012, 0.1, null, '', 'last'],
  ['short row'],
  [null, 'first cell empty', null, 3, null],
];

/** A header committed through exceljs, as every table sheet has, then the body rows by `write`. */
async function writeSheet(file: string, rows: CellValue[][], body: 'exceljs' | 'direct'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Table');
  sheet.columns = Array.from({ length: COLUMNS }, () => ({ width: 20 }));
  const header = sheet.addRow(['A', 'B', 'C', 'D', 'E']);
  header.font = { bold: true };
  header.commit();
  const write = body === 'direct' ? bodyRowWriter(sheet, COLUMNS, STYLE) : null;
  for (const values of rows) {
    if (write) {
      write(values);
      continue;
    }
    const row = sheet.addRow(values);
    for (let i = 1; i <= COLUMNS; i++) row.getCell(i).style = STYLE;
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

function part(file: string, name: string): { text: string; method: number } {
  const data = fs.readFileSync(file);
  const entry = zipEntries(data)?.find((e) => e.name === name);
  if (!entry) throw new Error(`${file} has no part ${name}`);
  return { text: readEntry(data, entry)!.toString('utf8'), method: entry.method };
}

describe('body rows written as XML', () => {
  // exceljs resolves a shared style for the type of the first cell it meets: text, a number, or empty.
  it.each([
    ['text', ROWS],
    ['a number', [[7, 'x', null, null, null], ...ROWS]],
    ['an empty cell', ROWS.slice(2)],
  ])('are byte for byte what exceljs writes, first cell %s', async (_, rows) => {
    const dir = tempDir();
    const viaExceljs = path.join(dir, 'exceljs.xlsx');
    const direct = path.join(dir, 'direct.xlsx');
    await writeSheet(viaExceljs, rows, 'exceljs');
    await writeSheet(direct, rows, 'direct');
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/styles.xml']) {
      expect(part(direct, name).text).toBe(part(viaExceljs, name).text);
    }
  });

  it('keeps the text a regulator reads: escapes, line breaks and other scripts', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'direct.xlsx');
    await writeSheet(file, ROWS, 'direct');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Table')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    // exceljs reads no trailing empty cell into a row's values.
    expect(values(2)).toEqual(ROWS[0]!.slice(0, 4));
    expect(sheet.getRow(2).getCell(2).alignment).toEqual(STYLE.alignment);
    expect(values(3)[4]).toBe('é ü 漢字 🙂');
    expect(values(3)[1]).toBe('control  gone');
    expect(values(5)[0]).toBe("'=SUM(A1:A2)");
    expect(values(6)[0]).toBe(123456789012);
    expect(sheet.getRow(4).hasValues).toBe(false);
  });

  it('refuses to write before the rows exceljs still holds', () => {
    const dir = tempDir();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path.join(dir, 'x.xlsx'),
      useStyles: true,
    });
    const sheet = workbook.addWorksheet('Table');
    sheet.addRow(['not committed']);
    expect(() => bodyRowWriter(sheet, 1, STYLE)).toThrow(/follow committed rows only/);
  });
});

describe('the machine copy in the full workbook', () => {
  it('is stored as it is in the zip (its cells are compressed already), the visible sheets deflated', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'record.xlsx');
    await exportRegister(register, { format: 'full', out });
    register.close();
    const workbookXml = part(out, 'xl/workbook.xml').text;
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const machinePart = `xl/worksheets/sheet${sheets.indexOf(MACHINE_SHEET) + 1}.xml`;
    expect(part(out, machinePart).method).toBe(0);
    expect(part(out, 'xl/worksheets/sheet2.xml').method).toBe(8);
    // Still read back whole: the decoded copy is the register.
    const content = await workbookContent(out);
    const lines = content[MACHINE_SHEET]!.flatMap(([, block]) => block as [string, unknown][]);
    expect(lines.filter(([kind]) => kind === 'activities')).toHaveLength(2);
  });
});
