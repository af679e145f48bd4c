import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CNIL_LIST_COLUMNS } from '../../../src/core/exchange/cnil-labels';
import { exportRegister } from '../../../src/core/exchange/export';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('CNIL layout export', () => {
  it('writes the list of processing activities and one fiche per activity in the model’s French labels', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'registre.xlsx');
    await exportRegister(register, { format: 'cnil', out });
    register.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Liste des traitements', 'Fiche HR-01', 'Fiche SV-01']);

    const list = wb.getWorksheet('Liste des traitements')!;
    // The model's own labels (sheet 2 of registre-traitement-simplifie.ods), in order.
    expect(CNIL_LIST_COLUMNS).toEqual([
      'Nom du traitement',
      'N° / RÉF',
      'Date de création de la fiche',
      'Dernière mise à jour de la fiche',
      'Finalité du traitement',
      'Données sensibles ? (Oui/non)',
    ]);
    expect(values(list, 5)).toEqual([...CNIL_LIST_COLUMNS]);
    expect(String(values(list, 1)[0])).toMatch(/^Coordonnées du responsable de l'organisme/);
    const payroll = values(list, 6);
    expect(payroll.slice(0, 2)).toEqual(['Payroll', 'HR-01']);
    expect(payroll[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(payroll[4]).toBe('Pay salaries, Fraud prevention');
    expect(payroll[5]).toBe('Oui');
    expect(values(list, 7)[5]).toBe('Non');
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });

    const fiche = rowsOf(wb.getWorksheet('Fiche HR-01')!);
    const find = (label: string) => fiche.find((r) => r[0] === label);
    const value = (label: string) => find(label)?.[1];
    expect(value('Nom du traitement')).toBe('Payroll');
    expect(value('N° / RÉF')).toBe('HR-01');
    expect(value('Finalité principale')).toBe('Pay salaries');
    expect(value('Sous-finalité 1')).toBe('Fraud prevention');
    expect(find('Responsable du traitement')?.slice(0, 1)).toEqual(['Responsable du traitement']);
    expect(find('Délégué à la protection des données')?.[1]).toBe('Dana Protector');
    expect(find('Société du DPO (si celui-ci est externe)')).toEqual([
      'Société du DPO (si celui-ci est externe)',
      'DPO Services Ltd',
    ]);
    expect(find('Catégorie de personnes 1')).toEqual([
      'Catégorie de personnes 1',
      undefined,
      'Test employees',
    ]);
    expect(find('Destinataire 2')).toEqual([
      'Destinataire 2',
      'Sous-traitants',
      'Amazon Web Services EMEA SARL',
    ]);
    expect(find('Mesure de sécurité 1')).toEqual([
      'Mesure de sécurité 1',
      'Chiffrement des données',
      'Test encryption',
    ]);
    expect(find('Organisme destinataire 1')).toEqual([
      'Organisme destinataire 1',
      'Amazon Web Services EMEA SARL',
      "États-Unis d'Amérique",
      'Clauses contractuelles types (CCT)',
      'TIA TIA-1',
    ]);
    const sensitiveAt = fiche.findIndex((r) => r[0] === 'Données sensibles');
    expect(fiche[sensitiveAt + 1]).toEqual([
      undefined,
      'Test health records',
      '6 years from end of employment',
    ]);
  });
});
