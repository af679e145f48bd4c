// The whole record kept in the UI, against a real SQLite register: parties from the catalog, a controller
// activity with two purposes and a transfer to the US, a processor activity for a client, edit, search,
// delete, and a reopen from disk that shows everything still there. The page must make no network request.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, pick, saveEditor, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

test('a DPO keeps the whole record in Ropa', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${APP_ORIGIN}/`);
  await expect(page.getByTestId('register-title')).toHaveText('Acme Widgets Ltd — acme.ropa');
  await expect(page).toHaveTitle('Acme Widgets Ltd — acme.ropa');

  // A processor from the vendor catalog, with its facts and sources shown before adding.
  await section(page, 'Parties');
  await page.getByRole('button', { name: 'Add from catalog' }).click();
  await pick(
    page,
    field(page.getByRole('dialog'), 'Vendor'),
    'Amazon Web Services — Cloud infrastructure (compute, storage, databases)',
    'Amazon',
  );
  await expect(page.getByTestId('catalog-facts')).toContainText('Amazon Web Services EMEA SARL');
  await expect(page.getByTestId('catalog-facts')).toContainText('docs.aws.amazon.com');
  await screenshot(page, 'parties-catalog');
  await page.getByRole('button', { name: 'Add party' }).click();
  await expect(page.getByTestId('party-row')).toContainText(['Amazon Web Services EMEA SARL']);

  // A client the organisation processes for, as a processor.
  await page.getByRole('button', { name: '+ Party' }).click();
  const partyEditor = page.getByTestId('party-editor');
  await field(partyEditor, 'Name').fill('Client Co Ltd');
  await pick(page, field(partyEditor, 'Roles'), 'Client (controller)', 'Client');
  // The shell hears of the unsaved edits (it asks before closing the window), and of the save ending them.
  await expect.poll(() => harness.unsavedReports).toEqual([true]);
  await partyEditor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('party-row')).toHaveCount(2);
  await expect.poll(() => harness.unsavedReports).toEqual([true, false]);
  await screenshot(page, 'parties');

  // A controller activity with two purposes, each with its lawful basis.
  await section(page, 'Activities');
  await page.getByRole('button', { name: '+ Controller' }).click();
  const editor = page.getByTestId('activity-editor');
  await field(editor, 'Reference').fill('HR-01');
  await field(editor, 'Name').fill('Payroll');
  await field(editor, 'Department').fill('HR');
  await editor.getByRole('button', { name: '+ Add purpose' }).click();
  await editor.getByRole('button', { name: '+ Add purpose' }).click();
  await field(editor, 'Purpose 1').fill('Pay staff');
  await pick(page, field(editor, 'Lawful basis of purpose 1'), 'Contract');
  await field(editor, 'Purpose 2').fill('Report pay to the tax authority');
  await pick(page, field(editor, 'Lawful basis of purpose 2'), 'Legal obligation');
  await field(editor, 'Law relied on').fill('Income Tax (PAYE) Regulations 2003');
  await pick(page, field(editor, 'Categories of personal data'), 'Financial data', 'Financ');
  await pick(page, field(editor, 'Categories of data subjects'), 'Create «Pensioners»', 'Pensioners');
  await editor.getByRole('button', { name: '+ Link a party' }).click();
  await editor.check().catch(() => undefined);
  await saveEditor(page, editor);
  await expect(page.getByTestId('activity-row')).toContainText(['HR-01']);

  // A transfer to the US, with the destination's status from the reference data.
  await pick(page, field(editor, 'Destination'), 'United States of America (US)', 'United States of');
  await pick(page, field(editor, 'Importer'), 'Amazon Web Services EMEA SARL', 'Amazon');
  // A UK organisation: the EU SCC module is offered with the UK Addendum, which is what gets recorded.
  await pick(
    page,
    field(editor, 'Transfer mechanism'),
    'SCC Module 2 — controller to processor, with the UK Addendum',
    'Module 2',
  );
  await editor.getByRole('button', { name: 'Add transfer' }).click();
  await expect(editor.getByTestId('transfer-row')).toContainText('United States of America');
  await expect(editor.getByTestId('transfer-row').getByTestId('destination-status')).toHaveText(
    'Adequate for DPF-certified recipients (UK)',
  );
  await screenshot(page, 'activities-editor');

  // A processor activity for the client.
  await page.getByRole('button', { name: '+ Processor' }).click();
  await field(editor, 'Reference').fill('SV-01');
  await field(editor, 'Name').fill('SMS delivery for clients');
  await editor.getByRole('button', { name: '+ Link a party' }).click();
  await pick(page, field(editor, 'Party'), 'Client Co Ltd', 'Client');
  await saveEditor(page, editor);
  await expect(page.getByTestId('activity-row')).toHaveCount(2);

  // A scratch activity, deleted again.
  await page.getByRole('button', { name: '+ Controller' }).click();
  await field(editor, 'Reference').fill('TMP-01');
  await field(editor, 'Name').fill('Scratch');
  await saveEditor(page, editor);
  await expect(page.getByTestId('activity-row')).toHaveCount(3);
  await editor.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('activity-row')).toHaveCount(2);

  // Edit, then search as you type.
  await page.getByTestId('activity-row').filter({ hasText: 'HR-01' }).click();
  await field(editor, 'Name').fill('Payroll and pensions');
  await expect(editor.getByTestId('save-state')).toHaveText('Unsaved changes');
  await saveEditor(page, editor);
  // Undo the last save, then redo the edit by saving again.
  await editor.getByRole('button', { name: 'Undo last save' }).click();
  await expect(field(editor, 'Name')).toHaveValue('Payroll');
  await field(editor, 'Name').fill('Payroll and pensions');
  await saveEditor(page, editor);

  // Leaving a dirty editor asks first; dismissing keeps the edits.
  await field(editor, 'Name').fill('Payroll (draft edit)');
  page.removeAllListeners('dialog');
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByTestId('activity-row').filter({ hasText: 'SV-01' }).click();
  await expect.poll(() => asked).toEqual(['You have unsaved changes. Leave without saving them?']);
  await expect(field(editor, 'Name')).toHaveValue('Payroll (draft edit)');
  await field(editor, 'Name').fill('Payroll and pensions');
  await expect(editor.getByTestId('save-state')).toHaveText('Saved ✓');
  page.on('dialog', (dialog) => void dialog.accept());

  await page.getByLabel('Search activities').fill('pension');
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page.getByTestId('activity-row')).toContainText('Payroll and pensions');
  await page.getByLabel('Search activities').fill('');
  await expect(page.getByTestId('activity-row')).toHaveCount(2);

  // What was saved is in the SQLite file itself.
  const stored = harness.register().activities.list();
  expect(stored.map((a) => a.reference).sort()).toEqual(['HR-01', 'SV-01']);
  const payroll = stored.find((a) => a.reference === 'HR-01');
  expect(payroll?.purposes.map((p) => p.lawfulBasis)).toEqual(['art6-1-b', 'art6-1-c']);
  expect(payroll?.purposes[1]?.lawReference).toBe('Income Tax (PAYE) Regulations 2003');
  expect(stored.find((a) => a.reference === 'SV-01')?.parties[0]?.relation).toBe('client-controller');

  // Reopen the file, as a restart would, and see everything still there.
  harness.reopen();
  await page.reload();
  await expect(page.getByTestId('activity-row')).toHaveCount(2);
  await page.getByTestId('activity-row').filter({ hasText: 'HR-01' }).click();
  await expect(field(editor, 'Name')).toHaveValue('Payroll and pensions');
  await expect(editor.getByTestId('purpose-row')).toHaveCount(2);
  await expect(editor.getByTestId('transfer-row')).toContainText('United States of America');
  await section(page, 'Transfers');
  await expect(page.getByTestId('transfers-table-row')).toHaveCount(1);
  await expect(page.getByTestId('transfers-table-row')).toContainText('SCC Module 2');
  // The TIA is recorded afterwards, in the transfer's own editor.
  await page.getByTestId('transfers-table-row').getByText('missing').click();
  const transferEditor = page.getByTestId('transfer-editor');
  await expect(transferEditor).toContainText('Transfer to United States of America');
  await transferEditor.getByLabel('TIA date').fill('2026-10-01');
  await transferEditor.getByLabel('TIA reference').fill('TIA-2026-07');
  await transferEditor.getByLabel('Supplementary measures').fill('Encryption with keys held in the UK');
  await page.keyboard.press('Control+s');
  await expect(transferEditor.getByText('Saved ✓')).toBeVisible();
  await expect(page.getByTestId('transfers-table-row')).toContainText('2026-10-01');
  expect(harness.register().transfers.list()[0]).toMatchObject({
    mechanism: 'uk-addendum',
    sccModule: '2',
    tiaDate: '2026-10-01',
    tiaReference: 'TIA-2026-07',
    supplementaryMeasures: 'Encryption with keys held in the UK',
  });
  await screenshot(page, 'transfers');
  await section(page, 'Parties');
  await expect(page.getByTestId('party-row')).toHaveCount(2);
  // A party says where it is named, and opens that activity.
  await page.getByTestId('party-row').filter({ hasText: 'Amazon Web Services' }).click();
  const usage = page.getByTestId('party-usage');
  await expect(usage).toContainText('Named in 1 activity and 1 transfer');
  await expect(usage).toContainText('HR-01 Payroll and pensions — Processor (controller activity)');
  await screenshot(page, 'party-usage');
  // The catalog lists AWS's DPF certification as unverified, so the party has none until the DPO checks the
  // DPF list and records it.
  const certifications = page.getByTestId('certifications');
  await expect(certifications).toContainText('None recorded');
  await expect(certifications.getByTestId('catalog-certification')).toContainText(
    'The vendor catalog lists EU-US Data Privacy Framework',
  );
  await certifications.getByRole('button', { name: 'Add EU-US Data Privacy Framework' }).click();
  await certifications.getByLabel('Reference').fill('DPF list: Amazon Web Services, Inc.');
  await expect(certifications).toContainText('Never checked');
  await certifications.getByRole('button', { name: 'EU-US Data Privacy Framework: checked today' }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('party-editor').getByText('Saved ✓')).toBeVisible();
  await expect(certifications).not.toContainText('Never checked');
  expect(
    harness
      .register()
      .parties.list()
      .find((p) => p.name.startsWith('Amazon'))?.certifications,
  ).toEqual([
    {
      scheme: 'eu-us-dpf',
      reference: 'DPF list: Amazon Web Services, Inc.',
      lastCheckedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    },
  ]);
  await certifications.scrollIntoViewIfNeeded();
  await screenshot(page, 'party-certifications');
  await usage.getByRole('button', { name: 'HR-01 Payroll and pensions' }).first().click();
  await expect(field(editor, 'Reference')).toHaveValue('HR-01');
  await section(page, 'Overview');
  await expect(page.getByTestId('overview')).toContainText('Controller activities');
  await screenshot(page, 'overview');
  await section(page, 'Organisation');
  await expect(page.getByTestId('organisation-screen').getByLabel('Legal name')).toHaveValue(
    'Acme Widgets Ltd',
  );
  await screenshot(page, 'organisation');

  // The command palette goes to an activity by typing.
  await page.keyboard.press('Control+k');
  await page.getByLabel('Command palette').fill('SV-01');
  await screenshot(page, 'command-palette');
  await page.keyboard.press('Enter');
  await expect(field(editor, 'Reference')).toHaveValue('SV-01');

  // Export the full workbook through the save dialog, then read the xlsx back.
  await section(page, 'Export…');
  const today = new Date().toLocaleDateString('en-CA');
  await page.getByLabel('As at').fill(today);
  await page.getByTestId('export-screen').getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-done')).toContainText(
    'Exported 2 activities to acme-widgets-ltd-article30.xlsx',
  );
  await screenshot(page, 'export');
  await page.getByRole('button', { name: 'Show in folder' }).click();
  const exported = path.join(harness.dir, 'acme-widgets-ltd-article30.xlsx');
  await expect.poll(() => harness.shownInFolder).toEqual([exported]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))),
  );
  const asAt = workbook
    .getWorksheet('Cover')
    ?.getRows(1, 40)
    ?.find((row) => row.getCell(1).text === 'As at');
  expect(asAt?.getCell(2).text).toBe(today);
  expect(cells).toContain('Payroll and pensions');
  expect(cells).toContain('SMS delivery for clients');
  expect(cells.some((text) => text.includes('Income Tax (PAYE) Regulations 2003'))).toBe(true);

  // The workbook goes to the regulator: record it as sent, change the register, and History says what
  // changed since, per record and against the sent copy.
  await page.getByLabel('Label of the sent copy').fill('Sent to the ICO');
  await page.getByRole('button', { name: 'Record as sent' }).click();
  await expect(page.getByTestId('recorded-as-sent')).toBeVisible();
  await section(page, 'Activities');
  await field(editor, 'Name').fill('SMS delivery for client campaigns');
  await saveEditor(page, editor);
  await editor.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('history-of')).toHaveText(
    'History of SV-01 SMS delivery for client campaigns',
  );
  await expect(page.getByTestId('history-entry').first()).toContainText(
    'name: SMS delivery for clients → SMS delivery for client campaigns',
  );
  await screenshot(page, 'history');
  await page.getByRole('tab', { name: 'Sent copies' }).click();
  await page.getByTestId('sent-copy-row').filter({ hasText: 'Sent to the ICO' }).click();
  await expect(page.getByTestId('snapshot-diff')).toContainText(
    '~ changed: SV-01 SMS delivery for client campaigns',
  );
  await screenshot(page, 'history-sent-copy');

  // Checks list what needs attention.
  await section(page, 'Checks');
  await expect(page.getByTestId('checks-screen')).toContainText('errors');
  await screenshot(page, 'checks');

  // Dark theme follows the OS.
  await page.emulateMedia({ colorScheme: 'dark' });
  await section(page, 'Activities');
  await screenshot(page, 'activities-dark');

  const foreign = harness.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`));
  expect(foreign).toEqual([]);
});
