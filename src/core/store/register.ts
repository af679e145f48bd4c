// A register: one organisation's record in one SQLite file. Opening checks the file is ours and
// current before anything is written; creating seeds the starter term lists.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OrganisationFieldsInput } from '../../shared/domain';
import { OrganisationFields } from '../../shared/domain';
import { RefusedFileError } from '../errors';
import { ROPA_APPLICATION_ID, openDatabase, readPragmaNumber, type Db } from './database';
import { backupPathFor, copyDatabase, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { activityRepository } from './repositories/activities';
import { changeLogRepository } from './repositories/change-log';
import { organisationRepository } from './repositories/organisation';
import { partyRepository } from './repositories/parties';
import { snapshotRepository } from './repositories/snapshots';
import { termRepository } from './repositories/terms';
import { transferRepository } from './repositories/transfers';
import { inspectRegisterFile } from './sqlite-file';
import { starterTerms } from './starter-terms';

export const REGISTER_EXTENSION = '.ropa';

function repositories(db: Db) {
  const changes = changeLogRepository(db);
  return {
    changes,
    organisation: organisationRepository(db, changes),
    terms: termRepository(db, changes),
    parties: partyRepository(db, changes),
    activities: activityRepository(db, changes),
    transfers: transferRepository(db, changes),
    snapshots: snapshotRepository(db, changes),
  };
}

export type Register = ReturnType<typeof repositories> & {
  readonly file: string;
  readonly db: Db;
  readonly schemaVersion: number;
  /** The backup written before a migration, when opening migrated the file. */
  readonly migratedFrom: { version: number; backup: string } | null;
  /** Runs fn in one transaction: all of it is written, or none of it. */
  transaction<T>(fn: () => T): T;
  /** Writes a consistent copy of the register to target (atomically: temp file, then rename). */
  saveCopy(target: string): void;
  close(): void;
};

function assemble(file: string, db: Db, migratedFrom: Register['migratedFrom']): Register {
  return {
    ...repositories(db),
    file,
    db,
    schemaVersion: readPragmaNumber(db, 'user_version'),
    migratedFrom,
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    saveCopy(target: string) {
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      fs.rmSync(temp, { force: true });
      try {
        copyDatabase(db, temp);
        fs.renameSync(temp, target);
      } finally {
        fs.rmSync(temp, { force: true });
      }
    },
    close: () => db.close(),
  };
}

/** Reads what a file claims to be without writing to it, and refuses anything we should not open. */
function checkIdentity(file: string): number {
  const name = path.basename(file);
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true });
    const applicationId = readPragmaNumber(db, 'application_id');
    const version = readPragmaNumber(db, 'user_version');
    if (applicationId !== ROPA_APPLICATION_ID) {
      const tables = db
        .prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
        .get();
      throw new RefusedFileError(
        file,
        tables?.n
          ? `${name} is an SQLite database of another program, not a Ropa register. It was left unchanged.`
          : `${name} is an empty SQLite database, not a Ropa register. It was left unchanged.`,
      );
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new RefusedFileError(
        file,
        `${name} was written by a newer version of Ropa (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Ropa to open it. The file was left unchanged.`,
      );
    }
    return version;
  } catch (error) {
    if (error instanceof RefusedFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedFileError(file, `${name} is damaged and cannot be read as a Ropa register (${detail}).`);
  } finally {
    db?.close();
  }
}

export function openRegister(file: string): Register {
  const absolute = path.resolve(file);
  inspectRegisterFile(absolute);
  const version = checkIdentity(absolute);
  let migratedFrom: Register['migratedFrom'] = null;
  if (version < LATEST_SCHEMA_VERSION) {
    const backup = backupPathFor(absolute, LATEST_SCHEMA_VERSION);
    const reader = openDatabase(absolute, { readonly: true });
    try {
      copyDatabase(reader, backup);
    } finally {
      reader.close();
    }
    migratedFrom = { version, backup };
  }
  const db = openDatabase(absolute);
  try {
    migrate(db, MIGRATIONS);
    // Reading the schema fails fast on a damaged file; a full quick_check would cost ~300 ms on a large one.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return assemble(absolute, db, migratedFrom);
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new RefusedFileError(absolute, `${path.basename(absolute)} could not be opened: ${detail}`);
  }
}

/** Runs `read` in one read transaction, so everything it reads is the register as it stood at one moment. */
function readWhole<T>(register: Register, read: (register: Register) => T): T {
  try {
    return register.transaction(() => read(register));
  } finally {
    register.close();
  }
}

/**
 * Reads another register without changing it. A register of the current schema is read through a read-only
 * connection, as it stands even while another window writes to it; one from an older Ropa is copied and the
 * copy brought to the current schema (the copy is deleted afterwards). The file itself is never written.
 */
export function readOtherRegister<T>(file: string, read: (register: Register) => T): T {
  const absolute = path.resolve(file);
  inspectRegisterFile(absolute);
  if (checkIdentity(absolute) === LATEST_SCHEMA_VERSION)
    return readWhole(assemble(absolute, openDatabase(absolute, { readonly: true }), null), read);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-read-'));
  try {
    const copy = path.join(dir, path.basename(absolute));
    const reader = openDatabase(absolute, { readonly: true });
    try {
      copyDatabase(reader, copy);
    } finally {
      reader.close();
    }
    // The copy is a throwaway: migrated in place, with none of openRegister's backup of it.
    const db = openDatabase(copy);
    try {
      migrate(db, MIGRATIONS);
    } catch (error) {
      db.close();
      throw error;
    }
    return readWhole(assemble(copy, db, null), read);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Creates a new register file for an organisation; refuses to overwrite an existing file. */
export function createRegister(file: string, organisation: OrganisationFieldsInput): Register {
  const absolute = path.resolve(file);
  const fields = OrganisationFields.parse(organisation);
  if (fs.existsSync(absolute)) {
    throw new RefusedFileError(
      absolute,
      `${absolute} already exists; choose another name or open it instead.`,
    );
  }
  const db = openDatabase(absolute, { create: true });
  try {
    db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    migrate(db, MIGRATIONS);
    const register = assemble(absolute, db, null);
    register.transaction(() => {
      register.organisation.save(fields);
      for (const term of starterTerms()) register.terms.save(term);
    });
    return register;
  } catch (error) {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(absolute + suffix, { force: true });
    throw error;
  }
}
