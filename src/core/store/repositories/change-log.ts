import type { ChangeEntry } from '../../../shared/ipc/contract';
import type { Db } from '../database';
import { now, readJson, writeJson } from '../columns';

export type ChangeQuery = {
  entityId?: string | undefined;
  entity?: ChangeEntry['entity'] | undefined;
  beforeId?: number | undefined;
  /** Part of the record's name as the entry wrote it (case ignored for ASCII, as SQLite's LIKE does). */
  search?: string | undefined;
  limit: number;
};

type ChangeRow = {
  id: number;
  at: string;
  entity: ChangeEntry['entity'];
  entity_id: string;
  action: ChangeEntry['action'];
  label: string;
  before: string | null;
  after: string | null;
};

function rowToChange(row: ChangeRow): ChangeEntry {
  return {
    id: row.id,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    label: row.label,
    before: readJson(row.before),
    after: readJson(row.after),
  };
}

/** The register's history: every create, update and delete, with the entity before and after. */
export function changeLogRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO change_log (at, entity, entity_id, action, label, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    record(
      entity: ChangeEntry['entity'],
      entityId: string,
      action: ChangeEntry['action'],
      label: string,
      before: unknown,
      after: unknown,
    ): void {
      insert.run(now(), entity, entityId, action, label, writeJson(before), writeJson(after));
    },
    /** Newest first; narrowed to one record, one kind of record, or the entries before one (paging back). */
    list(query: ChangeQuery): ChangeEntry[] {
      const where: string[] = [];
      if (query.entityId !== undefined) where.push('entity_id = @entityId');
      if (query.entity !== undefined) where.push('entity = @entity');
      if (query.beforeId !== undefined) where.push('id < @beforeId');
      if (query.search) where.push("label LIKE @search ESCAPE '\\'");
      const sql = `SELECT * FROM change_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT @limit`;
      const params = {
        limit: query.limit,
        ...(query.entityId !== undefined && { entityId: query.entityId }),
        ...(query.entity !== undefined && { entity: query.entity }),
        ...(query.beforeId !== undefined && { beforeId: query.beforeId }),
        // The words are matched as typed: % and _ in them are not wildcards.
        ...(query.search && { search: `%${query.search.replace(/[\\%_]/g, '\\$&')}%` }),
      };
      return db.prepare<[typeof params], ChangeRow>(sql).all(params).map(rowToChange);
    },
    find(id: number): ChangeEntry | null {
      const row = db.prepare<[number], ChangeRow>('SELECT * FROM change_log WHERE id = ?').get(id);
      return row ? rowToChange(row) : null;
    },
    /** The first import into the register logged after the given change, if any. */
    importAfter(id: number): ChangeEntry | null {
      const row = db
        .prepare<[number], ChangeRow>(
          `SELECT * FROM change_log WHERE entity = 'register' AND action = 'import' AND id > ?
           ORDER BY id LIMIT 1`,
        )
        .get(id);
      return row ? rowToChange(row) : null;
    },
    lastChangeAt(): string | null {
      const row = db.prepare<[], { at: string }>('SELECT at FROM change_log ORDER BY id DESC LIMIT 1').get();
      return row?.at ?? null;
    },
  };
}
export type ChangeLogRepository = ReturnType<typeof changeLogRepository>;
