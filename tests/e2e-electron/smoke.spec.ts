// Smoke test of the packaged shell: the window opens on a register, navigation away is blocked, and an export
// through the real IPC writes a workbook.
// The Electron binary cannot be downloaded on build machines (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the
// suite looks for it first and prints "skipped: no Electron binary" instead of failing.
import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The binary electron's installer would have written, read without require('electron') (which downloads). */
function electronBinary(): string | null {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(root, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('skipped: no Electron binary');

test('the window opens on a register, refuses to navigate away and exports a workbook', async () => {
  test.skip(!binary, 'skipped: no Electron binary');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [path.join(root, 'out/main/index.js')],
    env: { ...process.env, ROPA_DATA_DIR: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('register-title')).toContainText('.ropa');
    const before = page.url();
    // A string, since the test project's types have no DOM.
    await page.evaluate("window.location.href = 'https://example.com/'");
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);

    // The renderer's only door to the core: window.api over IPC, validated in the main process.
    const out = path.join(userData, 'record.xlsx');
    const result = (await page.evaluate(
      `window.api['exports:write']({ format: 'full', out: ${JSON.stringify(out)} })`,
    )) as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = (await page.evaluate(
      `window.api['exports:write']({ format: 'full', out: 'relative.xlsx' })`,
    )) as { ok: boolean };
    expect(refused.ok).toBe(false);
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
