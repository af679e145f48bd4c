// "Replace the register" keeps a copy of the register as it was, beside it, before emptying it: a replace
// chosen by mistake loses nothing. Real register files, through the entry points the app and the CLI use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { importFile } from '../../../src/core/exchange/import';
import { exportRegisterDocument } from '../../../src/core/exchange/register-document';
import { writeKeepingCopy } from '../../../src/core/exchange/replace-backup';
import { createHandlers } from '../../../src/core/handlers';
import { createRegister, openRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { ropa } from '../../helpers/ropa-cli';
import { tempDir } from '../../helpers/temp-dir';

/** A register with two activities, and a JSON document of another register with none. */
function setUp() {
  const dir = tempDir();
  const { register } = createFullRegister(dir, 'acme.ropa');
  const other = createRegister(path.join(dir, 'other.ropa'), { legalName: 'Other Ltd' });
  const document = path.join(dir, 'other.json');
  fs.writeFileSync(document, JSON.stringify(exportRegisterDocument(other)));
  other.close();
  return { dir, register, document };
}

const copiesIn = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.before-replace-'));

describe('replacing the register', () => {
  it('keeps a copy of the register as it was, which opens with everything it held', async () => {
    const { dir, register, document } = setUp();
    const result = await importFile(register, { source: document, format: 'json', mode: 'replace' });
    expect(register.activities.list()).toEqual([]);
    expect(register.organisation.get().legalName).toBe('Other Ltd');
    expect(result.backup).toMatch(/acme\.ropa\.before-replace-.*\.ropa$/);
    expect(copiesIn(dir)).toEqual([path.basename(result.backup!)]);
    register.close();
    const copy = openRegister(result.backup!);
    expect(copy.organisation.get().legalName).toBe('Acme Widgets Ltd');
    expect(copy.activities.list().map((a) => a.reference)).toEqual(['HR-01', 'SV-01']);
    expect(copy.transfers.list()).toHaveLength(1);
    copy.close();
  });

  it('keeps no copy for a dry run, a merge, or a file that cannot be imported', async () => {
    const { dir, register, document } = setUp();
    const dry = await importFile(register, {
      source: document,
      format: 'json',
      mode: 'replace',
      dryRun: true,
    });
    expect(dry.backup).toBeUndefined();
    const merged = await importFile(register, { source: document, format: 'json', mode: 'merge' });
    expect(merged.backup).toBeUndefined();
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"format": "ropa-register", "activities": [');
    await expect(importFile(register, { source: broken, format: 'json', mode: 'replace' })).rejects.toThrow(
      'is not valid JSON',
    );
    expect(copiesIn(dir)).toEqual([]);
    expect(register.activities.list()).toHaveLength(2);
    register.close();
    // A new register, with nothing in it yet, has nothing to keep.
    const fresh = createRegister(path.join(dir, 'fresh.ropa'), { legalName: 'Fresh Ltd' });
    const into = await importFile(fresh, { source: document, format: 'json', mode: 'replace' });
    expect(into.backup).toBeUndefined();
    expect(copiesIn(dir)).toEqual([]);
    fresh.close();
  });

  it('keeps a copy when a document replaces the register through the contract, and names it', async () => {
    const { dir, register, document } = setUp();
    const handlers = createHandlers(register);
    const bad = await dispatch(handlers, 'register:importDocument', {
      document: { format: 'x' },
      mode: 'replace',
    });
    expect(bad.ok).toBe(false);
    expect(copiesIn(dir)).toEqual([]);
    const raw: unknown = JSON.parse(fs.readFileSync(document, 'utf8'));
    const done = await dispatch(handlers, 'register:importDocument', { document: raw, mode: 'replace' });
    expect(done).toMatchObject({ ok: true, value: { activities: 0 } });
    expect(done.ok && done.value.backup && fs.existsSync(done.value.backup)).toBe(true);
    register.close();
  });

  it('says where the copy is on the command line', () => {
    const { register, document } = setUp();
    const file = register.file;
    register.close();
    const run = ropa('import', file, document, '--mode', 'replace');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /The register as it was before is kept in .*acme\.ropa\.before-replace-.*\.ropa\./,
    );
  });

  it('removes the copy again when the write then fails, the register being left as it was', () => {
    const { dir, register } = setUp();
    expect(() =>
      writeKeepingCopy(register, true, () => {
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(copiesIn(dir)).toEqual([]);
    expect(register.activities.list()).toHaveLength(2);
    register.close();
  });
});
