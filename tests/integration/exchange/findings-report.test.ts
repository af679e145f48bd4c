// The gap report, read back with exceljs: every finding of the checks, worst first, each with the activity it
// concerns and who owns it; the same scope as any export, through the contract and the command line.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { exportRegister } from '../../../src/core/exchange/export';
import { createHandlers } from '../../../src/core/handlers';
import { runChecks } from '../../../src/core/rules';
import { createFullRegister } from '../../helpers/full-register';
import { ropa } from '../../helpers/ropa-cli';
import { tempDir } from '../../helpers/temp-dir';

const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('the gap report', () => {
  it('lists every finding, errors first, with the activity, its department and owner', async () => {
    const dir = tempDir();
    const { register, controller, transfer } = createFullRegister(dir);
    // A transfer without a mechanism: an error on the transfer, counted against its activity.
    register.transfers.save({ ...transfer, mechanism: null, sccModule: null });
    const today = new Date().toISOString().slice(0, 10);
    const findings = runChecks(register, { today });
    const out = path.join(dir, 'gaps.xlsx');
    const result = await exportRegister(register, { format: 'gaps', out });
    expect(result).toMatchObject({ file: out, activities: 2 });
    register.close();

    const wb = await read(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['About', 'Gaps']);
    const about = wb.getWorksheet('About')!;
    expect(values(about, 2)).toEqual(['Organisation', 'Acme Widgets Ltd']);
    const counted = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(values(about, 7)).toEqual([
      'Findings',
      `${counted('error')} error${counted('error') === 1 ? '' : 's'}, ${counted('warning')} warning${counted('warning') === 1 ? '' : 's'}, ${counted('info')} note${counted('info') === 1 ? '' : 's'}`,
    ]);

    const sheet = wb.getWorksheet('Gaps')!;
    expect(values(sheet, 1)).toEqual([
      'Severity',
      'Provision',
      'Activity reference',
      'Concerning',
      'Finding',
      'Department',
      'Owner',
      'Rule',
    ]);
    expect(sheet.rowCount).toBe(findings.length + 1);
    const rows = Array.from({ length: findings.length }, (_, i) => values(sheet, i + 2));
    // Worst first, in the checks' own order.
    expect(rows.map((r) => r[7])).toEqual(findings.map((f) => f.ruleId));
    expect(rows.map((r) => r[0])).toEqual(
      findings.map((f) => ({ error: 'Error', warning: 'Warning', info: 'Note' })[f.severity]),
    );
    const missing = rows.find((r) => r[7] === 'transfer.mechanism-missing');
    expect(missing).toEqual([
      'Error',
      expect.any(String),
      controller.reference,
      expect.stringContaining('transfer to Amazon Web Services EMEA SARL'),
      expect.stringContaining('mechanism'),
      'HR',
      'Head of HR',
      'transfer.mechanism-missing',
    ]);
    // An organisation's finding concerns no activity.
    const organisation = rows.find((r) => String(r[7]).startsWith('organisation.'));
    if (organisation) expect(organisation.slice(2, 3)).toEqual([undefined]);
    // A regulator-friendly sheet like the others: frozen header with a filter.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('follows the export’s scope, and is written from the command line', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const handlers = createHandlers(register);
    const out = path.join(dir, 'processor-gaps.xlsx');
    const written = await dispatch(handlers, 'exports:write', {
      format: 'gaps',
      out,
      filters: { role: 'processor' },
    });
    expect(written).toMatchObject({ ok: true, value: { activities: 1 } });
    const file = register.file;
    register.close();
    const sheet = (await read(out)).getWorksheet('Gaps')!;
    const references = new Set<unknown>();
    sheet.eachRow((row, n) => n > 1 && references.add((row.values as unknown[])[3]));
    references.delete(undefined);
    expect([...references]).toEqual(['SV-01']);

    const cli = ropa('export', file, '--format', 'gaps', '--out', path.join(dir, 'cli-gaps.xlsx'));
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain('Exported 2 activities (gaps');
  });
});
