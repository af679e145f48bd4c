import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { FULL_SHEETS } from '../../../src/core/exchange/full-workbook';
import { controllerActivities, processorActivities } from '../../../src/core/exchange/full-tables';
import { runChecks, summariseFindings } from '../../../src/core/rules';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

function rowByFirstCell(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(1).value === first) return sheet.getRow(r);
  throw new Error(`no row starting ${first} in ${sheet.name}`);
}

describe('full Article 30 workbook', () => {
  it('writes every sheet with names, not ids, and a regulator-friendly layout', async () => {
    const dir = tempDir();
    const { register, party, client } = createFullRegister(dir);
    const out = path.join(dir, 'record.xlsx');
    const result = await exportRegister(register, { format: 'full', out });
    const counts = summariseFindings(runChecks(register));
    register.close();
    expect(result).toMatchObject({ file: out, activities: 2 });
    expect(result.bytes).toBe(fs.statSync(out).size);
    // The fingerprint "record as sent" stores is the written file's own.
    expect(result.sha256).toBe(createHash('sha256').update(fs.readFileSync(out)).digest('hex'));

    const wb = await read(out);
    const visible = wb.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
    expect(visible).toEqual([...FULL_SHEETS]);
    expect(wb.title).toBe('Record of processing activities: Acme Widgets Ltd');
    expect(wb.subject).toBe('Acme Widgets Ltd');

    const controller = wb.getWorksheet('Controller activities')!;
    expect(rowValues(controller, 1)).toEqual(controllerActivities.columns.map((c) => c.header));
    expect(controller.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(controller.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(controller.autoFilter).toBe('A1:AA1');
    expect(controller.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(controller.getColumn(3).width).toBe(40);
    const payroll = rowByFirstCell(controller, 'HR-01');
    const text = (header: string) =>
      String(payroll.getCell(controllerActivities.columns.findIndex((c) => c.header === header) + 1).value);
    expect(payroll.getCell(2).alignment?.wrapText).toBe(true);
    expect(text('Purposes of the processing (30(1)(b))')).toBe('Pay salaries\nFraud prevention');
    expect(text('Lawful basis per purpose (Art 6)')).toContain(
      'Fraud prevention: GDPR Art 6(1)(f): Legitimate interests',
    );
    expect(text('Lawful basis per purpose (Art 6)')).toContain('LIA: LIA-3');
    expect(text('Categories of personal data (30(1)(c))')).toBe(
      'Test bank details\nTest health records [Art 9]',
    );
    expect(text('Categories of recipients (30(1)(d))')).toContain('Amazon Web Services EMEA SARL');
    expect(text('Transfers to third countries (30(1)(e))')).toContain(
      'United States of America (US) to Amazon Web Services EMEA SARL: SCC Module 2',
    );
    expect(text('Time limits for erasure (30(1)(f))')).toBe(
      'Test health records: 6 years from end of employment\nAll data: Until the dispute is closed',
    );
    expect(text('Security measures (30(1)(g))')).toBe('Test encryption\nRole-based access');
    expect(text('Art 9 conditions')).toContain('GDPR Art 9(2)(b)');
    // No cell anywhere carries an id.
    for (const sheet of wb.worksheets.filter((s) => s.state === 'visible'))
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          expect(String(c.value)).not.toContain(party.id);
          expect(String(c.value)).not.toContain(client.id);
        }),
      );

    const processor = wb.getWorksheet('Processor activities')!;
    expect(rowValues(processor, 1)).toEqual(processorActivities.columns.map((c) => c.header));
    const hosting = rowByFirstCell(processor, 'SV-01');
    expect(String(hosting.getCell(7).value)).toContain('Client Co GmbH: Client DPO, Client Co, Berlin');
    expect(String(hosting.getCell(7).value)).toContain('representative: Client UK rep');
    expect(hosting.getCell(8).value).toBe('Client Co GmbH (Germany (DE)): Hosting and support of the CRM');

    const transfers = wb.getWorksheet('Transfers')!;
    expect(rowValues(transfers, 2).slice(0, 3)).toEqual([
      'HR-01 Payroll',
      'Amazon Web Services EMEA SARL',
      'United States of America (US)',
    ]);
    const retention = wb.getWorksheet('Retention schedule')!;
    expect(rowValues(retention, 2)).toEqual([
      'Test health records',
      'HR-01 Payroll',
      6,
      'years',
      'end of employment',
    ]);
    const parties = wb.getWorksheet('Parties')!;
    const aws = rowByFirstCell(parties, 'Amazon Web Services EMEA SARL');
    expect(aws.getCell(11).value).toBe('2024-01-15');
    // Certifications by name, with when someone last checked them.
    expect(String(aws.getCell(13).value)).toBe(
      'EU-US Data Privacy Framework (DPF list entry), checked 2026-10-01\nISO/IEC 27001 (cert 123), not checked',
    );
    expect(rowByFirstCell(wb.getWorksheet('Security measures')!, 'Test encryption').getCell(3).value).toBe(
      'HR-01 Payroll',
    );

    const cover = wb.getWorksheet('Cover')!;
    expect(rowByFirstCell(cover, 'Organisation').getCell(2).value).toBe('Acme Widgets Ltd');
    expect(String(rowByFirstCell(cover, 'Data protection officer').getCell(2).value)).toContain(
      'Dana Protector, DPO Services Ltd',
    );
    expect(rowByFirstCell(cover, 'Controller activities').getCell(2).value).toBe(1);
    // The completeness summary is the rules engine's: the same counts `ropa check` reports.
    expect(rowByFirstCell(cover, "Completeness (Ropa's checks on the export date)").getCell(2).value).toBe(
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
    );
    expect(String(rowByFirstCell(cover, 'Art 30(2)(c), Art 44').getCell(2).value)).toMatch(
      /^1 error\ne\.g\. SV-01 Hosting for clients: .+/,
    );
  });

  it('neutralises cells that would start a formula', async () => {
    const dir = tempDir();
    const { register, controller } = createFullRegister(dir);
    register.activities.save({
      ...controller,
      description: '=HYPERLINK("http://evil","x")',
      owner: '+1',
      notes: '@SUM(1)',
    });
    const out = path.join(dir, 'x.xlsx');
    await exportRegister(register, { format: 'full', out });
    register.close();
    const sheet = (await read(out)).getWorksheet('Controller activities')!;
    const row = rowByFirstCell(sheet, 'HR-01');
    expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row.getCell(5).value).toBe(`'+1`);
    sheet.eachRow((r) => r.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it('filters by role, status and department', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'p.xlsx');
    expect(
      (await exportRegister(register, { format: 'full', out, filters: { role: 'processor' } })).activities,
    ).toBe(1);
    let wb = await read(out);
    expect(wb.getWorksheet('Controller activities')!.rowCount).toBe(1);
    expect(rowByFirstCell(wb.getWorksheet('Processor activities')!, 'SV-01')).toBeDefined();
    expect(wb.getWorksheet('Transfers')!.rowCount).toBe(1);
    expect(rowByFirstCell(wb.getWorksheet('Cover')!, 'Scope').getCell(2).value).toBe('processor activities');
    expect(
      (await exportRegister(register, { format: 'full', out, filters: { status: 'active' } })).activities,
    ).toBe(1);
    expect(
      (await exportRegister(register, { format: 'full', out, filters: { department: 'hr' } })).activities,
    ).toBe(1);
    wb = await read(out);
    expect(wb.getWorksheet('Parties')!.rowCount).toBe(2); // header + the one processor payroll uses
    register.close();
  });

  it('exports the register as it stood at an earlier date', async () => {
    const dir = tempDir();
    const { register, controller, processor } = createFullRegister(dir);
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    register.activities.save({ ...controller, name: 'Payroll renamed' });
    register.activities.delete(processor.id);
    const out = path.join(dir, 'asat.xlsx');
    const result = await exportRegister(register, { format: 'full', out, filters: { asAt: before } });
    register.close();
    expect(result.activities).toBe(2);
    const wb = await read(out);
    expect(rowByFirstCell(wb.getWorksheet('Controller activities')!, 'HR-01').getCell(2).value).toBe(
      'Payroll',
    );
    expect(rowByFirstCell(wb.getWorksheet('Processor activities')!, 'SV-01')).toBeDefined();
  });

  it('never leaves a half-written file over an old one', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'old.xlsx');
    fs.writeFileSync(out, 'previous export');
    await expect(
      exportRegister(register, { format: 'full', out, filters: { asAt: 'not a date' } }),
    ).rejects.toThrow(/as at/);
    await expect(
      exportRegister(register, { format: 'full', out: path.join(dir, 'missing', 'x.xlsx') }),
    ).rejects.toThrow(/does not exist/);
    register.close();
    expect(fs.readFileSync(out, 'utf8')).toBe('previous export');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
