import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { importFile, previewImport } from '../../../src/core/exchange/import';
import { runChecks } from '../../../src/core/rules';
import { createRegister, type Register } from '../../../src/core/store/register';
import type { Activity } from '../../../src/shared/domain';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

const template = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../fixtures/exchange/ico-controller-columns.json'), 'utf8'),
) as { columns: string[] };

const newRegister = (dir: string) =>
  createRegister(path.join(dir, 'ico.ropa'), { legalName: 'Acme Widgets Ltd' });

const labels = (register: Register, ids: readonly string[]) =>
  register.terms
    .list()
    .filter((t) => ids.includes(t.id))
    .map((t) => t.label)
    .sort();

/** What the ICO template can carry of a controller activity, in words, to compare two registers. */
function icoView(register: Register, a: Activity) {
  const party = (id: string) => register.parties.get(id);
  return {
    department: a.department,
    purposes: a.purposes.map((p) => [p.description, p.lawfulBasis, p.legitimateInterest, p.liaReference]),
    subjects: labels(register, a.dataSubjectIds),
    data: labels(register, a.personalDataIds),
    recipients: labels(register, a.recipientCategoryIds),
    sources: labels(register, a.dataSourceIds),
    processors: a.parties
      .filter((l) => l.relation === 'processor')
      .map((l) => [party(l.partyId).name, party(l.partyId).dpaReference, party(l.partyId).dpaSignedOn]),
    transfers: register.transfers.list(a.id).map((t) => [t.country, t.mechanism, t.supplementaryMeasures]),
    retention: a.retention.map((r) => [
      r.personalDataTermId && register.terms.get(r.personalDataTermId).label,
      r.period,
      r.unit,
      r.fromEvent,
      r.rule,
    ]),
    security: [...labels(register, a.securityMeasureIds), ...a.securityNotes.split('\n')]
      .filter(Boolean)
      .sort(),
    art9: a.art9Conditions,
    schedule1: a.ukSchedule1Conditions,
    adm: a.automatedDecisionMaking,
    location: [a.storageLocation, ...a.systems],
    dpia: [a.dpia.status, a.dpia.reference],
  };
}

const HEADINGS: Record<number, string> = {
  1: 'Article 30 Record of Processing Activities',
  12: 'Privacy Notices',
  19: 'Consent',
  20: 'Access Requests',
  21: 'Data Protection Impact Assessments',
  24: 'Personal Data Breaches',
  26: 'DPA 2018 – Special Category or Criminal Conviction and Offence data',
};

/** The ICO template as a DPO fills it in: title, contact block, section headings in row 8, columns in row 9. */
async function handFilledTemplate(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').getCell('A1').value =
    'Headings highlighted green are required areas of documentation';
  const sheet = wb.addWorksheet('Template');
  sheet.getRow(1).values = ['', 'Name', 'Address', 'Email', 'Telephone'];
  sheet.getRow(2).values = [
    'Controller',
    'Acme Widgets Ltd',
    '1 High Street, London',
    'privacy@acme.example',
    '020 7946 0000',
  ];
  sheet.getRow(3).values = [
    'Data Protection Officer',
    'Jane Smith',
    '1 High Street, London',
    'jane.smith@acme.example',
    '',
  ];
  sheet.getRow(4).values = ['Representative', '', '', '', ''];
  const headings = sheet.getRow(8);
  for (const [column, text] of Object.entries(HEADINGS)) headings.getCell(Number(column)).value = text;
  sheet.getRow(9).values = [...template.columns, 'Owner'];
  const row = (values: Record<string, string>) =>
    [...template.columns, 'Owner'].map((header) => values[header] ?? null);
  sheet.addRow(
    row({
      'Business function': 'Human Resources',
      'Purpose of processing': 'Recruitment; Onboarding new staff',
      'Categories of individuals': 'Job applicants\nEmployees',
      'Categories of personal data': 'Contact details\nCVs\nHealth data',
      'Categories of recipients': 'Recruitment agencies; HMRC',
      'Link to contract with processor':
        'Workday Ltd: DPA v3, signed 2023-04-01\nhttps://contracts.example/greenhouse.pdf',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)':
        'USA\nIndia',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)':
        'IDTA signed with Workday Inc\nStandard contractual clauses with the UK Addendum',
      'Retention schedule (if possible)': '6 months after the campaign',
      'General description of technical and organisational security measures (if possible)':
        'Access control; Laptops are encrypted with BitLocker',
      'Article 6 lawful basis for processing personal data': 'Contract',
      'Article 9 condition for processing special category data': 'Article 9(2)(b) - employment law',
      'Rights available to individuals': 'Access, rectification, erasure',
      'Existence of automated decision-making, including profiling (if applicable)': 'No',
      'The source of the personal data (if applicable)': 'The data subject directly; Recruitment agencies',
      'Location of personal data': 'Workday (cloud)\nHR shared drive',
      'Data Protection Impact Assessment required?': 'No',
      'Has a personal data breach occurred?': 'No',
      'Data Protection Act 2018 Schedule 1 Condition for processing': 'Schedule 1, Part 1, paragraph 1',
      'GDPR Article 6 lawful basis for processing': 'Contract',
      'Link to retention and erasure policy document': 'https://intranet.example/retention',
      'Is personal data retained and erased in accordance with the policy document?': 'Yes',
    }),
  );
  sheet.addRow(
    row({
      'Business function': 'Marketing',
      'Purpose of processing': 'Newsletter',
      'Categories of individuals': 'Newsletter subscribers',
      'Categories of personal data': 'Email address',
      'Categories of recipients': 'Mailchimp',
      'Link to contract with processor': 'Mailchimp: online terms',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)':
        'United States',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)':
        'EU-US Privacy Shield',
      'Article 6 lawful basis for processing personal data': 'Consent',
      'Article 9 condition for processing special category data': 'Because we must',
      'Existence of automated decision-making, including profiling (if applicable)':
        'Profiling of opens and clicks',
      'Data Protection Impact Assessment required?': 'Maybe',
      'Data Protection Impact Assessment progress': 'Waiting on legal',
      Owner: 'Head of Marketing',
    }),
  );
  await wb.xlsx.writeFile(file);
}

