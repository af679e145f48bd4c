import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { ICO_HEADER_ROW } from '../../../src/core/exchange/ico';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

const template = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../fixtures/exchange/ico-controller-columns.json'), 'utf8'),
) as { columns: string[] };

const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

describe('ICO layout export', () => {
  it('writes the controller template column for column, with its contact block, and a processor sheet', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'ico.xlsx');
    await exportRegister(register, { format: 'ico', out });
    register.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Template', 'Processor']);

    const sheet = wb.getWorksheet('Template')!;
    expect(ICO_HEADER_ROW).toBe(9);
    expect(values(sheet, 9)).toEqual(template.columns);
    expect(template.columns).toHaveLength(30);
    expect(values(sheet, 1)).toEqual([undefined, 'Name', 'Address', 'Email', 'Telephone']);
    expect(values(sheet, 2).slice(0, 2)).toEqual(['Controller', 'Acme Widgets Ltd']);
    expect(values(sheet, 3)).toEqual([
      'Data Protection Officer',
      'Dana Protector, DPO Services Ltd',
      '2 Low Road',
      'dpo@dpo.example',
      "'+44 1", // a leading + is neutralised like any formula character
    ]);
    expect(values(sheet, 4)[1]).toBe('Rep EU, EU Rep BV');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(sheet.autoFilter).toBe('A9:AD9');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '9:9' });

    const row = values(sheet, 10);
    const at = (label: string) => row[template.columns.indexOf(label)];
    expect(at('Business function')).toBe('HR');
    expect(at('Purpose of processing')).toBe('Pay salaries\nFraud prevention');
    expect(at('Link to contract with processor')).toBe(
      'Amazon Web Services EMEA SARL: AWS GDPR DPA, signed 2024-01-15',
    );
    expect(
      at(
        'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      ),
    ).toBe('United States of America (US)');
    expect(at('Legitimate interests for the processing (if applicable)')).toBe('Preventing payroll fraud');
    expect(at('Link to record of legitimate interests assessment (if applicable)')).toBe('LIA-3');
    expect(at('Rights available to individuals')).toContain('objection');
    expect(at('Data Protection Impact Assessment required?')).toBe('Yes');
    expect(at('Data Protection Impact Assessment progress')).toBe('completed');

    const processor = wb.getWorksheet('Processor')!;
    expect(values(processor, 2).slice(0, 2)).toEqual(['Processor', 'Acme Widgets Ltd']);
    const client = values(processor, 10);
    expect(client[0]).toBe('SV-01 Hosting for clients');
    expect(client[1]).toBe('Client Co GmbH: Client DPO, Client Co, Berlin, dpo@client.example, +49 1');
    expect(client[2]).toBe('Client UK rep, Rep Ltd, London, rep@client.example');
    expect(client[3]).toBe('Hosting and support of the CRM');
  });

  it('writes only the processor sheet for --role processor', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'ico-p.xlsx');
    await exportRegister(register, { format: 'ico', out, filters: { role: 'processor' } });
    register.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Processor']);
  });
});
