import type { Activity, ActivityFields } from '../../../shared/domain';
import type { ActivityQuery } from '../../../shared/ipc/contract';
import { RopaError, notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now } from '../columns';
import {
  ACTIVITY_COLUMNS,
  activityParams,
  referencedTermIds,
  ACTIVITY_SELECT,
  rowToActivity,
  type ActivityReadRow,
} from './activity-rows';
import type { ChangeLogRepository } from './change-log';
import { assertActivityReferences, type ReferenceIndex } from './activity-references';

/** An activity's table columns as stored: `purposes` and `personalDataIds` are still JSON text. */
export type ActivityTableColumns = Pick<
  Activity,
  'id' | 'role' | 'reference' | 'name' | 'department' | 'status' | 'updatedAt' | 'nextReviewAt'
> & { purposes: string; personalDataIds: string; search: string };

/** Processing activities with their purposes, categories, retention rules and linked parties. */
export function activityRepository(db: Db, changes: ChangeLogRepository) {
  const upsert = db.prepare(`
    INSERT INTO activity (${ACTIVITY_COLUMNS.join(', ')}) VALUES (${ACTIVITY_COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${ACTIVITY_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`);
  // One statement per link table and activity: the ids go in as a JSON array, so a large import makes one
  // call into SQLite per table instead of one per reference.
  const insertTerms = db.prepare<[string, string]>(
    'INSERT INTO activity_term (activity_id, term_id) SELECT ?, value FROM json_each(?)',
  );
  const insertParties = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO activity_party (activity_id, party_id) SELECT ?, value FROM json_each(?)',
  );
  const referenceClash = db.prepare<[string, string], { name: string }>(
    'SELECT name FROM activity WHERE reference = ? COLLATE NOCASE AND id <> ?',
  );
  const deleteLinks = ['activity_term', 'activity_party'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE activity_id = ?`),
  );

  // Every column but search_text, which only the WHERE clause needs.
  const selected = ACTIVITY_SELECT;

  function find(id: string): Activity | null {
    const row = db
      .prepare<[string], ActivityReadRow>(`SELECT ${selected} FROM activity a WHERE a.id = ?`)
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
    const rows = db.prepare<[Record<string, string>], ActivityReadRow>(sql).all(params);
    return rows.map(rowToActivity);
  }

  /**
   * The activities a page at a time, in reference order: each page is its own query (keyset on the unique
   * reference), so no statement stays open between pages and other work can use the connection meanwhile.
   */
  function* pages(size: number, role?: Activity['role']): Generator<Activity[]> {
    const query = (from: string) =>
      db.prepare<[{ after: string; role: string | null; size: number }], ActivityReadRow>(
        `SELECT ${selected} FROM activity a WHERE ${from} AND (@role IS NULL OR a.role = @role)
         ORDER BY a.reference COLLATE NOCASE LIMIT @size`,
      );
    // Two statements, not one with "@after IS NULL OR …": that OR would make SQLite scan the index from
    // its start for every page.
    const first = query('1');
    const next = query('a.reference > @after COLLATE NOCASE');
    let after: string | null = null;
    for (;;) {
      const params = { after: after ?? '', role: role ?? null, size };
      const rows = (after === null ? first : next).all(params);
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.reference;
      yield rows.map(rowToActivity);
      if (rows.length < size) return;
    }
  }

  /** The ids of the activities that use a party or a term, in reference order, from the link tables. */
  const usersOf = (table: 'activity_party' | 'activity_term', column: 'party_id' | 'term_id') => {
    const statement = db
      .prepare<[string], string>(
        `SELECT l.activity_id FROM ${table} l JOIN activity a ON a.id = l.activity_id
         WHERE l.${column} = ? ORDER BY a.reference COLLATE NOCASE`,
      )
      .pluck();
    return (id: string): string[] => statement.all(id);
  };

  /** Mirrors the activity's references into the link tables, where the foreign keys guard them. */
  function writeLinks(activity: Activity): void {
    for (const statement of deleteLinks) statement.run(activity.id);
    insertTerms.run(activity.id, JSON.stringify([...referencedTermIds(activity)]));
    if (activity.parties.length > 0)
      insertParties.run(activity.id, JSON.stringify(activity.parties.map((link) => link.partyId)));
  }

  function write(activity: Activity): void {
    const clash = referenceClash.get(activity.reference, activity.id);
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
    pages,
    /** The columns the activities table shows, in reference order, without parsing whole records. */
    tableColumns(): ActivityTableColumns[] {
      return db
        .prepare<[], ActivityTableColumns>(
          `SELECT id, role, reference, name, department, status, updated_at AS updatedAt,
             next_review_at AS nextReviewAt, purposes, personal_data_ids AS personalDataIds,
             search_text AS search
           FROM activity ORDER BY reference COLLATE NOCASE`,
        )
        .all();
    },
    /** Id, reference, name and role of every activity, in reference order: enough to name them. */
    labels(): Pick<Activity, 'id' | 'reference' | 'name' | 'role'>[] {
      return db
        .prepare<[], Pick<Activity, 'id' | 'reference' | 'name' | 'role'>>(
          'SELECT id, reference, name, role FROM activity ORDER BY reference COLLATE NOCASE',
        )
        .all();
    },
    /** What the review workflow needs of the activities still in use, without reading whole records. */
    reviewDates(): Pick<Activity, 'id' | 'reference' | 'name' | 'lastReviewedAt' | 'nextReviewAt'>[] {
      return db
        .prepare<[], Pick<Activity, 'id' | 'reference' | 'name' | 'lastReviewedAt' | 'nextReviewAt'>>(
          `SELECT id, reference, name, last_reviewed_at AS lastReviewedAt, next_review_at AS nextReviewAt
           FROM activity WHERE status <> 'retired'`,
        )
        .all();
    },
    usingParty: usersOf('activity_party', 'party_id'),
    usingTerm: usersOf('activity_term', 'term_id'),
    get(id: string): Activity {
      const activity = find(id);
      if (!activity) throw notFound('activity', id);
      return activity;
    },
    save(
      fields: ActivityFields & { id?: string | undefined; createdAt?: string | undefined },
      index?: ReferenceIndex,
    ): Activity {
      assertActivityReferences(db, fields, index);
      const before = fields.id ? find(fields.id) : null;
      const at = now();
      const id = fields.id ?? newId();
      // Purposes and retention rules get ids of their own, kept across edits, so history can follow them.
      const purposes = fields.purposes.map((p) => ({ ...p, id: p.id ?? newId() }));
      const retention = fields.retention.map((r) => ({ ...r, id: r.id ?? newId() }));
      // A restored activity keeps the day it was first created (its `createdAt`); a new one is created now.
      const createdAt = before?.createdAt ?? fields.createdAt ?? at;
      write({ ...fields, purposes, retention, id, createdAt, updatedAt: at });
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
