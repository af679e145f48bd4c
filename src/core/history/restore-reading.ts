// Reading a deleted record back out of the change log for a restore: the record through its draft schema
// (as an edit is read), the transfers an activity's deletion took with it (logged as their table rows), the
// day it was first created, and the names of what it uses that has been deleted since.
import { z } from 'zod';
import { IsoTimestamp } from '../../shared/domain/primitives';
import type { RestoredRecord } from '../../shared/ipc/contract';
import { TransferDraft } from '../../shared/domain';
import type { Register } from '../store/register';
import { rowToTransfer, type TransferRow } from '../store/repositories/transfers';
import { readLogged, unreadable } from './logged-record';

export type Restorable = RestoredRecord['entity'];
/** Something a deleted record points at, which must still be in the register for it to come back. */
export type Used = { kind: 'party' | 'term'; id: string };

/** The record as logged before its deletion, read with a draft schema (its id kept; the save stamps it). */
export function readDeleted<S extends z.ZodType>(draft: S, before: unknown, what: string): z.output<S> {
  return readLogged(draft, before, `${what} as it was deleted`);
}

const Created = z.object({ createdAt: IsoTimestamp });

/** The day the record was first created, so that it comes back as created then and updated now. */
export function keptCreatedAt(before: unknown): string | undefined {
  const parsed = Created.safeParse(before);
  return parsed.success ? parsed.data.createdAt : undefined;
}

/**
 * The transfers deleted with an activity: its deletion logs them as the table's rows (snake_case columns),
 * so they are mapped to the domain's shape first, then read like any transfer. An activity deleted before
 * the log kept its transfers comes back without any.
 */
export function deletedTransfers(before: unknown, what: string) {
  const rows = (before as { transfers?: unknown }).transfers;
  if (!Array.isArray(rows)) return [];
  return rows.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) throw unreadable(`${what} as it was deleted`);
    const transfer = rowToTransfer(row as TransferRow);
    return { ...readDeleted(TransferDraft, transfer, what), createdAt: keptCreatedAt(transfer) };
  });
}

/** A record's name as the change log last wrote it ("HR-01 Payroll", "Mailer Inc"), if it has one. */
export function labelInLog(register: Register, id: string): string | undefined {
  return register.changes.list({ entityId: id, limit: 1 })[0]?.label;
}

/** What of `used` is no longer in the register, each named for a person: "the party Mailer Inc". */
export function goneSince(register: Register, used: Used[]): string[] {
  const gone = new Map<string, string>();
  for (const { kind, id } of used) {
    if (gone.has(id)) continue;
    const exists = kind === 'party' ? register.parties.find(id) : register.terms.find(id);
    if (exists) continue;
    const label = labelInLog(register, id);
    gone.set(
      id,
      kind === 'party'
        ? `the party ${label ?? `with id ${id}`}`
        : `the term ${label ? `"${label}"` : `with id ${id}`}`,
    );
  }
  return [...gone.values()];
}
