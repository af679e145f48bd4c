// The Start screen over a real recent list and real register files, and the import of a DPO's own CSV
// through the column-mapping preview, written into the real SQLite register.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { createSampleRegister } from '../../src/core/samples';
import { glanceAt, glanceAtFile } from '../../src/core/views/register-glance';
import { describeGlance } from '../../src/renderer/src/features/start/glance-words';
import { ActivityFields } from '../../src/shared/domain';
import { createRegister, openRegister } from '../../src/core/store/register';
import { addRecentRegister } from '../../src/main/recent-registers';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, pick, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

/** A client's register made earlier (and closed), remembered in the recent list as opened a while ago. */
function earlierRegister(h: Harness, name: string, legalName: string, openedAt: string): string {
  const file = path.join(h.dir, name);
  createRegister(file, { legalName }).close();
  addRecentRegister(h.recentList, file, { organisation: legalName, openedAt: new Date(openedAt) });
  return file;
}

test('the Start screen lists the recent registers and opens one', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const moved = path.join(harness.dir, 'moved away.ropa');
  addRecentRegister(harness.recentList, moved, {
    organisation: 'Moved Ltd',
    openedAt: new Date('2025-01-15T09:00:00Z'),
  });
  const client = earlierRegister(harness, 'client-co.ropa', 'Client Co Ltd', '2025-03-02T10:30:00Z');
  // The client's register holds an activity still to be completed: its line says what the checks find.
  const clientRegister = openRegister(client);
  clientRegister.activities.save(
    ActivityFields.parse({ role: 'controller', reference: 'HR-01', name: 'Payroll' }),
  );
  clientRegister.close();
  const clientGlance = glanceAtFile(client);
  expect(clientGlance).toMatchObject({ activities: 1, reviewsDue: 1 });
  expect(clientGlance.errors).toBeGreaterThan(0);
  // acme.ropa is the register showing: it was opened at start, so it comes first.
  addRecentRegister(harness.recentList, harness.file, { organisation: 'Acme Widgets Ltd' });
  await page.goto(`${APP_ORIGIN}/`);
  await expect(page.getByTestId('register-title')).toHaveText('Acme Widgets Ltd — acme.ropa');

  await section(page, 'Registers');
  const rows = page.getByTestId('recent-register');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Acme Widgets Ltd');
  await expect(rows.nth(0)).toContainText('Open now');
  await expect(rows.nth(1)).toContainText('Client Co Ltd');
  await expect(rows.nth(1)).toContainText(client);
  await expect(rows.nth(1)).toContainText('Opened');
  await expect(rows.nth(2)).toContainText('Moved Ltd');
  await expect(rows.nth(2)).toContainText('Not found');
  await expect(rows.nth(1).getByTestId('register-glance')).toHaveText(describeGlance(clientGlance));
  await expect(rows.nth(1).getByTestId('register-glance')).toContainText('1 activity · ');
  await expect(rows.nth(0).getByTestId('register-glance')).toHaveText(
    describeGlance(glanceAt(harness.register())),
  );
  await expect(rows.nth(2).getByTestId('register-glance')).toHaveCount(0);
  await expect(page.getByTestId('samples')).toBeVisible();
  await screenshot(page, 'start-screen');

  // A register that is no longer there can be forgotten; the list file forgets it too.
  await page.getByRole('button', { name: 'Forget Moved Ltd' }).click();
  await expect(rows).toHaveCount(2);
  expect(fs.readFileSync(harness.recentList, 'utf8')).not.toContain('moved away.ropa');

  await page.getByRole('button', { name: 'Open Client Co Ltd' }).click();
  await expect(page.getByTestId('register-title')).toHaveText('Client Co Ltd — client-co.ropa');
  await expect(page.getByRole('button', { name: '+ Controller' })).toBeVisible();
  expect(harness.register().file).toBe(client);
  await section(page, 'Registers');
  await expect(rows.nth(0)).toContainText('Client Co Ltd');
  await expect(rows.nth(0)).toContainText('Open now');
  expect(harness.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});

