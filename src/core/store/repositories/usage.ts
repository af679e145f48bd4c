import type { Db } from '../database';

/** The references of the activities (and transfers) that use a term or party, for "in use" messages. */
export function usageOf(db: Db, kind: 'term' | 'party', id: string): string[] {
  const sql =
    kind === 'term'
      ? `SELECT a.reference FROM activity a WHERE a.id IN (SELECT activity_id FROM activity_term WHERE term_id = @id)
         ORDER BY a.reference LIMIT 20`
      : `SELECT DISTINCT a.reference FROM activity a WHERE a.id IN (
           SELECT activity_id FROM activity_party WHERE party_id = @id
           UNION SELECT activity_id FROM transfer WHERE party_id = @id)
         ORDER BY a.reference LIMIT 20`;
  return db
    .prepare<[{ id: string }], { reference: string }>(sql)
    .all({ id })
    .map((r) => r.reference);
}
