import type { Activity, ActivityFields } from '../../../shared/domain';
import type { ActivityQuery } from '../../../shared/ipc/contract';
import { RopaError, notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now } from '../columns';
import {
  ACTIVITY_COLUMNS,
  activityParams,
  referencedTermIds,
  rowToActivity,
  type ActivityRow,
} from './activity-rows';
import type { ChangeLogRepository } from './change-log';
import { assertActivityReferences, type ReferenceIndex } from './activity-references';

/** Processing activities with their purposes, categories, retention rules and linked parties. */
export function activityRepository(db: Db, changes: ChangeLogRepository) {
  const upsert = db.prepare(`
    INSERT INTO activity (${ACTIVITY_COLUMNS.join(', ')}) VALUES (${ACTIVITY_COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${ACTIVITY_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`);
  const insertTerm = db.prepare('INSERT INTO activity_term (activity_id, term_id) VALUES (?, ?)');
  const insertParty = db.prepare(
    'INSERT OR IGNORE INTO activity_party (activity_id, party_id) VALUES (?, ?)',
  );
  const deleteLinks = ['activity_term', 'activity_party'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE activity_id = ?`),
  );

  // Every column but search_text, which only the WHERE clause needs.
  const selected = ACTIVITY_COLUMNS.filter((c) => c !== 'search_text')
    .map((c) => `a.${c}`)
    .join(', ');

  function find(id: string): Activity | null {
    const row = db
      .prepare<[string], ActivityRow>(`SELECT ${selected} FROM activity a WHERE a.id = ?`)
      .get(id);
    return row ? rowToActivity(row) : null;
  }

  function list(query: ActivityQuery = {}): Activity[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (query?.role) {
      where.push('a.role = @role');
      params.role = query.role;
    }
    if (query?.status) {
      where.push('a.status = @status');
      params.status = query.status;
    }
    if (query?.department) {
      where.push('a.department = @department COLLATE NOCASE');
      params.department = query.department;
    }
    const search = query?.search?.trim().toLowerCase();
    if (search) {
      params.search = search;
      where.push('instr(a.search_text, @search) > 0');
    }
    const sql = `SELECT ${selected} FROM activity a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.reference COLLATE NOCASE`;
    const rows = db.prepare<[Record<string, string>], ActivityRow>(sql).all(params);
    return rows.map(rowToActivity);
  }

  /** Mirrors the activity's references into the link tables, where the foreign keys guard them. */
  function writeLinks(activity: Activity): void {
    for (const statement of deleteLinks) statement.run(activity.id);
    for (const termId of referencedTermIds(activity)) insertTerm.run(activity.id, termId);
    for (const link of activity.parties) insertParty.run(activity.id, link.partyId);
  }

  function write(activity: Activity): void {
    const clash = db
      .prepare<[string, string], { name: string }>(
        'SELECT name FROM activity WHERE reference = ? COLLATE NOCASE AND id <> ?',
      )
      .get(activity.reference, activity.id);
    if (clash) {
      throw new RopaError(
        'CONFLICT',
        `The reference ${activity.reference} is already used by "${clash.name}".`,
        [{ path: 'reference', message: `already used by "${clash.name}"` }],
      );
    }
    upsert.run(activityParams(activity));
    writeLinks(activity);
  }

  return {
    find,
    list,
    get(id: string): Activity {
      const activity = find(id);
      if (!activity) throw notFound('activity', id);
      return activity;
    },
    save(fields: ActivityFields & { id?: string | undefined }, index?: ReferenceIndex): Activity {
      assertActivityReferences(db, fields, index);
      const before = fields.id ? find(fields.id) : null;
      const at = now();
      const id = fields.id ?? newId();
      // Purposes and retention rules get ids of their own, kept across edits, so history can follow them.
      const purposes = fields.purposes.map((p) => ({ ...p, id: p.id ?? newId() }));
      const retention = fields.retention.map((r) => ({ ...r, id: r.id ?? newId() }));
      write({ ...fields, purposes, retention, id, createdAt: before?.createdAt ?? at, updatedAt: at });
      const after = find(id) as Activity;
      changes.record(
        'activity',
        id,
        before ? 'update' : 'create',
        `${after.reference} ${after.name}`,
        before,
        after,
      );
      return after;
    },
    delete(id: string): void {
      const before = find(id);
      if (!before) throw notFound('activity', id);
      const transfers = db.prepare('SELECT * FROM transfer WHERE activity_id = ?').all(id);
      db.prepare('DELETE FROM activity WHERE id = ?').run(id);
      changes.record(
        'activity',
        id,
        'delete',
        `${before.reference} ${before.name}`,
        { ...before, transfers },
        null,
      );
    },
    /** Writes an activity exactly as given (ids and stamps kept): used by a lossless import. */
    restore(activity: Activity): void {
      write(activity);
    },
    count(role?: Activity['role']): number {
      const row = role
        ? db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM activity WHERE role = ?').get(role)
        : db.prepare<[], { n: number }>('SELECT count(*) AS n FROM activity').get();
      return row?.n ?? 0;
    },
  };
}
export type ActivityRepository = ReturnType<typeof activityRepository>;
