// Brings a register file to the latest schema: a copy first, then each step in its own transaction.
import fs from 'node:fs';
import type { Db } from './database';
import { readPragmaNumber } from './database';
import type { Migration } from './migrations/migration';

/** `acme.ropa` → `acme.ropa.before-v2-2026-11-23T10-00-00Z.bak`, beside the file. */
export function backupPathFor(file: string, targetVersion: number, at = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${file}.before-v${targetVersion}-${stamp}.bak`;
}

/** A consistent copy of the open database (WAL content included), written with VACUUM INTO. */
export function copyDatabase(db: Db, target: string): void {
  if (fs.existsSync(target)) throw new Error(`will not overwrite ${target}`);
  db.prepare('VACUUM INTO ?').run(target);
}

export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: { backupTo?: string } = {},
): number {
  const from = readPragmaNumber(db, 'user_version');
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return from;
  if (options.backupTo) copyDatabase(db, options.backupTo);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return readPragmaNumber(db, 'user_version');
}
