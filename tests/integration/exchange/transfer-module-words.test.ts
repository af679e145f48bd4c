// A transfer under the UK Addendum names the EU SCC module it amends; the exports a regulator reads must say
// which (the ICO layout's safeguards column, the full workbook's activities sheet), not the Addendum alone.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { transferMechanismLabel } from '../../../src/core/exchange/labels';
import { createRegister } from '../../../src/core/store/register';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';

function registerWithAddendumTransfer(dir: string) {
  const register = createRegister(path.join(dir, 'acme.ropa'), { legalName: 'Acme Ltd' });
  const twilio = register.parties.save(
    PartyFields.parse({ name: 'Twilio Inc', roles: ['processor'], country: 'US' }),
  );
  const sms = register.activities.save({
    ...blankActivity('controller', 'MK-01'),
    name: 'SMS campaigns',
    parties: [{ partyId: twilio.id, relation: 'processor', description: '' }],
  });
  register.transfers.save(
    TransferFields.parse({
      activityId: sms.id,
      partyId: twilio.id,
      country: 'US',
      mechanism: 'uk-addendum',
      sccModule: '2',
    }),
  );
  return register;
}

describe('the SCC module of a transfer in the exports', () => {
  it('is named after a mechanism that has none of its own, and not repeated after one that has', () => {
    expect(transferMechanismLabel({ mechanism: 'uk-addendum', sccModule: '2' })).toMatch(
      /Addendum.*, SCC Module 2$/,
    );
    expect(transferMechanismLabel({ mechanism: 'eu-scc-m2-c2p', sccModule: '2' })).not.toMatch(
      /, SCC Module 2$/,
    );
    expect(transferMechanismLabel({ mechanism: null, sccModule: '2' })).toBe('');
  });

  it('is written in the ICO layout and in the full workbook', async () => {
    const dir = tempDir();
    const register = registerWithAddendumTransfer(dir);
    const ico = path.join(dir, 'ico.xlsx');
    const full = path.join(dir, 'full.xlsx');
    await exportRegister(register, { format: 'ico', out: ico });
    await exportRegister(register, { format: 'full', out: full });
    register.close();

    const texts = async (file: string, sheet: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const found: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') found.push(cell.value);
        }),
      );
      return found;
    };
    expect((await texts(ico, 'Template')).some((t) => /Addendum.*, SCC Module 2/.test(t))).toBe(true);
    expect((await texts(full, 'Controller activities')).some((t) => /Addendum.*, SCC Module 2/.test(t))).toBe(
      true,
    );
  });
});
