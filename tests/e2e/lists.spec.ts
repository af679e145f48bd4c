// Tidying a category list after an import: the DPO opens Lists, merges the duplicate "Email" into
// "E-mail address", and the activity that named the duplicate now shows the kept term.
import { TermFields } from '../../src/shared/domain';
import { expect, test } from '@playwright/test';
import { blankActivity } from '../../src/renderer/src/features/activities/draft';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, pick, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

test('a duplicate term is merged into the one kept', async ({ page }) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const register = harness.register();
  const add = (label: string) => register.terms.save(TermFields.parse({ list: 'personal-data', label })).id;
  const email = add('Email');
  add('E-mail address');
  register.activities.save({
    ...blankActivity('controller', 'MK-01'),
    name: 'Newsletter',
    personalDataIds: [email],
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${APP_ORIGIN}/`);

  await section(page, 'Lists');
  await page
    .getByTestId('term-row')
    .filter({ hasText: /^Email/ })
    .click();
  const editor = page.getByTestId('term-editor');
  await expect(editor.getByTestId('term-users')).toHaveText('Used by 1 activity: MK-01 Newsletter');
  await pick(page, field(page, 'Merge into…'), 'E-mail address', 'E-mail');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByTestId('lists-notice')).toHaveText(
    'Merged "Email" into "E-mail address": 1 activity now uses it.',
  );
  await expect(page.getByTestId('term-row').filter({ hasText: /^Email/ })).toHaveCount(0);
  await screenshot(page, 'lists-merged');

  await page.keyboard.press('Control+k');
  await page.getByLabel('Command palette').fill('MK-01');
  await page.keyboard.press('Enter');
  const activity = page.getByTestId('activity-editor');
  await expect(field(activity, 'Reference')).toHaveValue('MK-01');
  await expect(activity.getByText('E-mail address', { exact: true })).toBeVisible();
  await expect(activity.getByText('Email', { exact: true })).toHaveCount(0);
});
