import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { importFile, previewImport } from '../../../src/core/exchange/import';
import { runChecks } from '../../../src/core/rules';
import { createRegister, type Register } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { ropa } from '../../helpers/ropa-cli';
import { tempDir } from '../../helpers/temp-dir';
import { BLANK_CNIL_MODEL, fillCnilModel } from './ods-fill';
import { makeZip } from './zip';

const ODS_MIMETYPE = {
  name: 'mimetype',
  data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'),
};
const content = (rows: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Fiche">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`,
  );

const newRegister = (dir = tempDir()) =>
  createRegister(path.join(dir, 'cnil.ropa'), { legalName: 'Établissements Exemple SAS' });

const labels = (register: Register, ids: readonly string[]) =>
  register.terms
    .list()
    .filter((t) => ids.includes(t.id))
    .map((t) => t.label)
    .sort();

// Sheet 3 of the model: the rows and columns a DPO types into (1-based rows, 0-based columns).
const PAYROLL_FICHE = [
  { row: 4, column: 1, value: 'Gestion de la paie' },
  { row: 5, column: 1, value: 'RH-01' },
  { row: 6, column: 1, value: '2018-05-26' },
  { row: 7, column: 1, value: '13/05/2024' },
  { row: 10, column: 1, value: 'Louise DUPONT' },
  { row: 10, column: 2, value: '1 rue de Rivoli' },
  { row: 10, column: 3, value: '75001' },
  { row: 10, column: 4, value: 'Paris' },
  { row: 10, column: 5, value: 'France' },
  { row: 10, column: 6, value: '01 02 03 04 05' },
  { row: 10, column: 7, value: 'contact@exemple.fr' },
  { row: 11, column: 1, value: 'Martin HENRI' },
  { row: 11, column: 7, value: 'dpo@conseil.fr' },
  { row: 12, column: 1, value: 'DPO Conseil SARL' },
  { row: 17, column: 1, value: 'Gestion de la paie' },
  { row: 18, column: 1, value: 'Calcul des rémunérations' },
  { row: 25, column: 1, value: 'Noms, prénoms, adresses' },
  { row: 25, column: 4, value: '5 ans à compter du versement de la paie' },
  { row: 27, column: 1, value: 'RIB' },
  { row: 30, column: 1, value: 'NIR des salariés' },
  { row: 39, column: 1, value: 'Arrêts maladie' },
  { row: 39, column: 4, value: '3 ans' },
  { row: 44, column: 1, value: 'Salariés' },
  { row: 45, column: 1, value: 'Intérimaires' },
  { row: 48, column: 1, value: 'Service interne qui traite les données' },
  { row: 48, column: 4, value: 'Direction financière' },
  { row: 49, column: 1, value: 'Sous-traitants' },
  { row: 49, column: 4, value: 'PayFit SAS' },
  { row: 50, column: 1, value: 'Destinataires dans des pays tiers ou organisations internationales' },
  { row: 50, column: 4, value: 'Payroll Inc' },
  { row: 54, column: 1, value: 'Chiffrement des données' },
  { row: 54, column: 4, value: 'AES-256 sur les postes' },
  { row: 55, column: 1, value: "Contrôle d'accès des utilisateurs" },
  { row: 59, column: 1, value: 'Payroll Inc' },
  { row: 59, column: 2, value: 'Etats-Unis' },
  { row: 59, column: 3, value: 'Pays adéquat' },
  { row: 59, column: 5, value: 'Contrat du 01/02/2019' },
  { row: 60, column: 1, value: 'Cloud Corp' },
  { row: 60, column: 2, value: 'Etats-Unis' },
  { row: 60, column: 3, value: 'Privacy shield' },
  { row: 61, column: 1, value: "Banque d'Andorre" },
  { row: 61, column: 2, value: 'Andorre' },
  { row: 61, column: 3, value: 'Clauses contractuelles types (CCT)' },
  { row: 62, column: 1, value: 'Agence Atlante' },
  { row: 62, column: 2, value: 'Atlantide' },
];

