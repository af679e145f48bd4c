import type { ChangeEntry } from '../../../shared/ipc/contract';
import type { Db } from '../database';
import { now, readJson, writeJson } from '../columns';

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
    list(query: { entityId?: string | undefined; limit: number }): ChangeEntry[] {
      const rows = query.entityId
        ? db
            .prepare<[string, number], ChangeRow>(
              'SELECT * FROM change_log WHERE entity_id = ? ORDER BY id DESC LIMIT ?',
            )
            .all(query.entityId, query.limit)
        : db
            .prepare<[number], ChangeRow>('SELECT * FROM change_log ORDER BY id DESC LIMIT ?')
            .all(query.limit);
      return rows.map(rowToChange);
    },
    lastChangeAt(): string | null {
      const row = db.prepare<[], { at: string }>('SELECT at FROM change_log ORDER BY id DESC LIMIT 1').get();
      return row?.at ?? null;
    },
  };
}
export type ChangeLogRepository = ReturnType<typeof changeLogRepository>;
