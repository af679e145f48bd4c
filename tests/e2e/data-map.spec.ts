// The data map in a real browser over the real core: a DPO sees where the register's data goes, the gap of
// a processor abroad with no transfer recorded, draws one activity alone, and opens a party from the map.
import { expect, test } from '@playwright/test';
import { blankActivity } from '../../src/renderer/src/features/activities/draft';
import { PartyFields, TransferFields } from '../../src/shared/domain';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { field, pick, screenshot, section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

test('the data map shows where data goes, its gaps, one activity alone, and opens a party', async ({
  page,
}) => {
  harness = await startHarness(page, 'Acme Widgets Ltd');
  const register = harness.register();
  const hosting = register.parties.save(
    PartyFields.parse({ name: 'Hosting UK Ltd', roles: ['processor'], country: 'GB' }),
  );
  const mailer = register.parties.save(
    PartyFields.parse({ name: 'Mailer Inc', roles: ['processor'], country: 'US' }),
  );
  const crm = register.parties.save(
    PartyFields.parse({ name: 'CRM Pvt Ltd', roles: ['processor'], country: 'IN' }),
  );
  const payroll = register.activities.save({
    ...blankActivity('controller', 'HR-01'),
    name: 'Payroll',
    parties: [{ partyId: hosting.id, relation: 'processor', description: '' }],
  });
  const newsletter = register.activities.save({
    ...blankActivity('controller', 'MK-01'),
    name: 'Newsletter',
    parties: [
      { partyId: mailer.id, relation: 'processor', description: '' },
      { partyId: crm.id, relation: 'processor', description: '' },
    ],
  });
  register.transfers.save(
    TransferFields.parse({
      activityId: newsletter.id,
      partyId: mailer.id,
      country: 'US',
      mechanism: 'uk-idta',
    }),
  );
  await page.goto(`${APP_ORIGIN}/`);

  await section(page, 'Data map');
  const map = page.getByTestId('data-map');
  for (const label of ['HR-01 Payroll', 'MK-01 Newsletter', 'Hosting UK Ltd', 'Mailer Inc', 'CRM Pvt Ltd'])
    await expect(map.locator('.react-flow__node', { hasText: label })).toBeVisible();
  await expect(map.locator('.react-flow__node', { hasText: 'India (IN) · Needs safeguards' })).toBeVisible();
  await expect(map.locator('.react-flow__edge')).toHaveCount(6);
  await expect(page.getByTestId('map-gaps')).toHaveText('1 gap');
  const gap = page.getByTestId('map-link').and(page.locator('[data-state=gap]'));
  await expect(gap).toHaveText(['CRM Pvt LtdIndia (IN)based here, no transfer recorded gap']);
  await expect(page.getByTestId('map-link').filter({ hasText: 'Mailer Inc' }).last()).toContainText(
    'International Data Transfer Agreement (IDTA)',
  );
  await screenshot(page, 'data-map');

  // The wheel scrolls the map like a page; with Ctrl it zooms.
  const viewport = map.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform));
  const before = await transform();
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await transform()).f).toBeLessThan(before.f);
  expect((await transform()).a).toBeCloseTo(before.a);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await transform()).a).toBeGreaterThan(before.a);

  // One activity alone: its parties and their destinations, nothing of the other activity.
  await pick(page, field(page, 'Activity'), 'HR-01 Payroll', 'HR-01');
  await expect(map.locator('.react-flow__node', { hasText: 'MK-01 Newsletter' })).toHaveCount(0);
  await expect(map.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.getByTestId('map-gaps')).toHaveText('No gap on this map');
  expect(payroll.id).toBeTruthy();

  // A party on the map opens in its editor.
  await page.getByRole('button', { name: 'Whole register' }).click();
  await map.locator('.react-flow__node', { hasText: 'CRM Pvt Ltd' }).click();
  await expect(page.getByTestId('party-editor')).toBeVisible();
  await expect(field(page.getByTestId('party-editor'), 'Name')).toHaveValue('CRM Pvt Ltd');

  // From the keyboard, the map in words opens an activity.
  await section(page, 'Data map');
  const newsletterLink = page
    .getByTestId('map-link')
    .getByRole('button', { name: 'MK-01 Newsletter' })
    .first();
  await newsletterLink.focus();
  await page.keyboard.press('Enter');
  await expect(field(page.getByTestId('activity-editor'), 'Reference')).toHaveValue('MK-01');
  expect(harness.requests.every((url) => url.startsWith(APP_ORIGIN))).toBe(true);
});