function filledModel(dir: string): string {
  const file = path.join(dir, 'registre.ods');
  fillCnilModel(
    [
      {
        from: '2_',
        cells: [
          { row: 5, column: 2, value: 'HENRI' },
          { row: 5, column: 4, value: 'Martin' },
          { row: 5, column: 6, value: 'DPO Conseil SARL' },
          { row: 10, column: 0, value: 'Gestion de la paie' },
          { row: 10, column: 1, value: 'RH-01' },
          { row: 10, column: 4, value: 'Paie des salariés' },
          { row: 10, column: 7, value: 'Oui' },
          { row: 11, column: 0, value: 'Vidéosurveillance' },
          { row: 11, column: 1, value: 'SEC-01' },
          { row: 11, column: 2, value: '2020-01-15' },
          { row: 11, column: 4, value: 'Sécurité des locaux' },
          { row: 11, column: 7, value: 'Non' },
        ],
      },
      { from: '3_', copyAs: 'Paie', cells: PAYROLL_FICHE },
      {
        from: '3_',
        copyAs: 'Recrutement',
        cells: [
          { row: 4, column: 1, value: 'Recrutement' },
          { row: 5, column: 1, value: 'RH 02' },
          { row: 17, column: 1, value: 'Sélection des candidats' },
          { row: 44, column: 1, value: 'Candidats' },
          { row: 48, column: 1, value: 'Autre (Préciser)' },
          { row: 48, column: 4, value: 'Cabinets de recrutement' },
        ],
      },
    ],
    file,
  );
  return file;
}