test('a register that cannot be opened at start leaves the Start screen with the reason', async ({
  page,
}) => {
  harness = await startHarness(page, 'Never Ltd', (file) => {
    fs.writeFileSync(file, 'A shopping list, not a register.\n'.repeat(100));
    return openRegister(file);
  });
  earlierRegister(harness, 'client-co.ropa', 'Client Co Ltd', '2025-03-02T10:30:00Z');
  await page.goto(`${APP_ORIGIN}/`);
  const problem = page.getByTestId('open-problem');
  await expect(problem).toContainText('Ropa could not open acme.ropa.');
  await expect(problem).toContainText('acme.ropa is not a Ropa register');
  await expect(page.getByRole('button', { name: 'New register…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();
  await screenshot(page, 'start-open-problem');

  await page.getByRole('button', { name: 'Open Client Co Ltd' }).click();
  await expect(page.getByTestId('register-title')).toHaveText('Client Co Ltd — client-co.ropa');
  await expect(page.getByRole('button', { name: '+ Controller' })).toBeVisible();
});

const CSV = [
  'Ref,Activity,Team,Why we process,Legal basis,Who,What data,Kept for,Status,Comments',
  'HR-10,Recruitment,HR,"Assess candidates;Keep a reserve list","Contract;Consent",Job applicants,"CVs;Contact details",6 months after the campaign,Live,Uses Workable',
  'MK-01,Newsletter,Marketing,Send the newsletter,Consent,Subscribers,E-mail address,Until unsubscribe,Live,',
  'FI-02,Supplier payments,Finance,Pay suppliers,Contract,Suppliers’ staff,Bank details,7 years,Planned,',
].join('\r\n');

test('a DPO imports their own CSV through the column mapping', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const csv = path.join(harness.dir, 'our register 2024.csv');
  fs.writeFileSync(csv, CSV + '\r\n');
  harness.answerImportDialog(csv);
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Import');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(field(page, 'Layout of the file')).toHaveValue(
    'Other spreadsheet or CSV, with a column mapping',
  );

  // The first mapping comes from the headers; "Status" holds words Ropa does not use, so every row fails.
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping.getByTestId('mapping-row')).toHaveCount(10);
  await expect(field(page, 'Ropa field for column Ref')).toHaveValue('Reference');
  await expect(field(page, 'Ropa field for column Activity')).toHaveValue('Name of the activity');
  await expect(field(page, 'Ropa field for column Why we process')).toHaveValue('— Ignore this column —');
  const issues = page.getByTestId('mapping-issue');
  await expect(issues).toHaveCount(3);
  await expect(issues.first()).toContainText('2');
  await expect(issues.first()).toContainText('Status');
  await expect(page.getByTestId('preview-count')).toHaveText(
    'The first 3 of 3 activities, as Ropa will record them.',
  );
  const importButton = page.getByRole('button', { name: 'Import 3 activities' });
  await expect(importButton).toBeDisabled();

  // Purposes come from "Why we process", with the lawful basis of each.
  await pick(page, field(page, 'Ropa field for column Why we process'), 'Purposes');
  await pick(page, field(page, 'Ropa field for column What data'), 'Categories of personal data', 'personal');
  const recruitment = page.getByTestId('preview-row').filter({ hasText: 'HR-10' });
  await expect(recruitment).toContainText('Assess candidates (Contract); Keep a reserve list (Consent)');
  await expect(page.getByTestId('new-terms')).toContainText('CVs');
  await expect(issues).toHaveCount(3);
  await screenshot(page, 'import-mapping-problems');

  // Two columns cannot feed one field.
  await pick(page, field(page, 'Ropa field for column Comments'), 'Purposes');
  await expect(page.getByTestId('mapped-twice')).toContainText('Purposes is mapped from 2 columns');
  await expect(importButton).toBeDisabled();
  await pick(page, field(page, 'Ropa field for column Comments'), 'Notes');
  await expect(page.getByTestId('mapped-twice')).toHaveCount(0);

  // Ignoring "Status" leaves nothing wrong: the import is offered.
  await pick(page, field(page, 'Ropa field for column Status'), '— Ignore this column —', 'Ignore');
  await expect(issues).toHaveCount(0);
  await expect(importButton).toBeEnabled();
  expect(harness.register().activities.list()).toEqual([]);
  await screenshot(page, 'import-mapping-ready');

  await importButton.click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 3 activities');
  await screenshot(page, 'import-mapped-done');
  await page.getByRole('button', { name: 'Show the activities' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(3);
  await expect(page.getByTestId('activity-row')).toContainText(['FI-02', 'HR-10', 'MK-01']);

  const stored = harness.register().activities.list();
  const hr = stored.find((a) => a.reference === 'HR-10');
  expect(hr?.purposes.map((p) => [p.description, p.lawfulBasis])).toEqual([
    ['Assess candidates', 'art6-1-b'],
    ['Keep a reserve list', 'art6-1-a'],
  ]);
  expect(hr?.department).toBe('HR');
  expect(hr?.notes).toBe('Uses Workable');
  expect(hr?.status).toBe('draft');
  const labels = harness
    .register()
    .terms.list('personal-data')
    .filter((t) => hr?.personalDataIds.includes(t.id))
    .map((t) => t.label);
  expect(labels.sort()).toEqual(['CVs', 'Contact details']);
  expect(harness.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});

test('a Ropa JSON document is checked by a dry run, then imported', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const document = path.resolve(__dirname, '../../resources/samples/omnicrm.json');
  const expected = (JSON.parse(fs.readFileSync(document, 'utf8')) as { activities: unknown[] }).activities
    .length;
  harness.answerImportDialog(document);
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Import');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(field(page, 'Layout of the file')).toHaveValue('Ropa JSON document (.json)');
  await expect(page.getByTestId('dry-run')).toContainText(`This file would bring in ${expected} activities`);
  expect(harness.register().activities.list()).toEqual([]);
  await screenshot(page, 'import-dry-run');
  await page.getByTestId('dry-run').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-done')).toContainText(`Imported ${expected} activities`);
  expect(harness.register().activities.list()).toHaveLength(expected);
});

test('a workbook Ropa did not write is imported through a column mapping', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').getCell('A1').value = 'Kept by the office manager';
  const sheet = workbook.addWorksheet('Processing');
  sheet.addRows([
    ['Reference', 'Processing activity', 'Purpose', 'Legal basis'],
    ['HR-01', 'Payroll', 'Pay staff', 'Contract'],
    ['IT-04', 'Backups', 'Restore lost data', 'Legitimate interests'],
  ]);
  const xlsx = path.join(harness.dir, 'our register.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  harness.answerImportDialog(xlsx);
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Import');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  // Taken first for Ropa's own workbook; the dry run says it is not, and asks for the layout.
  await expect(page.getByRole('alert')).toContainText('This workbook was not exported by Ropa');
  await field(page, 'Layout of the file').click();
  await page.getByRole('option', { name: 'Other spreadsheet or CSV, with a column mapping' }).click();
  // The first sheet is a note, not the register: choosing the right sheet reads its columns.
  await expect(page.getByTestId('mapping-row')).toHaveCount(1);
  await field(page, 'Sheet').click();
  await page.getByRole('option', { name: 'Processing' }).click();
  await expect(page.getByTestId('mapping-row')).toHaveCount(4);
  await expect(field(page, 'Ropa field for column Processing activity')).toHaveValue('Name of the activity');
  await expect(field(page, 'Ropa field for column Legal basis')).toHaveValue('Lawful basis (Art 6)');
  await expect(page.getByTestId('preview-row').filter({ hasText: 'IT-04' })).toContainText(
    'Restore lost data (Legitimate interests)',
  );
  await page.getByRole('button', { name: 'Import 2 activities' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 2 activities');
  const stored = harness.register().activities.list();
  expect(stored.map((a) => [a.reference, a.name, a.purposes[0]?.lawfulBasis]).sort()).toEqual([
    ['HR-01', 'Payroll', 'art6-1-b'],
    ['IT-04', 'Backups', 'art6-1-f'],
  ]);
});

test('a consultant copies two activities from another client’s register', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  // Another client's register, as a consultant keeps one per client.
  const other = createSampleRegister('omax', path.join(harness.dir, 'omax-client.ropa'));
  const otherFile = other.file;
  const otherParties = other.parties.list().length;
  other.close();
  harness.answerImportDialog(otherFile);
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Import');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(field(page, 'Layout of the file')).toHaveValue(
    'Another Ropa register (.ropa): copy some of its activities',
  );
  const copy = page.getByTestId('register-copy');
  await expect(copy).toContainText('Activities of OMAX Group Ltd');
  await expect(copy.getByTestId('copy-activity-row')).toHaveCount(17);
  await copy.getByLabel(/^Copy HR-01 /).check();
  await copy.getByLabel(/^Copy REC-01 /).check();
  await expect(copy.getByTestId('copy-chosen')).toHaveText('2 activities chosen of 17');
  const dryRun = page.getByTestId('dry-run');
  await expect(dryRun).toContainText('The copy would bring in 2 activities');
  expect(harness.register().activities.list()).toEqual([]);
  await screenshot(page, 'import-register-copy');
  await dryRun.getByRole('button', { name: 'Copy 2 activities' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 2 activities');

  const copied = harness.register().activities.list();
  expect(copied.map((a) => [a.reference, a.status, a.lastReviewedAt])).toEqual([
    ['HR-01', 'draft', null],
    ['REC-01', 'draft', null],
  ]);
  // Only the parties these two activities use came along.
  const parties = harness.register().parties.list();
  expect(parties.length).toBeLessThan(otherParties);
  const used = new Set(copied.flatMap((a) => a.parties.map((l) => l.partyId)));
  expect(
    parties.every(
      (p) =>
        used.has(p.id) ||
        harness
          .register()
          .transfers.list()
          .some((t) => t.partyId === p.id),
    ),
  ).toBe(true);
  await page.getByRole('button', { name: 'Show the activities' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(2);
});
