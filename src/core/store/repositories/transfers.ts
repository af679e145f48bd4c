import type { Transfer, TransferFields } from '../../../shared/domain';
import { RopaError, notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now } from '../columns';
import type { ChangeLogRepository } from './change-log';

/** A transfer as its table stores it (and as an activity's deletion logs the transfers deleted with it). */
export type TransferRow = {
  id: string;
  activity_id: string;
  party_id: string | null;
  country: string | null;
  international_organisation: string;
  mechanism: string | null;
  scc_module: Transfer['sccModule'];
  since: string | null;
  tia_date: string | null;
  tia_reference: string;
  supplementary_measures: string;
  safeguards_documentation: string;
  notes: string;
  created_at: string;
  updated_at: string;
};

export function rowToTransfer(row: TransferRow): Transfer {
  return {
    id: row.id,
    activityId: row.activity_id,
    partyId: row.party_id,
    country: row.country,
    internationalOrganisation: row.international_organisation,
    mechanism: row.mechanism,
    sccModule: row.scc_module,
    since: row.since,
    tiaDate: row.tia_date,
    tiaReference: row.tia_reference,
    supplementaryMeasures: row.supplementary_measures,
    safeguardsDocumentation: row.safeguards_documentation,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function transferParams(t: Transfer): TransferRow {
  return {
    id: t.id,
    activity_id: t.activityId,
    party_id: t.partyId,
    country: t.country,
    international_organisation: t.internationalOrganisation,
    mechanism: t.mechanism,
    scc_module: t.sccModule,
    since: t.since,
    tia_date: t.tiaDate,
    tia_reference: t.tiaReference,
    supplementary_measures: t.supplementaryMeasures,
    safeguards_documentation: t.safeguardsDocumentation,
    notes: t.notes,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

const COLUMNS = Object.keys(transferParams({} as Transfer));

/** Transfers to third countries and international organisations, each tied to one activity. */
export function transferRepository(db: Db, changes: ChangeLogRepository) {
  const upsert =
    db.prepare(`INSERT INTO transfer (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`);

  function find(id: string): Transfer | null {
    const row = db.prepare<[string], TransferRow>('SELECT * FROM transfer WHERE id = ?').get(id);
    return row ? rowToTransfer(row) : null;
  }

  function assertTargetsExist(t: TransferFields): void {
    const issues = [];
    if (!db.prepare('SELECT 1 FROM activity WHERE id = ?').get(t.activityId)) {
      issues.push({ path: 'activityId', message: `no activity with id ${t.activityId} in this register` });
    }
    if (t.partyId !== null && !db.prepare('SELECT 1 FROM party WHERE id = ?').get(t.partyId)) {
      issues.push({ path: 'partyId', message: `no party with id ${t.partyId} in this register` });
    }
    if (issues.length > 0) {
      throw new RopaError('INVALID_INPUT', issues.map((i) => `${i.path}: ${i.message}`).join('\n'), issues);
    }
  }

  function label(t: Transfer): string {
    return `transfer to ${t.country ?? t.internationalOrganisation}`;
  }

  return {
    find,
    get(id: string): Transfer {
      const transfer = find(id);
      if (!transfer) throw notFound('transfer', id);
      return transfer;
    },
    list(activityId?: string): Transfer[] {
      const rows = activityId
        ? db
            .prepare<[string], TransferRow>(
              `SELECT t.* FROM transfer t LEFT JOIN party p ON p.id = t.party_id WHERE t.activity_id = ?
               ORDER BY t.country, p.name COLLATE NOCASE, t.created_at, t.id`,
            )
            .all(activityId)
        : // In the order of their activities' references, as the exports and screens list activities (by
          // activity id the order would be that of random UUIDs), then by country and importer.
          db
            .prepare<[], TransferRow>(
              `SELECT t.* FROM transfer t JOIN activity a ON a.id = t.activity_id
               LEFT JOIN party p ON p.id = t.party_id
               ORDER BY a.reference COLLATE NOCASE, t.country, p.name COLLATE NOCASE, t.created_at, t.id`,
            )
            .all();
      return rows.map(rowToTransfer);
    },
    /** A restored transfer keeps the `createdAt` it is given; a new one is created now. */
    save(fields: TransferFields & { id?: string | undefined; createdAt?: string | undefined }): Transfer {
      assertTargetsExist(fields);
      const before = fields.id ? find(fields.id) : null;
      const at = now();
      const transfer: Transfer = {
        ...fields,
        id: fields.id ?? newId(),
        createdAt: before?.createdAt ?? fields.createdAt ?? at,
        updatedAt: at,
      };
      upsert.run(transferParams(transfer));
      changes.record(
        'transfer',
        transfer.id,
        before ? 'update' : 'create',
        label(transfer),
        before,
        transfer,
      );
      return transfer;
    },
    delete(id: string): void {
      const before = find(id);
      if (!before) throw notFound('transfer', id);
      db.prepare('DELETE FROM transfer WHERE id = ?').run(id);
      changes.record('transfer', id, 'delete', label(before), before, null);
    },
    restore(transfer: Transfer): void {
      upsert.run(transferParams(transfer));
    },
    /** Each transfer's activity, by transfer id: what a transfer's finding is counted against. */
    activityIds(): Map<string, string> {
      const rows = db
        .prepare<[], { id: string; activity_id: string }>('SELECT id, activity_id FROM transfer')
        .all();
      return new Map(rows.map((r) => [r.id, r.activity_id]));
    },
    count(): number {
      return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM transfer').get()?.n ?? 0;
    },
    countries(): string[] {
      return db
        .prepare<[], { country: string }>(
          'SELECT DISTINCT country FROM transfer WHERE country IS NOT NULL ORDER BY country',
        )
        .all()
        .map((r) => r.country);
    },
  };
}
export type TransferRepository = ReturnType<typeof transferRepository>;
