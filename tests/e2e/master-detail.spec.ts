// The master–detail layout in a real browser: the separator shares the width (by mouse and by keyboard) and
// the split is remembered; a narrow window shows the table, then the open record over it with a way back;
// and an editor's unsaved edit survives the window being narrowed and widened again.
import { expect, test, type Page } from '@playwright/test';
import { blankActivity } from '../../src/renderer/src/features/activities/draft';
import { generateRegister } from '../bench/generate-register';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

async function openRegisterWithActivities(page: Page): Promise<void> {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const register = harness.register();
  register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
  register.activities.save({ ...blankActivity('controller', 'MK-01'), name: 'Newsletter' });
  await page.goto(`${APP_ORIGIN}/`);
}

const width = async (page: Page, testId: string) =>
  (await page.locator(`[data-panel]#${testId}`).boundingBox())!.width;

test('the separator shares the width, by mouse and by keyboard, and the split is kept', async ({ page }) => {
  await openRegisterWithActivities(page);
  const separator = page.getByRole('separator', { name: 'Share the width between the table and the editor' });
  await expect(separator).toBeVisible();
  const before = await width(page, 'activities-table');

  const box = (await separator.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => width(page, 'activities-table')).toBeGreaterThan(before + 100);
  const dragged = await width(page, 'activities-table');

  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => width(page, 'activities-table')).toBeLessThan(dragged - 5);
  const keyed = await width(page, 'activities-table');

  // The app restarts (a reload of the window): the split is the one the user left.
  await page.reload();
  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  await expect.poll(async () => Math.round(await width(page, 'activities-table'))).toBe(Math.round(keyed));
  await page.getByTestId('activity-row').first().click();
  await screenshot(page, 'master-detail-split');

  // A double-click puts the separator back where it started. (The hairline's own pixel may be the
  // neighbour's: the library takes the pointer within a few pixels of it, as a user's hand would.)
  const line = (await separator.boundingBox())!;
  await page.mouse.dblclick(line.x + line.width / 2, line.y + line.height / 2);
  await expect.poll(async () => Math.abs((await width(page, 'activities-table')) - before)).toBeLessThan(2);
});

test('a narrow window shows the table, then the open record over it, and goes back', async ({ page }) => {
  await page.setViewportSize({ width: 880, height: 760 });
  await openRegisterWithActivities(page);
  const rows = page.getByTestId('activity-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('separator')).toBeHidden();
  await expect(page.locator('[data-panel]#activities-editor')).toBeHidden();

  await rows.filter({ hasText: 'Payroll' }).click();
  const editor = page.getByTestId('activity-editor');
  await expect(editor).toBeVisible();
  await expect(rows.first()).toBeHidden();
  // Over the table, the editor has the whole width of the content.
  const content = (await page.getByTestId('activities-split').boundingBox())!;
  expect((await editor.boundingBox())!.width).toBeGreaterThan(content.width - 10);
  await screenshot(page, 'narrow-window-editor');

  await page.getByRole('button', { name: '← All activities' }).click();
  await expect(editor).toBeHidden();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toBeVisible();

  // Parties too: the same layout on every master–detail screen.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /^Parties/ })
    .click();
  await expect(page.getByRole('button', { name: '← All parties' })).toBeHidden();
  await page.getByRole('button', { name: '+ Party' }).click();
  await expect(page.getByRole('button', { name: '← All parties' })).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Party' })).toBeHidden();
});

test('an unsaved edit survives the window being narrowed and widened', async ({ page }) => {
  await openRegisterWithActivities(page);
  await page.getByTestId('activity-row').filter({ hasText: 'Payroll' }).click();
  const editor = page.getByTestId('activity-editor');
  await field(editor, 'Name').fill('Payroll and pensions');
  await expect(editor.getByTestId('save-state')).toHaveText('Unsaved changes');

  await page.setViewportSize({ width: 860, height: 760 });
  await expect(page.getByTestId('activity-row').first()).toBeHidden();
  await expect(field(editor, 'Name')).toHaveValue('Payroll and pensions');

  await page.setViewportSize({ width: 1400, height: 860 });
  await expect(page.getByTestId('activity-row').first()).toBeVisible();
  await expect(field(editor, 'Name')).toHaveValue('Payroll and pensions');
  await expect(editor.getByTestId('save-state')).toHaveText('Unsaved changes');
});

test('a long list of transfers draws the rows on screen, and scrolls to the last and opens it', async ({
  page,
}) => {
  harness = await startHarness(page, 'Bench Ltd', (file) => generateRegister(file, 1_000));
  const transfers = harness.register().transfers.list();
  expect(transfers.length).toBeGreaterThan(100);
  await page.goto(`${APP_ORIGIN}/`);
  await section(page, 'Transfers');
  const rows = page.getByTestId('transfers-table-row');
  await expect(rows.first()).toBeVisible();
  // Only what is on screen and a little around it, not every transfer.
  expect(await rows.count()).toBeLessThan(60);

  // Scrolled to the end, the last transfer is there, and opens in its editor.
  await page.locator('.master .mantine-ScrollArea-viewport').evaluate((viewport) => {
    viewport.scrollTop = viewport.scrollHeight;
  });
  const last = transfers.at(-1)!;
  const lastActivity = harness.register().activities.get(last.activityId);
  const lastRow = rows.filter({ hasText: `${lastActivity.reference} ${lastActivity.name}` }).last();
  await expect(lastRow).toBeVisible();
  await lastRow.click();
  await expect(page.getByTestId('transfer-editor')).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
});
