import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID, openDatabase } from '../../../src/core/store/database';
import { migrate } from '../../../src/core/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/core/store/migrations';
import type { Migration } from '../../../src/core/store/migrations/migration';
import { openRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a marked but unmigrated (version 0) file to the latest schema, keeping a copy of it first', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.ropa');
    const db = new Database(file);
    db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    db.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
    db.close();
    const register = openRegister(file);
    expect(register.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(register.migratedFrom?.version).toBe(0);
    const backup = register.migratedFrom?.backup ?? '';
    register.close();
    expect(fs.existsSync(backup)).toBe(true);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    expect(copy.pragma('application_id', { simple: true })).toBe(ROPA_APPLICATION_ID);
    copy.close();
  });

  it('run each step in its own transaction: a failing step leaves the file at the step before', () => {
    const file = path.join(tempDir(), 'steps.ropa');
    const db = openDatabase(file, { create: true });
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x TEXT) STRICT') },
      {
        version: 2,
        name: 'two-fails',
        up: (d) => {
          d.exec('CREATE TABLE two (x TEXT) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, steps)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['one']);
    db.close();
  });

  it('write a backup before migrating when asked, and never overwrite one', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'b.ropa'), { create: true });
    const backup = path.join(dir, 'b.bak');
    migrate(db, [{ version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x)') }], {
      backupTo: backup,
    });
    expect(fs.existsSync(backup)).toBe(true);
    expect(() =>
      migrate(
        db,
        [
          ...MIGRATIONS.slice(0, 0),
          { version: 1, name: 'one', up: () => undefined },
          { version: 2, name: 'two', up: () => undefined },
        ],
        {
          backupTo: backup,
        },
      ),
    ).toThrow(/will not overwrite/);
    db.close();
  });

  it('the initial schema refuses rows that break its rules', () => {
    const db = openDatabase(path.join(tempDir(), 'c.ropa'), { create: true });
    migrate(db, MIGRATIONS);
    const at = new Date().toISOString();
    expect(() =>
      db
        .prepare(
          "INSERT INTO activity (id, role, reference, name, status, created_at, updated_at) VALUES ('a','owner','R','N','active',?,?)",
        )
        .run(at, at),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO activity_term (activity_id, term_id) VALUES ('nope','nope')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO organisation (id, legal_name, employee_count, created_at, updated_at) VALUES ('o','O','many',?,?)",
        )
        .run(at, at),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});
