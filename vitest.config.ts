import path from 'node:path';
import { defineConfig } from 'vitest/config';

// .ci/run sets ROPA_TEST_REPORT_DIR to collect machine-readable results for its closing summary line.
const reportDir = process.env.ROPA_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    // Component tests (.tsx) choose jsdom per file with `// @vitest-environment jsdom`.
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/unit/renderer/**/*.test.tsx',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    allowOnly: false,
    reporters: reportDir ? ['default', 'json'] : ['default'],
    ...(reportDir ? { outputFile: { json: path.join(reportDir, 'vitest.json') } } : {}),
  },
});
