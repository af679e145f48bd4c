import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { DEFAULT_LIMITS } from '../../../src/core/exchange/file-guard';
import { decodeBlock, MACHINE_SHEET } from '../../../src/core/exchange/machine-copy';
import { readMachineSheetFast } from '../../../src/core/exchange/machine-sheet';
import { importFullWorkbook } from '../../../src/core/exchange/workbook-import';
import { createRegister, type Register } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { makeZip } from './zip';
import { workbookContent as content } from '../../helpers/workbook-content';

const counts = (r: Register) => ({
  activities: r.activities.list().length,
  parties: r.parties.list().length,
  transfers: r.transfers.list().length,
  terms: r.terms.list().length,
  name: r.organisation.get().legalName,
});

describe('import of the full workbook', () => {
  it('round-trips without loss: export, import into an empty register, export again', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const first = path.join(dir, 'first.xlsx');
    await exportRegister(register, { format: 'full', out: first });
    const original = register.activities.list();
    register.close();

    const empty = createRegister(path.join(dir, 'empty.ropa'), { legalName: 'Empty Ltd' });
    const summary = await importFullWorkbook(empty, first, 'replace');
    expect(summary).toMatchObject({ activities: 2, parties: 2, transfers: 1 });
    expect(empty.activities.list()).toEqual(original);
    const second = path.join(dir, 'second.xlsx');
    await exportRegister(empty, { format: 'full', out: second });
    empty.close();
    expect(await content(second)).toEqual(await content(first));
    // Ropa's own file is read through the fast path (one part inflated), not a full parse.
    const fast = readMachineSheetFast(first);
    expect(fast?.[0]?.values[0]).toBe('header');
    expect(fast?.slice(1).every((row) => row.values[0] === 'block')).toBe(true);
  });

  it('reports an invalid row by sheet and row and writes nothing', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const file = path.join(dir, 'x.xlsx');
    await exportRegister(register, { format: 'full', out: file });
    // Break one activity in the machine copy, as a hand edit would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet(MACHINE_SHEET)!;
    const broken = 2;
    const row = sheet.getRow(broken);
    const lines = decodeBlock((row.values as string[]).slice(2));
    const at = lines.findIndex(([list]) => list === 'activities');
    lines[at] = ['activities', { ...(lines[at]![1] as object), name: '', status: 'maybe' }];
    const encoded = zlib
      .deflateRawSync(Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')))
      .toString('base64');
    row.values = ['block', encoded];
    await wb.xlsx.writeFile(file);
    // Re-saved with shared strings, as Excel would: the fast path steps aside for the full reader.
    expect(readMachineSheetFast(file)).toBeNull();
    const target = createRegister(path.join(dir, 't.ropa'), { legalName: 'Target Ltd' });
    const before = counts(target);
    const error = await importFullWorkbook(target, file, 'replace').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`sheet "${MACHINE_SHEET}", row ${broken}: activities[0].name`);
    expect((error as Error).message).toContain(`row ${broken}: activities[0].status`);
    expect(counts(target)).toEqual(before);
    target.close();
    register.close();
  });
});

describe('refusals', () => {
  const setup = () => {
    const dir = tempDir();
    const register = createRegister(path.join(dir, 'r.ropa'), { legalName: 'Refusing Ltd' });
    return { dir, register, before: counts(register) };
  };
  const refused = async (file: string, pattern: RegExp, limits = DEFAULT_LIMITS) => {
    const { register, before } = setup();
    await expect(importFullWorkbook(register, file, 'replace', limits)).rejects.toThrow(pattern);
    expect(counts(register)).toEqual(before);
    register.close();
  };

  it('refuses a file that is not a spreadsheet', async () => {
    const file = path.join(tempDir(), 'photo.xlsx');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await refused(file, /not a spreadsheet/);
  });

  it('refuses an empty file', async () => {
    const file = path.join(tempDir(), 'empty.xlsx');
    fs.writeFileSync(file, '');
    await refused(file, /the file is empty/);
  });

  it('refuses a password-protected workbook', async () => {
    const file = path.join(tempDir(), 'locked.xlsx');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    await refused(file, /password-protected/);
  });

  it('refuses a zip that is not a workbook (the CNIL .ods model)', async () => {
    await refused(
      '/work/shared/fixtures/ropa/cnil/registre-traitement-simplifie.ods',
      /not an Excel \.xlsx workbook/,
    );
  });

  it('refuses a zip bomb before inflating it', async () => {
    const file = path.join(tempDir(), 'bomb.xlsx');
    fs.writeFileSync(
      file,
      makeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50_000_000, 0x20) },
      ]),
    );
    await refused(file, /likely zip bomb/);
  });

  it('refuses oversized cells and too many rows', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Data');
    sheet.addRow(['x'.repeat(40_000)]);
    await wb.xlsx.writeFile(big);
    await refused(big, /row 1, column 1 holds 40000 characters/);

    const many = path.join(dir, 'many.xlsx');
    const wb2 = new ExcelJS.Workbook();
    const sheet2 = wb2.addWorksheet('Data');
    for (let i = 0; i < 20; i++) sheet2.addRow([`row ${i}`]);
    await wb2.xlsx.writeFile(many);
    await refused(many, /more than 10 rows/, { ...DEFAULT_LIMITS, maxRows: 10 });
  });

  it('refuses a workbook Ropa did not write, pointing to the other formats', async () => {
    const file = path.join(tempDir(), 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Name', 'Purpose']);
    await wb.xlsx.writeFile(file);
    await refused(file, /not exported by Ropa/);
  });
});
