// Migration 2 adds the snapshot table to a version-1 register without touching its record.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID, openDatabase } from '../../../src/core/store/database';
import { migrate } from '../../../src/core/store/migrate';
import { initial } from '../../../src/core/store/migrations/0001-initial';
import { openRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';

describe('migration 0002-snapshots', () => {
  it('brings a version-1 register to version 2 with an empty snapshot table, keeping a backup', () => {
    const file = path.join(tempDir(), 'v1.ropa');
    const db = openDatabase(file, { create: true });
    db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    migrate(db, [initial]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();

    const register = openRegister(file);
    expect(register.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(register.migratedFrom?.version).toBe(1);
    expect(register.snapshots.list()).toEqual([]);
    const columns = register.db.prepare("SELECT name FROM pragma_table_info('snapshot')").pluck().all();
    expect(columns).toEqual(['id', 'label', 'created_at', 'format', 'file_name', 'file_hash', 'document']);
    register.close();
  });
});
