// An import can be followed and cancelled through the channels the app uses: it reports reading, checking
// and writing (with the number of activities once checked); a cancel before the writing leaves the register
// exactly as it was; a newer dry run replaces an older one; a second real import is refused meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { exportRegister } from '../../../src/core/exchange/export';
import { importFile } from '../../../src/core/exchange/import';
import { importJobs } from '../../../src/core/exchange/import-jobs';
import { createHandlers } from '../../../src/core/handlers';
import { createRegister, type Register } from '../../../src/core/store/register';
import type { ImportPhase } from '../../../src/shared/ipc/contract';
import { generateRegister } from '../../bench/generate-register';
import { tempDir } from '../../helpers/temp-dir';

let dir: string;
let workbook: string;
let target: Register;
let handlers: ReturnType<typeof createHandlers>;

// The files outlive each test (tempDir() empties after every test), so the folder is made and removed here.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-import-cancel-'));
  const source = generateRegister(path.join(dir, 'source.ropa'), 300);
  workbook = path.join(dir, 'source.xlsx');
  await exportRegister(source, { format: 'full', out: workbook });
  source.close();
  target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target Ltd' });
  handlers = createHandlers(target);
});
afterAll(() => {
  target.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the register holds, to show a cancelled import changed nothing (its history included). */
const contents = () => ({
  activities: target.activities.list().length,
  parties: target.parties.list().length,
  terms: target.terms.list().length,
  changes: target.changes.list({ limit: 10_000 }).length,
  organisation: target.organisation.get().legalName,
});

describe('a long import', () => {
  it('reports reading, checking and writing, with the activities it brings once checked', async () => {
    const fresh = createRegister(path.join(tempDir(), 'fresh.ropa'), { legalName: 'Fresh Ltd' });
    const phases: [ImportPhase, number | undefined][] = [];
    const result = await importFile(
      fresh,
      { source: workbook, format: 'full', mode: 'replace', dryRun: true },
      (phase, activities) => phases.push([phase, activities]),
    );
    expect(phases).toEqual([
      ['reading', undefined],
      ['checking', undefined],
      ['writing', 300],
    ]);
    expect(result).toMatchObject({ activities: 300, dryRun: true });
    expect(fresh.activities.list()).toEqual([]);
    fresh.close();
  });

  it.each([true, false])('dry run %s: cancelled while reading, it changes nothing', async (dryRun) => {
    const before = contents();
    const running = dispatch(handlers, 'imports:run', { source: workbook, mode: 'replace', dryRun });
    const progress = await dispatch(handlers, 'imports:progress', {});
    expect(progress).toMatchObject({ ok: true, value: { running: true, dryRun, phase: 'reading' } });
    expect(await dispatch(handlers, 'imports:cancel', {})).toEqual({ ok: true, value: { cancelled: true } });

    const result = await running;
    expect(result.ok === false && result.error.code).toBe('CANCELLED');
    expect(result.ok === false && result.error.message).toMatch(/Nothing was imported/);
    expect(contents()).toEqual(before);
    expect(await dispatch(handlers, 'imports:progress', {})).toMatchObject({ value: { running: false } });
    // Nothing is left half-done: the same import then runs to the end.
    const again = await dispatch(handlers, 'imports:run', { source: workbook, mode: 'replace', dryRun });
    expect(again).toMatchObject({ ok: true, value: { activities: 300, dryRun } });
  });

  it('lets a newer dry run replace an older one, and refuses a second real import', async () => {
    const older = dispatch(handlers, 'imports:run', { source: workbook, mode: 'merge', dryRun: true });
    const newer = dispatch(handlers, 'imports:run', { source: workbook, mode: 'replace', dryRun: true });
    expect((await older).ok === false && ((await older) as { error: { code: string } }).error.code).toBe(
      'CANCELLED',
    );
    expect(await newer).toMatchObject({ ok: true, value: { activities: 300, dryRun: true } });

    const first = dispatch(handlers, 'imports:run', { source: workbook, mode: 'replace' });
    const second = await dispatch(handlers, 'imports:run', { source: workbook, mode: 'replace' });
    expect(second.ok === false && second.error.code).toBe('CONFLICT');
    expect(await first).toMatchObject({ ok: true, value: { activities: 300 } });
  });
});

describe('the import job', () => {
  it('cannot be cancelled once it writes: the transaction finishes whole', async () => {
    const jobs = importJobs();
    let finish = () => undefined as void;
    const running = jobs.run(false, async (onPhase) => {
      onPhase('writing', 12);
      await new Promise<void>((resolve) => (finish = resolve));
      return 'written';
    });
    expect(jobs.progress()).toEqual({ running: true, dryRun: false, phase: 'writing', activities: 12 });
    expect(jobs.cancel()).toEqual({ cancelled: false });
    finish();
    expect(await running).toBe('written');
    expect(jobs.progress().running).toBe(false);
  });
});
