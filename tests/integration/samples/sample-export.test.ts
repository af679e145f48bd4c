// Each sample exports to the full Article 30 workbook and the ICO template; read back with exceljs.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { createSampleRegister, sampleDocument } from '../../../src/core/samples';
import { tempDir } from '../../helpers/temp-dir';

function cellsOf(workbook: ExcelJS.Workbook): string[] {
  const values: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.text)))),
  );
  return values;
}

describe.each(['omax', 'oomnis', 'omnicrm'])('the %s sample', (name) => {
  it.each(['full', 'ico'] as const)(
    'exports to the %s workbook with every activity in it',
    async (format) => {
      const dir = tempDir();
      const register = createSampleRegister(name, path.join(dir, `${name}.ropa`));
      const out = path.join(dir, `${name}-${format}.xlsx`);
      try {
        const result = await exportRegister(register, { format, out });
        expect(result.activities).toBe(sampleDocument(name).activities.length);
      } finally {
        register.close();
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const text = cellsOf(workbook).join('\n');
      for (const a of sampleDocument(name).activities) {
        // The ICO template has no activity-name column: its rows are identified by purpose.
        if (format === 'full') expect(text).toContain(a.name);
        else if (a.role === 'controller') expect(text).toContain(a.purposes[0]!.description);
      }
    },
  );
});
