// `ropa export` and `ropa import` for the workbook formats, as a separate process on real files.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { ropa } from '../../helpers/ropa-cli';

const root = path.resolve(__dirname, '../../..');

const activityCount = (file: string): number => {
  const register = openRegister(file);
  try {
    return register.activities.list().length;
  } finally {
    register.close();
  }
};

describe('ropa export / import (workbooks)', () => {
  it('exports a filtered full workbook, then imports it (dry run first) into another register', async () => {
    const dir = tempDir();
    createFullRegister(dir, 'source.ropa').register.close();
    const source = path.join(dir, 'source.ropa');
    const xlsx = path.join(dir, 'record.xlsx');
    const exported = ropa('export', source, '--format', 'full', '--role', 'controller', '--out', xlsx);
    expect(exported.stderr).toMatch(/Exported 1 activity \(full, \d+ KB\) to .*record\.xlsx\./);
    expect(exported.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Processor activities')!.rowCount).toBe(1);

    const target = path.join(dir, 'target.ropa');
    expect(ropa('init', target, '--name', 'Target Ltd').code).toBe(0);
    const dry = ropa('import', target, xlsx, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toMatch(
      /Dry run: .* would import 1 activity, 1 party, 1 transfer .*Nothing was written/,
    );
    expect(activityCount(target)).toBe(0);
    const real = ropa('import', target, xlsx);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Imported 1 activity,/);
    expect(activityCount(target)).toBe(1);
  });

  it('exports CSV and DPV, and refuses a bad file with exit code 1', () => {
    const dir = tempDir();
    createFullRegister(dir, 'source.ropa').register.close();
    const source = path.join(dir, 'source.ropa');
    expect(ropa('export', source, '--format', 'csv', '--out', path.join(dir, 'csv')).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'csv'))).toContain('controller-activities.csv');
    expect(ropa('export', source, '--format', 'dpv', '--out', path.join(dir, 'r.jsonld')).code).toBe(0);
    expect(ropa('export', source, '--format', 'full').stderr).toMatch(/--out is required/);
    expect(ropa('export', source, '--format', 'json', '--as-at', 'yesterday').code).toBe(1);

    const fixtures = path.join(root, 'tests/fixtures/exchange');
    const mapped = ropa(
      'import',
      source,
      path.join(fixtures, 'dpo-spreadsheet.csv'),
      '--mapping',
      path.join(fixtures, 'dpo-mapping.json'),
      '--mode',
      'merge',
      '--dry-run',
    );
    expect(mapped.stdout).toMatch(/Dry run: .* would import 2 activities/);
    expect(activityCount(source)).toBe(2);

    const empty = path.join(dir, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    const refused = ropa('import', source, empty);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/empty\.xlsx: the file is empty\. Nothing was imported\./);
    expect(activityCount(source)).toBe(2);
  });
});
