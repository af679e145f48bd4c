// Ctrl+C during `ropa export`: the export stops, says so, exits 130, and leaves neither a half-written file
// nor its temporary file; a file already at that place keeps its content.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generateRegister } from '../../bench/generate-register';
import { tempDir } from '../../helpers/temp-dir';

const root = path.resolve(__dirname, '../../..');

it('ropa export stops cleanly on SIGINT', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'big.ropa');
  generateRegister(file, 3_000).close();
  const out = path.join(dir, 'record.xlsx');
  fs.writeFileSync(out, 'last month');

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'export', file, '--format', 'full', '--out', out],
    { cwd: root },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  // The temporary file appears when the workbook starts to be written: interrupt then.
  const writing = () => fs.readdirSync(dir).some((name) => name.endsWith('.tmp'));
  const deadline = Date.now() + 30_000;
  while (!writing() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(writing()).toBe(true);
  child.kill('SIGINT');

  expect(await exited).toBe(130);
  expect(stderr).toMatch(/The export was interrupted\. Nothing was written/);
  expect(fs.readFileSync(out, 'utf8')).toBe('last month');
  const left = fs.readdirSync(dir).filter((name) => !name.startsWith('big.ropa'));
  expect(left).toEqual(['record.xlsx']);
}, 60_000);
