// The Electron smoke suite: runs where an Electron binary exists, and says plainly when it does not.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  outputDir: '../../test-results/playwright-electron',
  reporter: [['list']],
});
