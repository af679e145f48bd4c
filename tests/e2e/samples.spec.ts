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
  // No node covers the next one in its column, however long its name, and a link's words stay short.
  const boxes = await page
    .getByTestId('data-map')
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = n.getBoundingClientRect();
        return { x: Math.round(box.x), top: box.top, bottom: box.bottom, text: n.textContent ?? '' };
      }),
    );
  const columns = new Map<number, typeof boxes>();
  for (const box of boxes) columns.set(box.x, [...(columns.get(box.x) ?? []), box]);
  expect(columns.size).toBeGreaterThanOrEqual(2);
  for (const column of columns.values()) {
    const sorted = [...column].sort((a, b) => a.top - b.top);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.top, `${sorted[i - 1]!.text} / ${sorted[i]!.text}`).toBeGreaterThanOrEqual(
        sorted[i - 1]!.bottom,
      );
  }
  const edgeWords = await page.getByTestId('data-map').locator('.react-flow__edge-text').allTextContents();
  expect(edgeWords.length).toBeGreaterThan(0);
  for (const words of edgeWords) expect(words.length).toBeLessThanOrEqual(40);
  await screenshot(page, 'sample-data-map');
  expect(harness.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});
