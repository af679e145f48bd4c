import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RefusedFileError } from '../../../src/core/errors';
import { ROPA_APPLICATION_ID } from '../../../src/core/store/database';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { createRegister, openRegister } from '../../../src/core/store/register';
import { sha256, tempDir } from '../../helpers/temp-dir';

function refusal(file: string): RefusedFileError {
  try {
    openRegister(file).close();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedFileError);
    return error as RefusedFileError;
  }
  throw new Error(`${file} was opened but should have been refused`);
}

describe('register files', () => {
  it('creates a register marked as ours, at the latest schema, in WAL mode with foreign keys on', () => {
    const file = path.join(tempDir(), 'acme.ropa');
    createRegister(file, { legalName: 'Acme Ltd' }).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(ROPA_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const strict = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(strict.length).toBeGreaterThanOrEqual(8);
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
    const register = openRegister(file);
    expect(register.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(register.organisation.get().legalName).toBe('Acme Ltd');
    expect(register.terms.list().length).toBeGreaterThan(20);
    register.close();
  });

  it('refuses to create a register over an existing file', () => {
    const file = path.join(tempDir(), 'taken.ropa');
    fs.writeFileSync(file, 'keep me');
    expect(() => createRegister(file, { legalName: 'X' })).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('refuses a zero-byte file and leaves it untouched', () => {
    const file = path.join(tempDir(), 'empty.ropa');
    fs.writeFileSync(file, '');
    expect(refusal(file).message).toMatch(/empty \(0 bytes\)/);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not an SQLite database and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.ropa');
    fs.writeFileSync(file, 'Name,Purpose\nPayroll,Pay staff\n'.repeat(20));
    const before = sha256(file);
    expect(refusal(file).message).toMatch(/not an SQLite database/);
    expect(sha256(file)).toBe(before);
  });

  it("refuses another program's SQLite database and leaves it untouched", () => {
    const file = path.join(tempDir(), 'other.ropa');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const before = sha256(file);
    expect(refusal(file).message).toMatch(/another program/);
    expect(sha256(file)).toBe(before);
  });

  it('refuses an empty SQLite database that is not marked as a register', () => {
    const file = path.join(tempDir(), 'blank.ropa');
    const db = new Database(file);
    db.pragma('user_version = 0');
    db.exec('CREATE TABLE t (x); DROP TABLE t;');
    db.close();
    expect(refusal(file).message).toMatch(/not a Ropa register/);
  });

  it('refuses a register written by a newer version and says which', () => {
    const file = path.join(tempDir(), 'future.ropa');
    createRegister(file, { legalName: 'Future Ltd' }).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha256(file);
    const error = refusal(file);
    expect(error.message).toMatch(
      new RegExp(
        `newer version of Ropa \\(schema ${LATEST_SCHEMA_VERSION + 5}; this version reads up to ${LATEST_SCHEMA_VERSION}\\)`,
      ),
    );
    expect(sha256(file)).toBe(before);
  });

  it('refuses a truncated register and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'whole.ropa');
    const register = createRegister(file, { legalName: 'Cut Ltd' });
    register.db.pragma('wal_checkpoint(TRUNCATE)');
    register.db.pragma('journal_mode = DELETE');
    register.close();
    const bytes = fs.readFileSync(file);
    const cut = path.join(dir, 'cut.ropa');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = sha256(cut);
    expect(refusal(cut).message).toMatch(/damaged/);
    expect(sha256(cut)).toBe(before);
  });

  it('refuses a file cut off inside its header', () => {
    const file = path.join(tempDir(), 'stub.ropa');
    fs.writeFileSync(file, Buffer.from('SQLite format 3\0abc', 'latin1'));
    expect(refusal(file).message).toMatch(/cut off inside its header/);
  });

  it('says plainly when there is no file', () => {
    expect(refusal(path.join(tempDir(), 'missing.ropa')).message).toMatch(/There is no file/);
  });

  it('saves a consistent copy that opens as the same register', () => {
    const dir = tempDir();
    const register = createRegister(path.join(dir, 'a.ropa'), { legalName: 'Copy Ltd' });
    const copy = path.join(dir, 'copy.ropa');
    register.saveCopy(copy);
    register.close();
    const opened = openRegister(copy);
    expect(opened.organisation.get().legalName).toBe('Copy Ltd');
    opened.close();
  });
});