describe('CNIL model import', () => {
  it('imports the blank model as published: nothing imported, no error, no warning', async () => {
    const register = newRegister();
    const before = register.organisation.get();
    const result = await importFile(register, { source: BLANK_CNIL_MODEL, format: 'cnil', mode: 'merge' });
    expect(result).toEqual({
      terms: 0,
      parties: 0,
      activities: 0,
      transfers: 0,
      warnings: [],
      dryRun: false,
    });
    expect(register.activities.list()).toEqual([]);
    expect(register.organisation.get()).toEqual(before);
    register.close();
  });

  it('maps a filled-in .ods model to terms, parties, transfers and the organisation', async () => {
    const dir = tempDir();
    const source = filledModel(dir);
    const register = newRegister(dir);
    const result = await importFile(register, { source, format: 'cnil', mode: 'merge' });
    expect(result).toMatchObject({ activities: 3, transfers: 3, dryRun: false });

    const activities = register.activities.list();
    expect(activities.map((a) => a.reference)).toEqual(['RH-01', 'RH-02', 'SEC-01']);
    const payroll = activities.find((a) => a.reference === 'RH-01')!;
    expect(payroll).toMatchObject({
      name: 'Gestion de la paie',
      role: 'controller',
      lastReviewedAt: '2024-05-13',
    });
    expect(payroll.purposes.map((p) => p.description)).toEqual([
      'Gestion de la paie',
      'Calcul des rémunérations',
    ]);
    // The model's categories map to the starter terms; what the DPO wrote beside them stays as text.
    expect(labels(register, payroll.personalDataIds)).toEqual([
      'Financial data',
      'Government identifiers',
      'Health data',
      'Identification data',
    ]);
    expect(payroll.notes).toContain('Noms, prénoms, adresses');
    expect(payroll.notes).toContain('Date de création de la fiche : 26/05/2018');
    const health = register.terms.list('personal-data').find((t) => t.label === 'Health data')!;
    expect(payroll.retention).toContainEqual(
      expect.objectContaining({ personalDataTermId: health.id, rule: '3 ans' }),
    );
    expect(labels(register, payroll.dataSubjectIds)).toEqual(['Employees', 'Intérimaires']);
    expect(labels(register, payroll.recipientCategoryIds)).toEqual(['Direction financière']);
    expect(labels(register, payroll.securityMeasureIds)).toEqual(['Access control', 'Encryption at rest']);
    expect(payroll.securityNotes).toBe('Chiffrement des données : AES-256 sur les postes');
    const party = (id: string) => register.parties.get(id).name;
    expect(payroll.parties.map((l) => `${l.relation} ${party(l.partyId)}`).sort()).toEqual([
      'processor PayFit SAS',
      "recipient Banque d'Andorre",
      'recipient Cloud Corp',
      'recipient Payroll Inc',
    ]);

    const transfers = register.transfers.list(payroll.id);
    expect(transfers.map((t) => `${t.country} ${t.mechanism} ${party(t.partyId!)}`).sort()).toEqual([
      "AD eu-scc Banque d'Andorre",
      'US eu-adequacy Payroll Inc',
      'US eu-privacy-shield Cloud Corp',
    ]);
    expect(transfers.find((t) => t.mechanism === 'eu-adequacy')?.safeguardsDocumentation).toBe(
      'Contrat du 01/02/2019',
    );
    expect(payroll.notes).toContain('Transfert hors UE : Agence Atlante | Atlantide');

    const recruitment = activities.find((a) => a.reference === 'RH-02')!;
    expect(labels(register, recruitment.dataSubjectIds)).toEqual(['Job applicants']);
    expect(labels(register, recruitment.recipientCategoryIds)).toEqual(['Cabinets de recrutement']);
    // On the list only: the list's purpose becomes the activity's.
    const cctv = activities.find((a) => a.reference === 'SEC-01')!;
    expect(cctv.purposes.map((p) => p.description)).toEqual(['Sécurité des locaux']);

    const org = register.organisation.get();
    expect(org).toMatchObject({
      address: '1 rue de Rivoli\n75001 Paris',
      country: 'FR',
      contactEmail: 'contact@exemple.fr',
      contactPhone: '01 02 03 04 05',
      jurisdictions: ['uk-gdpr', 'eu-gdpr'],
      dpo: { name: 'Martin HENRI', company: 'DPO Conseil SARL', kind: 'external', email: '' },
    });
    expect(org.notes).toContain("Responsable de l'organisme (registre CNIL) : Louise DUPONT");
    register.close();
  });

  it('reports unknown values with sheet, row and column, and says which choices are out of date', async () => {
    const dir = tempDir();
    const source = filledModel(dir);
    const register = newRegister(dir);
    const { warnings = [] } = await importFile(register, { source, format: 'cnil', mode: 'merge' });
    const text = warnings.map((w) => `${w.path}: ${w.message}`);
    expect(text).toContainEqual(
      expect.stringMatching(
        /registre\.ods, sheet "Paie", row 45, column B: "Intérimaires" is not in the model's list of categories of persons/,
      ),
    );
    expect(text).toContainEqual(
      expect.stringMatching(/sheet "Paie", row 62, column C: unknown country "Atlantide"/),
    );
    expect(text).toContainEqual(
      expect.stringMatching(
        /sheet "Paie", row 60, column D: "Privacy shield": EU-US Privacy Shield .* no longer counts .*Imported as written; the checks .* flag it/,
      ),
    );
    expect(text).toContainEqual(
      expect.stringMatching(
        /sheet "Paie", row 59, column D: "Pays adéquat" for United States of America: adequacy covers only importers certified under the EU-US Data Privacy Framework/,
      ),
    );
    expect(text).toContainEqual(
      expect.stringMatching(
        /sheet "Recrutement", row 5, column B: the reference "RH 02" is recorded as RH-02/,
      ),
    );
    expect(text).toContainEqual(
      expect.stringMatching(
        /the list says this activity uses sensitive data|the organisation now answers to the EU GDPR/,
      ),
    );

    // The rules engine flags both outdated choices.
    const findings = runChecks(register);
    const payroll = register.activities.list().find((a) => a.reference === 'RH-01')!;
    const about = (mechanism: string) =>
      findings.filter((f) => {
        const t = register.transfers.list(payroll.id).find((x) => x.mechanism === mechanism)!;
        return f.target.id === t.id;
      });
    expect(about('eu-privacy-shield').map((f) => f.ruleId)).toContain('transfer.mechanism-retired');
    expect(about('eu-adequacy').map((f) => f.ruleId)).toContain('transfer.dpf-not-certified');
    register.close();
  });

  it('previews and dry-runs without writing, and `ropa check` flags the imported outdated choices', async () => {
    const dir = tempDir();
    const source = filledModel(dir);
    const register = newRegister(dir);
    const preview = await previewImport(register, source, undefined, 'cnil');
    expect(preview.total).toBe(3);
    expect(preview.issues).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ reference: 'RH-01', name: 'Gestion de la paie' });
    expect(preview.newTerms).toContainEqual({ list: 'data-subject', label: 'Intérimaires' });
    const dry = await importFile(register, { source, format: 'cnil', mode: 'merge', dryRun: true });
    expect(dry).toMatchObject({ activities: 3, dryRun: true });
    expect(register.activities.list()).toEqual([]);
    expect(register.parties.list()).toEqual([]);
    expect(register.organisation.get().dpo).toBeNull();
    const file = register.file;
    register.close();

    const imported = ropa('import', file, source, '--format', 'cnil');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported 3 activities, \d+ parties, 3 transfers/);
    expect(imported.stderr).toMatch(/warning\(s\)[\s\S]*Privacy Shield/);
    const checked = ropa('check', file);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\[transfer\.mechanism-retired\]/);
    expect(checked.stdout).toMatch(/\[transfer\.dpf-not-certified\]/);
  });

  it('reads the model saved as .xlsx, with its help text above the labels and merged cells', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'registre.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tutoriel').getCell('A1').value = 'Registre des traitements - Fiche tutorielle';
    const fiche = wb.addWorksheet('Fiche NL-01');
    fiche.getCell('A4').value = 'Nom du traitement';
    fiche.getCell('B4').value = 'Lettre d’information';
    fiche.getCell('A5').value = 'N° / RÉF';
    fiche.getCell('B5').value = 'NL-01';
    fiche.getCell('A7').value = 'Mise à jour du traitement';
    fiche.getCell('B7').value = new Date(Date.UTC(2025, 2, 1));
    fiche.getCell('A17').value = 'Finalité principale';
    fiche.getCell('B17').value = 'Envoi de la lettre d’information';
    fiche.getCell('A24').value = 'Catégories de données personnelles concernées';
    fiche.getCell('B24').value = 'Description';
    fiche.getCell('E24').value = 'Dans certains cas…\n\nDurée de conservation';
    fiche.getCell('A25').value = "État civil, identité, données d'identification, images…";
    fiche.getCell('B25').value = 'Adresse électronique';
    fiche.mergeCells('B25:D25');
    fiche.getCell('E25').value = '3 ans après le dernier contact';
    fiche.getCell('A43').value = 'Lister tous les types de personnes…\nCatégories de personnes concernées';
    fiche.getCell('B43').value = 'Description';
    fiche.getCell('E43').value = 'Précisions';
    fiche.getCell('A44').value = 'Catégorie de personnes 1';
    fiche.getCell('B44').value = 'Abonnés';
    fiche.getCell('A53').value = 'Sécurisez vos données…\nMesures de sécurité';
    fiche.getCell('B53').value = 'Type de mesure de sécurité';
    fiche.getCell('E53').value = 'Précisions';
    fiche.getCell('A54').value = 'Mesure de sécurité 1';
    fiche.getCell('B54').value = 'Pare-feu applicatif';
    await wb.xlsx.writeFile(file);

    const register = newRegister(dir);
    const result = await importFile(register, { source: file, format: 'cnil', mode: 'merge' });
    const [newsletter] = register.activities.list();
    expect(newsletter).toMatchObject({
      reference: 'NL-01',
      name: 'Lettre d’information',
      lastReviewedAt: '2025-03-01',
    });
    expect(labels(register, newsletter!.personalDataIds)).toEqual(['Identification data']);
    expect(newsletter!.retention).toMatchObject([{ rule: '3 ans après le dernier contact' }]);
    expect(labels(register, newsletter!.dataSubjectIds)).toEqual(['Abonnés']);
    expect(labels(register, newsletter!.securityMeasureIds)).toEqual(['Pare-feu applicatif']);
    expect(result.warnings?.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        `${file}, sheet "Fiche NL-01", row 44, column B`,
        `${file}, sheet "Fiche NL-01", row 54, column B`,
      ]),
    );
    register.close();
  });

  it("reads Ropa's own CNIL export back", async () => {
    const dir = tempDir();
    const { register: source } = createFullRegister(dir);
    const out = path.join(dir, 'cnil.xlsx');
    await exportRegister(source, { format: 'cnil', out });
    source.close();
    const register = newRegister(dir);
    await importFile(register, { source: out, format: 'cnil', mode: 'merge' });
    const payroll = register.activities.list().find((a) => a.reference === 'HR-01')!;
    expect(payroll.name).toBe('Payroll');
    expect(payroll.purposes.map((p) => p.description)).toEqual(['Pay salaries', 'Fraud prevention']);
    expect(labels(register, payroll.dataSubjectIds)).toEqual(['Test employees']);
    expect(labels(register, payroll.personalDataIds)).toEqual(['Test bank details', 'Test health records']);
    expect(register.terms.list('personal-data').find((t) => t.label === 'Test health records')?.special).toBe(
      'art9',
    );
    const [transfer] = register.transfers.list(payroll.id);
    expect(transfer).toMatchObject({ country: 'US', mechanism: 'eu-scc', tiaReference: 'TIA-1' });
    expect(register.parties.get(transfer!.partyId!).name).toBe('Amazon Web Services EMEA SARL');
    expect(payroll.parties.map((l) => l.relation)).toContain('processor');
    expect(register.organisation.get().dpo).toMatchObject({
      name: 'Dana Protector',
      company: 'DPO Services Ltd',
    });
    register.close();
  });

  it('refuses a file that is not a spreadsheet, and a spreadsheet that is not the model, writing nothing', async () => {
    const dir = tempDir();
    const register = newRegister(dir);
    const changes = register.changes.list({ limit: 10_000 }).length;
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'Registre des traitements\nGestion de la paie\n');
    await expect(importFile(register, { source: text, format: 'cnil', mode: 'merge' })).rejects.toThrow(
      /notes\.txt: this is a text file, not a spreadsheet; the CNIL model is read from an OpenDocument spreadsheet \(\.ods\) or an Excel workbook \(\.xlsx\)\. Nothing was imported\./,
    );
    const other = path.join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRow(['Poste', 'Montant']);
    await wb.xlsx.writeFile(other);
    await expect(importFile(register, { source: other, format: 'cnil', mode: 'merge' })).rejects.toThrow(
      /other\.xlsx: this is not the CNIL model "registre des activités de traitement"/,
    );
    expect(register.activities.list()).toEqual([]);
    expect(register.changes.list({ limit: 10_000 })).toHaveLength(changes);
    register.close();
  });

  it('refuses a password-protected .ods and one whose rows repeat past the row limit', async () => {
    const dir = tempDir();
    const register = newRegister(dir);
    const locked = path.join(dir, 'locked.ods');
    fs.writeFileSync(
      locked,
      makeZip([
        ODS_MIMETYPE,
        { name: 'content.xml', data: Buffer.from('encrypted bytes') },
        {
          name: 'META-INF/manifest.xml',
          data: Buffer.from('<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>'),
        },
      ]),
    );
    await expect(importFile(register, { source: locked, format: 'cnil', mode: 'merge' })).rejects.toThrow(
      /locked\.ods: the spreadsheet is password-protected \(encrypted\)/,
    );
    // One row of text repeated a million times: 60 bytes of XML that would expand to a million rows.
    const repeated = path.join(dir, 'repeated.ods');
    fs.writeFileSync(
      repeated,
      makeZip([
        ODS_MIMETYPE,
        {
          name: 'content.xml',
          data: content(
            '<table:table-row table:number-rows-repeated="1000000"><table:table-cell><text:p>Nom du traitement</text:p></table:table-cell></table:table-row>',
          ),
        },
      ]),
    );
    await expect(importFile(register, { source: repeated, format: 'cnil', mode: 'merge' })).rejects.toThrow(
      /repeated\.ods, sheet "Fiche": more than 200000 rows; Ropa imports at most 200000 rows a sheet\. Nothing was imported\./,
    );
    expect(register.activities.list()).toEqual([]);
    register.close();
  });
});
