import type { RegisterDocument, Snapshot, SnapshotInfo } from '../../../shared/domain';
import { notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now } from '../columns';
import type { ChangeLogRepository } from './change-log';

type SnapshotRow = {
  id: string;
  label: string;
  created_at: string;
  format: string;
  file_name: string;
  file_hash: string;
};

function rowToInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at,
    format: row.format,
    fileName: row.file_name,
    fileHash: row.file_hash,
  };
}

const INFO_COLUMNS = 'id, label, created_at, format, file_name, file_hash';

/** Frozen copies of the register as exported; never updated, only added (and listed, read). */
export function snapshotRepository(db: Db, changes: ChangeLogRepository) {
  return {
    create(fields: Omit<SnapshotInfo, 'id' | 'createdAt'> & { document: RegisterDocument }): SnapshotInfo {
      const info: SnapshotInfo = {
        id: newId(),
        createdAt: now(),
        label: fields.label,
        format: fields.format,
        fileName: fields.fileName,
        fileHash: fields.fileHash,
      };
      db.prepare(
        `INSERT INTO snapshot (id, label, created_at, format, file_name, file_hash, document) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        info.id,
        info.label,
        info.createdAt,
        info.format,
        info.fileName,
        info.fileHash,
        JSON.stringify(fields.document),
      );
      changes.record('register', info.id, 'create', `snapshot "${info.label}"`, null, info);
      return info;
    },
    list(): SnapshotInfo[] {
      return db
        .prepare<[], SnapshotRow>(`SELECT ${INFO_COLUMNS} FROM snapshot ORDER BY created_at DESC, rowid DESC`)
        .all()
        .map(rowToInfo);
    },
    get(id: string): Snapshot {
      const row = db
        .prepare<[string], SnapshotRow & { document: string }>(
          `SELECT ${INFO_COLUMNS}, document FROM snapshot WHERE id = ?`,
        )
        .get(id);
      if (!row) throw notFound('snapshot', id);
      return { ...rowToInfo(row), document: JSON.parse(row.document) as RegisterDocument };
    },
  };
}
export type SnapshotRepository = ReturnType<typeof snapshotRepository>;
