import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../../src/core/exchange/import';
import { createRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';

const fixtures = path.join(__dirname, '../../fixtures/exchange');
const csv = path.join(fixtures, 'dpo-spreadsheet.csv');
const mapping = JSON.parse(fs.readFileSync(path.join(fixtures, 'dpo-mapping.json'), 'utf8')) as unknown;

const newRegister = () => createRegister(path.join(tempDir(), 'm.ropa'), { legalName: 'Mapped Ltd' });

describe('CSV import with a column mapping', () => {
  it('previews the first rows, the new terms and the ignored columns without writing', async () => {
    const register = newRegister();
    const preview = await previewImport(register, csv, mapping);
    expect(preview.issues).toEqual([]);
    expect(preview.total).toBe(2);
    expect(preview.ignoredColumns).toEqual(['Comments']);
    expect(preview.rows[0]).toEqual({
      reference: 'HR-10',
      name: 'Recruitment',
      role: 'controller',
      purposes: ['Assess candidates (art6-1-b)', 'Keep a reserve list (art6-1-a)'],
    });
    expect(preview.newTerms).toContainEqual({ list: 'personal-data', label: 'CVs' });
    expect(register.activities.list()).toEqual([]);
    register.close();
  });

  it('imports every row in one transaction, reusing existing terms and creating the others', async () => {
    const register = newRegister();
    const summary = await importFile(register, { source: csv, format: 'mapped', mode: 'merge', mapping });
    expect(summary).toMatchObject({ activities: 2, dryRun: false });
    const recruitment = register.activities.list().find((a) => a.reference === 'HR-10')!;
    expect(recruitment.department).toBe('HR');
    expect(recruitment.retention).toMatchObject([{ rule: '6 months after the campaign' }]);
    const labels = register.terms
      .list('personal-data')
      .filter((t) => recruitment.personalDataIds.includes(t.id));
    expect(labels.map((t) => t.label).sort()).toEqual(['CVs', 'Contact details']);
    register.close();
  });

  it('reports every bad row with file, row, column and what was expected, and writes nothing', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'Ref,Activity,Legal basis,Why we process\r\nHR-1,Payroll,Because,Pay\r\nHR-1,,Contract,Pay\r\n',
    );
    const register = newRegister();
    const m = {
      columns: {
        Ref: 'reference',
        Activity: 'name',
        'Legal basis': 'lawfulBasis',
        'Why we process': 'purposes',
      },
    };
    const preview = await previewImport(register, bad, m);
    const messages = preview.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /bad\.csv, row 2, column "Legal basis": unknown lawful basis "Because"; expected one of Consent/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/row 3, column "Activity": an activity needs a name/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/row 3, column "Ref": reference HR-1 is already used in row 2/),
    );
    await expect(
      importFile(register, { source: bad, format: 'mapped', mode: 'merge', mapping: m }),
    ).rejects.toThrow(/3 problem\(s\); nothing was imported/);
    expect(register.activities.list()).toEqual([]);
    await expect(previewImport(register, bad, { columns: { Ref: 'colour' } })).rejects.toThrow(
      /column mapping is not valid/,
    );
    register.close();
  });
});
