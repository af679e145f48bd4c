// Runs the `ropa` command as its own process, from the TypeScript source, the way a user's shell would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export type CliResult = { code: number | null; stdout: string; stderr: string };

export function ropa(...args: string[]): CliResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
