// A long export can be followed and cancelled through the channels the app uses: progress counts the rows
// written, a second export is refused while one runs, and a cancelled export leaves no file, no temporary
// file, and an older file at the same place as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import type { Register } from '../../../src/core/store/register';
import { generateRegister } from '../../bench/generate-register';
import { tempDir } from '../../helpers/temp-dir';

let register: Register;
let handlers: ReturnType<typeof createHandlers>;

beforeAll(() => {
  register = generateRegister(path.join(tempDir(), 'long.ropa'), 1_500);
  handlers = createHandlers(register);
});
afterAll(() => register.close());

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function progress() {
  const result = await dispatch(handlers, 'exports:progress', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Starts an export and waits until it has written some rows (the export itself is in `running`). */
async function startExport(format: 'full' | 'ico' | 'cnil', out: string) {
  const running = dispatch(handlers, 'exports:write', { format, out });
  while ((await progress()).rows === 0) await turn();
  return { running };
}

describe('a long export', () => {
  it.each(['full', 'ico', 'cnil'] as const)(
    '%s: reports its rows, refuses a second export meanwhile, and stops when cancelled',
    async (format) => {
      const dir = tempDir();
      const out = path.join(dir, `record-${format}.xlsx`);
      fs.writeFileSync(out, 'the export of last month');
      const { running } = await startExport(format, out);

      const during = await progress();
      expect(during.running).toBe(true);
      expect(during.rows).toBeGreaterThan(0);
      const second = await dispatch(handlers, 'exports:write', { format, out: path.join(dir, 'other.xlsx') });
      expect(second.ok === false && second.error.code).toBe('CONFLICT');

      expect(await dispatch(handlers, 'exports:cancel', {})).toEqual({
        ok: true,
        value: { cancelled: true },
      });
      const result = await running;
      expect(result.ok === false && result.error.code).toBe('CANCELLED');
      expect(result.ok === false && result.error.message).toMatch(/Nothing was written/);
      expect(fs.readFileSync(out, 'utf8')).toBe('the export of last month');
      expect(fs.readdirSync(dir).sort()).toEqual([`record-${format}.xlsx`]);
      expect(await progress()).toEqual({ running: false, rows: 0 });
    },
  );

  it('finishes when not cancelled; a cancel with nothing running changes nothing', async () => {
    expect(await dispatch(handlers, 'exports:cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    const out = path.join(tempDir(), 'record.xlsx');
    const result = await dispatch(handlers, 'exports:write', { format: 'full', out });
    expect(result.ok && result.value.activities).toBe(1_500);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});
