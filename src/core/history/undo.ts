// Undo of a record's last saved change (UI.md: "Ctrl/Cmd+Z undoes the last saved change (from the change
// log)"). The record goes back to what the change log holds from before that change, through the same save
// as an edit: validated, in one transaction and logged itself, so History shows the undo too, and undoing
// again puts back what was undone.
import type { z } from 'zod';
import type { ChangeEntry } from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import { readLogged } from './logged-record';
import type { Register } from '../store/register';

export type UndoableEntity = Exclude<ChangeEntry['entity'], 'register'>;

function refuse(entity: UndoableEntity, why: string): RopaError {
  return new RopaError('CONFLICT', `There is no earlier version of this ${entity} to go back to: ${why}.`);
}

/**
 * The record as it was before its last change, read with a draft schema (its id kept; the save sets the
 * stamps). Refused when that change was not an edit (the record was created then, or came with an import)
 * or when an import replaced the register since: going back past an import would quietly drop what it
 * brought.
 */
export function beforeLastChange<S extends z.ZodType>(
  register: Register,
  entity: UndoableEntity,
  id: string,
  draft: S,
): z.output<S> {
  const [last] = register.changes.list({ entityId: id, entity, limit: 1 });
  if (!last) throw refuse(entity, 'it has no saved change');
  if (last.action === 'create') throw refuse(entity, 'its last change created it');
  if (last.action !== 'update') throw refuse(entity, 'its last change came from an import');
  const [registerChange] = register.changes.list({ entity: 'register', limit: 1 });
  if (registerChange && registerChange.id > last.id)
    throw refuse(entity, 'an import into the register came after its last change');
  return readLogged(draft, last.before, `the earlier version of this ${entity}`);
}
