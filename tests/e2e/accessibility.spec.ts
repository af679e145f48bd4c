// Every section of the app checked with axe-core in Chromium, in the light and the dark scheme, over a
// sample register built from a real privacy policy: no serious or critical WCAG 2.1 A/AA violation (labels,
// names, roles, contrast).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { createSampleRegister } from '../../src/core/samples';
import { APP_ORIGIN, startHarness, type Harness } from './harness';
import { section } from './helpers';

let harness: Harness;

test.afterEach(() => harness?.close());

/** For a contrast failure, the colours and ratio axe measured, so the message says what to change. */
function colours(data: unknown): string {
  const d = data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null;
  return d?.fgColor ? ` (${d.fgColor} on ${d.bgColor}: ${d.contrastRatio}:1)` : '';
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}${colours(n.any[0]?.data)}`)
          .join(' | ')}`,
    );
}

const SECTIONS = [
  'Overview',
  'Parties',
  'Transfers',
  'Data map',
  'Checks',
  'History',
  'Organisation',
  'Lists',
  'Import…',
  'Export…',
  'Registers…',
];

for (const scheme of ['light', 'dark'] as const)
  test(`every section passes axe-core in the ${scheme} scheme, with no serious or critical violation`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    harness = await startHarness(page, 'Empty Ltd');
    await page.goto(`${APP_ORIGIN}/`);
    await page.getByTestId('samples').getByRole('button').first().click();
    await expect(page.getByTestId('activity-row')).not.toHaveCount(0);
    const found: Record<string, string[]> = {};
    await page.getByTestId('activity-row').first().click();
    await expect(page.getByTestId('activity-editor')).toBeVisible();
    found['Activities, an activity open'] = await violations(page);
    for (const name of SECTIONS) {
      await section(page, name);
      // Past the sections' own reads and Mantine's transitions, so what is measured is what is seen.
      await page.waitForTimeout(300);
      found[name] = await violations(page);
    }
    await section(page, 'Parties');
    await page.getByTestId('party-row').first().click();
    await expect(page.getByTestId('party-editor')).toBeVisible();
    found['Parties, a party open'] = await violations(page);
    // Copying from another register: its list of activities, one chosen, and what the copy would bring.
    const other = createSampleRegister('omax', path.join(harness.dir, 'other-client.ropa'));
    harness.answerImportDialog(other.file);
    other.close();
    await section(page, 'Import…');
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await page.getByTestId('copy-activity-row').first().getByRole('checkbox').check();
    await expect(page.getByTestId('dry-run')).toBeVisible();
    found['Import, copying from another register'] = await violations(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
