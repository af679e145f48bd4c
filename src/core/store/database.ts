import Database from 'better-sqlite3';

export type Db = Database.Database;

/** 'ROPA' in ASCII: marks a SQLite file as a Ropa register (PRAGMA application_id). */
export const ROPA_APPLICATION_ID = 0x524f5041;

export function openDatabase(file: string, options: { readonly?: boolean; create?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

export function readPragmaNumber(db: Db, name: 'application_id' | 'user_version'): number {
  return Number(db.pragma(name, { simple: true }));
}
