// Restore of a deleted record (UI.md: "nothing is ever lost"): the activity, party, transfer or term that a
// deletion in the change log removed comes back as the log holds it from just before. Like undo it goes
// through the normal saves (validated, each write logged, so History shows the restore as a create) and all
// of it runs in one transaction: a restore refused half-way, at an activity's third transfer, writes nothing.
import type { RestoredRecord } from '../../shared/ipc/contract';
import { ActivityDraft, PartyDraft, TermDraft, TransferDraft } from '../../shared/domain';
import { RopaError } from '../errors';
import { recordSaves } from '../record-saves';
import type { Register } from '../store/register';
import { referencedTermIds } from '../store/repositories/activity-rows';
import { capitalised } from './logged-record';
import { freeReference } from './restore-reference';
import {
  deletedTransfers,
  goneSince,
  keptCreatedAt,
  labelInLog,
  readDeleted,
  type Restorable,
  type Used,
} from './restore-reading';

const RESTORABLE: readonly string[] = ['activity', 'party', 'transfer', 'term'] satisfies Restorable[];

/** How a message names the record: "the activity HR-01 Payroll", "the term "Prospects"". */
function named(entity: Restorable, label: string): string {
  if (entity === 'term') return `the term "${label}"`;
  if (entity === 'transfer') return `the ${label}`;
  return `the ${entity} ${label}`;
}

function refusal(what: string, why: string): RopaError {
  return new RopaError('CONFLICT', `${capitalised(what)} cannot be restored: ${why}.`);
}

function refuseGone(what: string, gone: string[]): void {
  if (gone.length === 0) return;
  const list = gone.length === 1 ? gone[0]! : `${gone.slice(0, -1).join(', ')} and ${gone.at(-1)!}`;
  throw refusal(
    what,
    `it uses ${list}, deleted since; restore ${gone.length === 1 ? 'it' : 'them'} first (the deletions are in History)`,
  );
}

export function restoreDeleted(register: Register, changeId: number): RestoredRecord {
  return register.transaction(() => {
    const change = register.changes.find(changeId);
    if (!change)
      throw new RopaError(
        'INVALID_INPUT',
        `There is no change number ${changeId} in this register's history.`,
      );
    if (change.action !== 'delete' || !RESTORABLE.includes(change.entity))
      throw new RopaError(
        'INVALID_INPUT',
        'Only the deletion of an activity, a party, a transfer or a term can be restored; this change deleted nothing.',
      );
    const entity = change.entity as Restorable;
    const what = named(entity, change.label);

    // As undo refuses to go back past an import: the record would come back into a register it was not
    // deleted from, beside whatever the import brought in its place.
    const imported = register.changes.importAfter(change.id);
    if (imported)
      throw refusal(
        what,
        `an import into the register (on ${imported.at.slice(0, 10)}) came after its deletion`,
      );
    const [latest] = register.changes.list({ entityId: change.entityId, limit: 1 });
    const exists = {
      activity: () => register.activities.find(change.entityId),
      party: () => register.parties.find(change.entityId),
      transfer: () => register.transfers.find(change.entityId),
      term: () => register.terms.find(change.entityId),
    }[entity]();
    if (exists) throw refusal(what, 'it is in the register again (it was restored since)');
    if (latest && latest.id !== change.id)
      throw refusal(
        what,
        'it was restored and deleted again since; restore it from its latest deletion in History',
      );

    const save = recordSaves(register);
    const createdAt = keptCreatedAt(change.before);
    const uses = (used: Used[]) => refuseGone(what, goneSince(register, used));
    switch (entity) {
      case 'term': {
        const term = save.term({ ...readDeleted(TermDraft, change.before, what), createdAt });
        return { entity, id: term.id, label: term.label };
      }
      case 'party': {
        const party = save.party({ ...readDeleted(PartyDraft, change.before, what), createdAt });
        return { entity, id: party.id, label: party.name };
      }
      case 'transfer': {
        const transfer = readDeleted(TransferDraft, change.before, what);
        if (!register.activities.find(transfer.activityId)) {
          const activity = labelInLog(register, transfer.activityId);
          throw refusal(
            what,
            `its activity${activity ? ` ${activity}` : ''} was deleted since; restore that activity first`,
          );
        }
        uses(transfer.partyId ? [{ kind: 'party', id: transfer.partyId }] : []);
        const saved = save.transfer({ ...transfer, createdAt });
        return { entity, id: saved.id, label: change.label };
      }
      case 'activity': {
        const activity = readDeleted(ActivityDraft, change.before, what);
        const transfers = deletedTransfers(change.before, what);
        uses([
          ...[...referencedTermIds(activity)].map((id): Used => ({ kind: 'term', id })),
          ...activity.parties.map((link): Used => ({ kind: 'party', id: link.partyId })),
          ...transfers.flatMap((t): Used[] => (t.partyId ? [{ kind: 'party', id: t.partyId }] : [])),
        ]);
        const { reference, note } = freeReference(register, activity.reference);
        const saved = save.activity({ ...activity, reference, createdAt });
        for (const transfer of transfers) save.transfer(transfer);
        return {
          entity,
          id: saved.id,
          label: `${saved.reference} ${saved.name}`,
          transfers: transfers.length,
          ...(note !== undefined && { note }),
        };
      }
    }
  });
}
