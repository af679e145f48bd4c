// The exchange use cases through the contract, as the app and the CLI reach them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { createRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

describe('exports:write, imports:run and imports:preview', () => {
  it('validates the input, writes the export and imports it back', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const handlers = createHandlers(register);
    const relative = await dispatch(handlers, 'exports:write', { format: 'full', out: 'record.xlsx' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badDate = await dispatch(handlers, 'exports:write', {
      out: path.join(dir, 'x.xlsx'),
      filters: { asAt: '31/12/2025' },
    });
    expect(badDate.ok).toBe(false);
    const out = path.join(dir, 'record.xlsx');
    const written = await dispatch(handlers, 'exports:write', { out, filters: { role: 'controller' } });
    expect(written).toMatchObject({ ok: true, value: { file: out, activities: 1 } });
    register.close();

    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target Ltd' });
    const targetHandlers = createHandlers(target);
    const dry = await dispatch(targetHandlers, 'imports:run', { source: out, dryRun: true });
    expect(dry).toMatchObject({ ok: true, value: { activities: 1, dryRun: true } });
    expect(target.activities.list()).toEqual([]);
    const run = await dispatch(targetHandlers, 'imports:run', { source: out });
    expect(run).toMatchObject({ ok: true, value: { activities: 1, dryRun: false } });
    const preview = await dispatch(targetHandlers, 'imports:preview', {
      source: path.join(__dirname, '../../fixtures/exchange/dpo-spreadsheet.csv'),
      mapping: { columns: { Ref: 'reference', Activity: 'name' } },
    });
    expect(preview).toMatchObject({ ok: true, value: { total: 2, issues: [] } });
    target.close();
  });
});
