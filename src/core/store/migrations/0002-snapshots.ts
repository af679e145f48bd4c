// As-sent snapshots: a frozen copy of the register as it was exported (the lossless JSON document), with
// the hash of the file that was sent, so "what did we send the regulator on that date?" has an answer.
import type { Migration } from './migration';

export const snapshots: Migration = {
  version: 2,
  name: 'snapshots',
  up: (db) => {
    db.exec(`
      CREATE TABLE snapshot (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        format TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        file_hash TEXT NOT NULL CHECK (length(file_hash) = 64),
        document TEXT NOT NULL CHECK (json_valid(document))
      ) STRICT;
      CREATE INDEX snapshot_created ON snapshot (created_at);
    `);
  },
};
