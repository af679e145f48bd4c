// Playwright drives Debian's Chromium (no browser download) against the built renderer (out/renderer,
// from `npm run build`), with window.api bridged to the real core handlers (tests/e2e/harness.ts).
import { defineConfig } from '@playwright/test';
import path from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// .ci/run sets ROPA_TEST_REPORT_DIR to collect machine-readable results for its closing summary line.
const reportDir = process.env.ROPA_TEST_REPORT_DIR;

export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  outputDir: 'test-results/playwright',
  reporter: reportDir
    ? [['list'], ['json', { outputFile: path.join(reportDir, 'playwright.json') }]]
    : [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 10_000,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'debian-chromium' }],
});
