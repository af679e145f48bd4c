// Edits a DPO makes in Excel to the visible activity sheets of Ropa's workbook are not dropped silently:
// plain fields are imported, everything else is reported by sheet, row and column.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { importFullWorkbook } from '../../../src/core/exchange/workbook-import';
import { createRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

async function exported(dir: string) {
  const { register, controller } = createFullRegister(dir);
  const file = path.join(dir, 'record.xlsx');
  await exportRegister(register, { format: 'full', out: file });
  const original = register.activities.list();
  register.close();
  return { file, controller, original };
}

/** Opens the workbook as another program would, lets `edit` change it, and saves it again. */
async function resave(file: string, out: string, edit: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(out);
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

async function importInto(dir: string, file: string) {
  const target = createRegister(path.join(dir, `target-${path.basename(file)}.ropa`), { legalName: 'T' });
  const summary = await importFullWorkbook(target, file, 'replace');
  const activities = target.activities.list();
  target.close();
  return { summary, activities };
}

describe('edits made to the visible sheets of the full workbook', () => {
  it('a re-saved workbook with no edits imports without a warning', async () => {
    const dir = tempDir();
    const { file, original } = await exported(dir);
    const copy = path.join(dir, 'resaved.xlsx');
    await resave(file, copy, () => undefined);
    const { summary, activities } = await importInto(dir, copy);
    expect(summary.warnings).toBeUndefined();
    expect(activities).toEqual(original);
  });

  it('imports edited plain fields and reports every other edit by sheet, row and column', async () => {
    const dir = tempDir();
    const { file, controller, original } = await exported(dir);
    const copy = path.join(dir, 'edited.xlsx');
    await resave(file, copy, (wb) => {
      const sheet = wb.getWorksheet('Controller activities')!;
      const row = sheet.getRow(2);
      expect(row.getCell(1).value).toBe(controller.reference);
      row.getCell(column(sheet, 'Processing activity')).value = 'Payroll and pensions';
      row.getCell(column(sheet, 'Owner')).value = 'Head of People';
      row.getCell(column(sheet, 'Purposes of the processing (30(1)(b))')).value = 'Something else';
      row.getCell(column(sheet, 'Next review')).value = 'next spring';
      sheet.addRow(['NEW-1', 'Visitor log']);
    });
    const { summary, activities } = await importInto(dir, copy);
    const imported = activities.find((a) => a.id === controller.id)!;
    expect(imported.name).toBe('Payroll and pensions');
    expect(imported.owner).toBe('Head of People');
    // Not imported: the purposes (several fields in one cell) and the date that is not a date.
    expect(imported.purposes).toEqual(original.find((a) => a.id === controller.id)!.purposes);
    expect(imported.nextReviewAt).toBe(controller.nextReviewAt);
    expect(activities).toHaveLength(original.length);

    const messages = (summary.warnings ?? []).map((w) => `${w.path}: ${w.message}`);
    const at = (header: string) => `sheet "Controller activities", row 2, column "${header}"`;
    expect(messages.find((m) => m.includes(at('Processing activity')))).toContain('imported as');
    expect(messages.find((m) => m.includes(at('Purposes of the processing (30(1)(b))')))).toContain(
      'was not imported',
    );
    expect(messages.find((m) => m.includes(at('Next review')))).toContain('YYYY-MM-DD');
    expect(messages.find((m) => m.includes('NEW-1'))).toMatch(/row \d+: "NEW-1" is not in the register/);
    expect(messages.every((m) => m.startsWith(copy))).toBe(true);
  });
});
