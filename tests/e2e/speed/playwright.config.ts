// The UI speed measurements (npm run bench:ui): not tests, so not part of `npm run test:e2e`.
import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 180_000,
  reporter: [['list']],
  outputDir: '../../../test-results/playwright-bench',
});
