// An empty register offers the samples; opening one makes a new register file and shows it.
import { expect, test } from '@playwright/test';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

test('an empty register opens a sample register', async ({ page }) => {
  harness = await startHarness(page, 'Empty Ltd');
  await page.goto(`${APP_ORIGIN}/`);
  const samples = page.getByTestId('samples');
  await expect(samples.getByRole('button')).not.toHaveCount(0);
  await screenshot(page, 'start-empty-register');
  const first = samples.getByRole('button').first();
  const organisation = ((await first.textContent()) ?? '').replace(/^Open /, '');
  await first.click();
  await expect(page.getByTestId('register-title')).toContainText(organisation);
  await expect(page.getByTestId('activity-row')).not.toHaveCount(0);
  expect(harness.register().file).toMatch(/sample-.*\.ropa$/);
  expect(harness.register().activities.list().length).toBeGreaterThan(0);
  await screenshot(page, 'sample-register');

  // The sample's data map: every party it names is drawn, with where it is.
  await section(page, 'Data map');
  const parties = harness.register().parties.list();
  await expect(page.getByTestId('data-map').locator('.react-flow__node')).not.toHaveCount(0);
  for (const party of parties)
    await expect(page.getByTestId('map-link').filter({ hasText: party.name }).first()).toBeAttached();
  await screenshot(page, 'sample-data-map');
  expect(harness.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});
