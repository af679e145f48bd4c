import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/core/exchange/import';
import { createRegister } from '../../../src/core/store/register';
import {
  formatFromFile,
  isNotRopaWorkbook,
} from '../../../src/renderer/src/features/exchange/import-formats';
import { placeIssue, warningTexts } from '../../../src/renderer/src/features/exchange/import-issues';
import { tempDir } from '../../helpers/temp-dir';

describe('the import layout guessed from the file', () => {
  it('reads JSON as a Ropa document, .ods as the CNIL model, CSV through a mapping, .xlsx first as Ropa’s own', () => {
    expect(formatFromFile('/home/dpo/acme.JSON')).toBe('json');
    expect(formatFromFile('/home/dpo/registre.ods')).toBe('cnil');
    expect(formatFromFile('C:\\Users\\dpo\\register.csv')).toBe('mapped');
    expect(formatFromFile('/home/dpo/acme-article30.xlsx')).toBe('full');
    expect(formatFromFile('/home/consultant/Client B.ropa')).toBe('register');
  });

  it('recognises the full workbook reader’s refusal of a workbook Ropa did not write', () => {
    expect(
      isNotRopaWorkbook(
        '/x/ico.xlsx: this workbook was not exported by Ropa (it has no "ropa-data" sheet). Import it with --format ico, cnil or a column mapping. Nothing was imported.',
      ),
    ).toBe(true);
    expect(isNotRopaWorkbook('/x/a.xlsx: the file is a damaged zip archive')).toBe(false);
  });
});

describe('the problems of a mapped import, placed by row and column', () => {
  it('splits the places the mapped import writes into row, column and message', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'dpo, 2025.csv');
    fs.writeFileSync(
      csv,
      'Ref,Activity,Legal basis,Why\r\nHR-1,Payroll,Because,Pay\r\nHR-2,,Contract,Pay\r\n',
    );
    const register = createRegister(path.join(dir, 'r.ropa'), { legalName: 'Placed Ltd' });
    const preview = await previewImport(register, csv, {
      columns: {
        Ref: 'reference',
        Activity: 'name',
        'Legal basis': 'lawfulBasis',
        Why: 'purposes',
        Gone: 'notes',
      },
    });
    register.close();
    const placed = preview.issues.map(placeIssue);
    expect(placed).toContainEqual({
      row: 1,
      column: null,
      message: 'the mapping names a column "Gone" the file does not have',
    });
    expect(placed).toContainEqual(
      expect.objectContaining({
        row: 2,
        column: 'Legal basis',
        message: expect.stringMatching(/^unknown lawful basis "Because"/),
      }),
    );
    expect(placed).toContainEqual({ row: 3, column: 'Activity', message: 'an activity needs a name' });
  });

  it('keeps a place it cannot split whole in the message', () => {
    expect(placeIssue({ path: 'sheet "Registre"', message: 'no header row' })).toEqual({
      row: null,
      column: null,
      message: 'sheet "Registre": no header row',
    });
  });

  it('shows warnings given as texts or as issues', () => {
    expect(warningTexts(undefined)).toEqual([]);
    expect(
      warningTexts([
        'Privacy Shield is no longer a valid mechanism',
        { path: 'row 4', message: 'old CNIL choice' },
      ]),
    ).toEqual(['Privacy Shield is no longer a valid mechanism', 'row 4: old CNIL choice']);
  });
});
