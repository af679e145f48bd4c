// Small steps the register flow repeats: picking from Mantine selects, saving, taking screenshots.
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

/** A form control by its label: Mantine's selects are comboboxes, the other inputs textboxes. */
export function field(scope: Page | Locator, name: string): Locator {
  return scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first();
}

/** Opens a Mantine Select / MultiSelect, types to narrow it, and clicks the option. */
export async function pick(page: Page, input: Locator, option: string, typed = option): Promise<void> {
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function saveEditor(page: Page, editor: Locator): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(editor.getByTestId('save-state')).toHaveText('Saved ✓');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

export function section(page: Page, name: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
}
