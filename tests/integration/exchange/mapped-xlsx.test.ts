import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../../src/core/exchange/import';
import { createRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';
import { makeZip } from './zip';

const fixtures = path.join(__dirname, '../../fixtures/exchange');
const mapping = JSON.parse(fs.readFileSync(path.join(fixtures, 'dpo-mapping.json'), 'utf8')) as {
  columns: Record<string, string>;
};

const newRegister = (dir: string) => createRegister(path.join(dir, 'm.ropa'), { legalName: 'Mapped Ltd' });

const HEADERS = [
  'Ref',
  'Activity',
  'Team',
  'Why we process',
  'Legal basis',
  'Who',
  'What data',
  'Kept for',
  'Reviewed',
  'Comments',
];

/** The DPO's spreadsheet of dpo-spreadsheet.csv, as an Excel workbook: a cover sheet first, then the register. */
async function workbook(file: string, rows: (string | Date | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Read me').getCell('A1').value = 'Our processing register, kept by the DPO';
  const sheet = wb.addWorksheet('Register');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  await wb.xlsx.writeFile(file);
}

const GOOD = [
  [
    'HR-10',
    'Recruitment',
    'HR',
    'Assess candidates\nKeep a reserve list',
    'Contract\nConsent',
    'Job applicants',
    'CVs; Contact details',
    '6 months after the campaign',
    new Date(Date.UTC(2025, 0, 31)),
    'Uses "Workable"',
  ],
  [
    'MK-01',
    'Newsletter',
    'Marketing',
    'Send the newsletter',
    'Consent',
    'Subscribers',
    'E-mail address',
    'Until unsubscribe',
    null,
    null,
  ],
];

describe('mapped import of an .xlsx workbook', () => {
  it('previews the sheet the mapping names, with the first rows and new terms, without writing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'register.xlsx');
    await workbook(file, GOOD);
    const register = newRegister(dir);
    const m = { ...mapping, columns: { ...mapping.columns, Reviewed: 'lastReviewedAt' }, sheet: 'Register' };
    // Without a sheet the first one is read, and the preview lists the sheets to choose from.
    const first = await previewImport(register, file, { columns: {} });
    expect(first).toMatchObject({ sheets: ['Read me', 'Register'], sheet: 'Read me' });
    const preview = await previewImport(register, file, m);
    expect(preview).toMatchObject({ sheets: ['Read me', 'Register'], sheet: 'Register' });
    expect(preview.issues).toEqual([]);
    expect(preview.total).toBe(2);
    expect(preview.headers).toEqual(HEADERS);
    expect(preview.ignoredColumns).toEqual(['Comments']);
    expect(preview.rows[0]).toEqual({
      reference: 'HR-10',
      name: 'Recruitment',
      role: 'controller',
      purposes: ['Assess candidates (art6-1-b)', 'Keep a reserve list (art6-1-a)'],
    });
    expect(preview.newTerms).toContainEqual({ list: 'personal-data', label: 'CVs' });
    expect(register.activities.list()).toEqual([]);

    const result = await importFile(register, { source: file, format: 'mapped', mode: 'merge', mapping: m });
    expect(result).toMatchObject({ activities: 2, dryRun: false });
    const recruitment = register.activities.list().find((a) => a.reference === 'HR-10')!;
    // A date cell reads as the day it shows.
    expect(recruitment).toMatchObject({ department: 'HR', lastReviewedAt: '2025-01-31' });
    expect(recruitment.retention).toMatchObject([{ rule: '6 months after the campaign' }]);
    register.close();
  });

  it('reads the first sheet that holds something when the mapping names none', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'one-sheet.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const sheet = wb.addWorksheet('Sheet2');
    sheet.addRow(HEADERS);
    sheet.addRow(GOOD[1]!);
    await wb.xlsx.writeFile(file);
    const register = newRegister(dir);
    const preview = await previewImport(register, file, mapping);
    expect(preview).toMatchObject({ total: 1, issues: [] });
    expect(preview.rows[0]?.reference).toBe('MK-01');
    register.close();
  });

  it('reports each bad row with file, sheet, row and column, and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.xlsx');
    await workbook(file, [
      ['HR-1', 'Payroll', 'HR', 'Pay', 'Because', null, null, null, 'someday', null],
      ['HR-1', null, 'HR', 'Pay', 'Contract', null, null, null, null, null],
    ]);
    const register = newRegister(dir);
    const m = { ...mapping, columns: { ...mapping.columns, Reviewed: 'lastReviewedAt' }, sheet: 'Register' };
    const preview = await previewImport(register, file, m);
    const messages = preview.issues.map((i) => `${i.path}: ${i.message}`);
    const at = (row: number, column: string) => `${file}, sheet "Register", row ${row}, column "${column}"`;
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${at(2, 'Legal basis')}: unknown lawful basis "Because"`),
        expect.stringContaining(
          `${at(2, 'Reviewed')}: expected a date written YYYY-MM-DD or DD/MM/YYYY, found "someday"`,
        ),
        expect.stringContaining(`${at(3, 'Activity')}: an activity needs a name`),
        expect.stringContaining(`${at(3, 'Ref')}: reference HR-1 is already used in row 2`),
      ]),
    );
    await expect(
      importFile(register, { source: file, format: 'mapped', mode: 'merge', mapping: m }),
    ).rejects.toThrow(/4 problem\(s\); nothing was imported/);
    expect(register.activities.list()).toEqual([]);
    expect(register.terms.list().filter((t) => t.seedKey === null)).toEqual([]);
    register.close();
  });

  it('refuses a sheet the workbook does not have, and a file that is not a spreadsheet', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'register.xlsx');
    await workbook(file, GOOD);
    const register = newRegister(dir);
    await expect(previewImport(register, file, { ...mapping, sheet: 'Registre' })).rejects.toThrow(
      /register\.xlsx: the mapping names the sheet "Registre", which the workbook does not have; its sheets are "Read me", "Register"\. Nothing was imported\./,
    );
    const binary = path.join(dir, 'photo.xlsx');
    fs.writeFileSync(binary, Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(100)]));
    await expect(
      importFile(register, { source: binary, format: 'mapped', mode: 'merge', mapping }),
    ).rejects.toThrow(/photo\.xlsx: the file is not a spreadsheet/);
    expect(register.activities.list()).toEqual([]);
    register.close();
  });
});

/** A minimal OpenDocument spreadsheet, as LibreOffice saves one: a mimetype part and one table per sheet. */
function odsFile(file: string, sheets: Record<string, string[][]>): void {
  const cell = (text: string) =>
    `<table:table-cell office:value-type="string"><text:p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text:p></table:table-cell>`;
  const tables = Object.entries(sheets)
    .map(
      ([name, rows]) =>
        `<table:table table:name="${name}">${rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('')}</table:table>`,
    )
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  fs.writeFileSync(
    file,
    makeZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
      { name: 'content.xml', data: Buffer.from(content) },
      {
        name: 'META-INF/manifest.xml',
        data: Buffer.from(
          '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        ),
      },
    ]),
  );
}

describe('mapped import of an OpenDocument spreadsheet (.ods)', () => {
  it('reads the sheet the mapping names, like a workbook', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'register.ods');
    odsFile(file, {
      Notes: [['Kept by the DPO']],
      Register: [
        ['Ref', 'Activity', 'Why we process', 'Legal basis'],
        ['HR-10', 'Recruitment', 'Assess candidates', 'Contract'],
        ['MK-01', 'Newsletter', 'Send the newsletter', 'Consent'],
      ],
    });
    const register = newRegister(dir);
    const m = {
      columns: {
        Ref: 'reference',
        Activity: 'name',
        'Why we process': 'purposes',
        'Legal basis': 'lawfulBasis',
      },
      sheet: 'Register',
    };
    const preview = await previewImport(register, file, m);
    expect(preview).toMatchObject({ sheets: ['Notes', 'Register'], sheet: 'Register', issues: [], total: 2 });
    await importFile(register, { source: file, format: 'mapped', mode: 'merge', mapping: m });
    const stored = register.activities.list().map((a) => [a.reference, a.name, a.purposes[0]?.lawfulBasis]);
    register.close();
    expect(stored).toEqual([
      ['HR-10', 'Recruitment', 'art6-1-b'],
      ['MK-01', 'Newsletter', 'art6-1-a'],
    ]);
  });
});
