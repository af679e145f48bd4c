import type { Activity, ActivityFields } from '../../../shared/domain';
import type { ActivityQuery } from '../../../shared/ipc/contract';
import { RopaError, notFound } from '../../errors';
import type { Db } from '../database';
import { groupBy, newId, now } from '../columns';
import {
  ACTIVITY_COLUMNS,
  TERM_FIELDS,
  activityParams,
  rowToActivity,
  type ActivityRow,
  type ActivityTermRow,
  type PartyLinkRow,
  type PurposeRow,
  type RetentionRow,
  type TermField,
} from './activity-rows';
import type { ChangeLogRepository } from './change-log';
import { assertActivityReferences, type ReferenceIndex } from './activity-references';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Processing activities with their purposes, categories, retention rules and linked parties. */
export function activityRepository(db: Db, changes: ChangeLogRepository) {
  const upsert = db.prepare(`
    INSERT INTO activity (${ACTIVITY_COLUMNS.join(', ')}) VALUES (${ACTIVITY_COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${ACTIVITY_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`);
  const insertTerm = db.prepare(
    'INSERT INTO activity_term (activity_id, field, term_id, position) VALUES (?, ?, ?, ?)',
  );
  const insertPurpose =
    db.prepare(`INSERT INTO activity_purpose (id, activity_id, position, term_id, description,
    lawful_basis, legitimate_interest, lia_reference, law_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertRetention =
    db.prepare(`INSERT INTO activity_retention (id, activity_id, position, personal_data_term_id,
    period, unit, from_event, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPartyLink = db.prepare(
    'INSERT INTO activity_party (activity_id, party_id, relation, description, position) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteChildren = ['activity_term', 'activity_purpose', 'activity_retention', 'activity_party'].map(
    (table) => db.prepare(`DELETE FROM ${table} WHERE activity_id = ?`),
  );

  /** Loads children for the given activities (all of them when ids is null), one query per table. */
  function hydrate(rows: ActivityRow[], ids: string[] | null): Activity[] {
    const scope = ids === null ? '' : 'WHERE activity_id IN (SELECT value FROM json_each(?))';
    const args = ids === null ? [] : [JSON.stringify(ids)];
    const terms = groupBy(
      db
        .prepare<unknown[], ActivityTermRow>(`SELECT * FROM activity_term ${scope} ORDER BY position`)
        .all(...args),
      (r) => r.activity_id,
    );
    const purposes = groupBy(
      db
        .prepare<unknown[], PurposeRow>(`SELECT * FROM activity_purpose ${scope} ORDER BY position`)
        .all(...args),
      (r) => r.activity_id,
    );
    const retention = groupBy(
      db
        .prepare<unknown[], RetentionRow>(`SELECT * FROM activity_retention ${scope} ORDER BY position`)
        .all(...args),
      (r) => r.activity_id,
    );
    const parties = groupBy(
      db
        .prepare<unknown[], PartyLinkRow>(`SELECT * FROM activity_party ${scope} ORDER BY position`)
        .all(...args),
      (r) => r.activity_id,
    );
    return rows.map((row) =>
      rowToActivity(row, {
        terms: terms.get(row.id) ?? [],
        purposes: purposes.get(row.id) ?? [],
        retention: retention.get(row.id) ?? [],
        parties: parties.get(row.id) ?? [],
      }),
    );
  }

  function find(id: string): Activity | null {
    const row = db.prepare<[string], ActivityRow>('SELECT * FROM activity WHERE id = ?').get(id);
    return row ? (hydrate([row], [id])[0] ?? null) : null;
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
    const search = query?.search?.trim();
    if (search) {
      params.search = `%${escapeLike(search)}%`;
      where.push(`(a.reference LIKE @search ESCAPE '\\' OR a.name LIKE @search ESCAPE '\\'
        OR a.description LIKE @search ESCAPE '\\' OR a.department LIKE @search ESCAPE '\\'
        OR a.owner LIKE @search ESCAPE '\\' OR a.systems LIKE @search ESCAPE '\\'
        OR a.notes LIKE @search ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM activity_purpose p WHERE p.activity_id = a.id AND p.description LIKE @search ESCAPE '\\'))`);
    }
    const sql = `SELECT a.* FROM activity a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.reference COLLATE NOCASE`;
    const rows = db.prepare<[Record<string, string>], ActivityRow>(sql).all(params);
    return hydrate(rows, where.length === 0 ? null : rows.map((r) => r.id));
  }

  function writeChildren(activity: Activity): void {
    for (const statement of deleteChildren) statement.run(activity.id);
    for (const [field, property] of Object.entries(TERM_FIELDS) as [TermField, keyof typeof activity][]) {
      (activity[property] as string[]).forEach((termId, position) =>
        insertTerm.run(activity.id, field, termId, position),
      );
    }
    activity.purposes.forEach((p, position) =>
      insertPurpose.run(
        p.id ?? newId(),
        activity.id,
        position,
        p.termId,
        p.description,
        p.lawfulBasis,
        p.legitimateInterest,
        p.liaReference,
        p.lawReference,
      ),
    );
    activity.retention.forEach((r, position) =>
      insertRetention.run(
        r.id ?? newId(),
        activity.id,
        position,
        r.personalDataTermId,
        r.period,
        r.unit,
        r.fromEvent,
        r.rule,
      ),
    );
    activity.parties.forEach((l, position) =>
      insertPartyLink.run(activity.id, l.partyId, l.relation, l.description, position),
    );
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
    writeChildren(activity);
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
      write({ ...fields, id, createdAt: before?.createdAt ?? at, updatedAt: at });
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