describe('ICO controller template import', () => {
  it("round-trips Ropa's own ICO export: export, import into an empty register, compare", async () => {
    const dir = tempDir();
    const { register: source, controller, processor } = createFullRegister(dir);
    const out = path.join(dir, 'ico.xlsx');
    await exportRegister(source, { format: 'ico', out });
    const target = newRegister(dir);
    const result = await importFile(target, { source: out, format: 'ico', mode: 'merge' });
    expect(result).toMatchObject({ activities: 2, transfers: 1, dryRun: false });

    const [imported] = target.activities.list({ role: 'controller' });
    // Art 10 conditions, party countries and transfer importers have no column in the ICO template.
    expect(icoView(target, imported!)).toEqual({
      ...icoView(source, controller),
      transfers: [['US', 'eu-scc-m2-c2p', 'Encryption with keys held in the UK']],
    });
    expect(imported).toMatchObject({ reference: 'ICO-001', name: 'Pay salaries', role: 'controller' });

    const [hosting] = target.activities.list({ role: 'processor' });
    expect(hosting).toMatchObject({ reference: 'SV-01', name: processor.name });
    const partyOf = (r: Register, a: Activity) =>
      a.parties.map((l) => [l.relation, r.parties.get(l.partyId).name, l.description]).sort();
    expect(partyOf(target, hosting!)).toEqual(
      partyOf(source, processor).map(([relation, name, description]) => [
        relation,
        name,
        relation === 'sub-processor' ? '' : description,
      ]),
    );

    const org = target.organisation.get();
    expect(org).toMatchObject({
      address: '1 High Street\nLondon',
      country: 'GB',
      contactEmail: 'privacy@acme.example',
    });
    expect(org.dpo).toMatchObject({
      name: 'Dana Protector',
      company: 'DPO Services Ltd',
      email: 'dpo@dpo.example',
      phone: '+44 1',
      kind: 'external',
    });
    expect(org.ukRepresentative).toMatchObject({
      name: 'Rep EU',
      company: 'EU Rep BV',
      email: 'eu@rep.example',
    });
    source.close();
    target.close();
  });

  it('maps a hand-filled template column for column, keeping what it cannot map and reporting it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'documentation.xlsx');
    await handFilledTemplate(file);
    const register = newRegister(dir);
    const preview = await previewImport(register, file, undefined, 'ico');
    expect(preview).toMatchObject({ total: 2, issues: [], ignoredColumns: ['Owner'] });
    expect(preview.headers).toHaveLength(31);
    const { warnings = [] } = await importFile(register, { source: file, format: 'ico', mode: 'merge' });

    const [hr, marketing] = register.activities.list();
    expect(hr).toMatchObject({ reference: 'ICO-001', name: 'Recruitment', department: 'Human Resources' });
    expect(hr!.purposes.map((p) => [p.description, p.lawfulBasis])).toEqual([
      ['Recruitment', 'art6-1-b'],
      ['Onboarding new staff', 'art6-1-b'],
    ]);
    expect(labels(register, hr!.dataSubjectIds)).toEqual(['Employees', 'Job applicants']);
    expect(labels(register, hr!.personalDataIds)).toEqual(['CVs', 'Contact details', 'Health data']);
    expect(labels(register, hr!.recipientCategoryIds)).toEqual(['HMRC', 'Recruitment agencies']);
    expect(labels(register, hr!.dataSourceIds)).toEqual([
      'Recruitment agencies',
      'The data subject directly',
    ]);
    expect(labels(register, hr!.securityMeasureIds)).toEqual(['Access control']);
    expect(hr!.securityNotes).toBe('Laptops are encrypted with BitLocker');
    expect(hr!.art9Conditions).toEqual(['art9-2-b']);
    expect(hr!.ukSchedule1Conditions).toEqual(['dpa2018-sch1-p1-1']);
    expect(hr!.retention).toMatchObject([{ personalDataTermId: null, rule: '6 months after the campaign' }]);
    expect(hr!.automatedDecisionMaking.used).toBe(false);
    expect([hr!.storageLocation, ...hr!.systems]).toEqual(['Workday (cloud)', 'HR shared drive']);
    expect(hr!.dpia.status).toBe('not-required');
    expect(hr!.notes).toContain('Link to contract with processor: https://contracts.example/greenhouse.pdf');
    expect(hr!.notes).toContain(
      'Link to retention and erasure policy document: https://intranet.example/retention',
    );
    expect(hr!.notes).toContain('Has a personal data breach occurred?: No');
    const workday = register.parties.get(hr!.parties.find((l) => l.relation === 'processor')!.partyId);
    expect(workday).toMatchObject({ name: 'Workday Ltd', dpaReference: 'DPA v3', dpaSignedOn: '2023-04-01' });
    // The mechanism is read from the DPO's words, which stay in the transfer's notes.
    expect(register.transfers.list(hr!.id).map((t) => [t.country, t.mechanism, t.notes])).toEqual([
      ['IN', 'uk-addendum', 'Standard contractual clauses with the UK Addendum'],
      ['US', 'uk-idta', 'IDTA signed with Workday Inc'],
    ]);

    expect(marketing).toMatchObject({ reference: 'ICO-002', name: 'Newsletter' });
    expect(marketing!.automatedDecisionMaking).toEqual({
      used: true,
      description: 'Profiling of opens and clicks',
    });
    expect(marketing!.notes).toContain('Owner: Head of Marketing');
    expect(marketing!.notes).toContain(
      'Article 9 condition for processing special category data: Because we must',
    );
    const [shield] = register.transfers.list(marketing!.id);
    expect(shield).toMatchObject({ country: 'US', mechanism: 'eu-privacy-shield' });

    const messages = warnings.map((w) => `${w.path}: ${w.message}`);
    const at = (row: number, column: string) => `${file}, sheet "Template", row ${row}, column ${column}`;
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${at(9, 'AE')}: column "Owner" is not one of the ICO template's columns`),
        expect.stringContaining(`${at(11, 'M')}: "Because we must" names no Article 9(2) condition`),
        expect.stringContaining(`${at(11, 'U')}: expected Yes or No, found "Maybe"`),
        expect.stringContaining(`${at(11, 'V')}: "Waiting on legal" is not a DPIA progress Ropa knows`),
        expect.stringMatching(
          /row 11, column I: "EU-US Privacy Shield": EU-US Privacy Shield .*no longer counts/,
        ),
      ]),
    );
    expect(
      runChecks(register)
        .filter((f) => f.target.id === shield!.id)
        .map((f) => f.ruleId),
    ).toContain('transfer.mechanism-retired');
    register.close();
  });

  it('refuses a file that is not a spreadsheet, and a workbook that is not the template, writing nothing', async () => {
    const dir = tempDir();
    const register = newRegister(dir);
    const png = path.join(dir, 'logo.xlsx');
    fs.writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]));
    await expect(importFile(register, { source: png, format: 'ico', mode: 'merge' })).rejects.toThrow(
      /logo\.xlsx: the file is not a spreadsheet/,
    );
    const { register: full } = createFullRegister(dir, 'full.ropa');
    const cnil = path.join(dir, 'cnil.xlsx');
    await exportRegister(full, { format: 'cnil', out: cnil });
    full.close();
    await expect(importFile(register, { source: cnil, format: 'ico', mode: 'merge' })).rejects.toThrow(
      /cnil\.xlsx: this is not the ICO documentation template: no sheet has a header row with its columns "Business function" and "Purpose of processing"/,
    );
    expect(register.activities.list()).toEqual([]);
    expect(register.parties.list()).toEqual([]);
    register.close();
  });

  it('reports a row the register cannot hold, with its cell, and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'long.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Template');
    sheet.addRow(template.columns);
    sheet.addRow([
      'Sales',
      'Quotes',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'x'.repeat(600),
    ]);
    await wb.xlsx.writeFile(file);
    const register = newRegister(dir);
    await expect(importFile(register, { source: file, format: 'ico', mode: 'merge' })).rejects.toThrow(
      new RegExp(
        `1 problem\\(s\\); nothing was imported:\\n${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, sheet "Template", row 2, column T: storageLocation: `,
      ),
    );
    expect(register.activities.list()).toEqual([]);
    register.close();
  });
});
