// Undo of a record's last saved change, for every kind of record an editor saves: the record goes back to
// what the change log holds, through the same validated and logged save; what cannot be undone is refused
// with the reason, and changes nothing.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { exportRegisterDocument, importRegisterDocument } from '../../../src/core/exchange/register-document';
import { createHandlers } from '../../../src/core/handlers';
import { mergeTerms } from '../../../src/core/terms/merge';
import { TermFields } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from '../rules/clean-register';

const quiet = () => undefined;

describe('undo of the last saved change', () => {
  it('puts each kind of record back as it was, logs the undo, and a second undo puts the edit back', async () => {
    const c = createCleanRegister(tempDir());
    const handlers = createHandlers(c.register);
    const call = async <C extends Parameters<typeof dispatch>[1]>(channel: C, input: unknown) => {
      const result = await dispatch(handlers, channel, input, quiet);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };

    c.register.parties.save({ ...c.processor, name: 'Hosting UK Limited', notes: 'renamed' });
    const party = await call('parties:undo', { id: c.processor.id });
    expect(party).toMatchObject({ name: 'Hosting UK Ltd', notes: '' });
    expect(c.register.parties.get(c.processor.id).name).toBe('Hosting UK Ltd');
    const [undoEntry, editEntry] = c.register.changes.list({ entityId: c.processor.id, limit: 2 });
    expect(undoEntry).toMatchObject({ action: 'update', label: 'Hosting UK Ltd' });
    expect(editEntry).toMatchObject({ action: 'update', label: 'Hosting UK Limited' });
    expect((await call('parties:undo', { id: c.processor.id })).name).toBe('Hosting UK Limited');

    c.register.activities.save({ ...c.controller, name: 'Customer accounts and billing', owner: 'CFO' });
    const activity = await call('activities:undo', { id: c.controller.id });
    expect(activity).toMatchObject({ name: c.controller.name, owner: c.controller.owner });
    expect(activity.purposes).toEqual(c.controller.purposes);

    c.register.transfers.save({ ...c.transfer, tiaReference: 'TIA-2026-4' });
    expect((await call('transfers:undo', { id: c.transfer.id })).tiaReference).toBe(c.transfer.tiaReference);

    const term = c.register.terms.list('personal-data')[0]!;
    c.register.terms.save({ ...term, label: `${term.label} (edited)` });
    expect((await call('terms:undo', { id: term.id })).label).toBe(term.label);

    const organisation = c.register.organisation.get();
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = organisation;
    c.register.organisation.save({ ...fields, legalName: 'Clean Company Ltd' });
    expect((await call('organisation:undo', undefined)).legalName).toBe('Clean Co Ltd');
    c.register.close();
  });

  it('refuses a record only ever created, or one an import came after, and changes nothing', async () => {
    const c = createCleanRegister(tempDir());
    const handlers = createHandlers(c.register);
    const created = c.register.terms.save(TermFields.parse({ list: 'data-subject', label: 'Visitors' }));
    const countBefore = c.register.changes.list({ limit: 10_000 }).length;
    const refused = await dispatch(handlers, 'terms:undo', { id: created.id }, quiet);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'There is no earlier version of this term to go back to: its last change created it.',
      },
    });

    c.register.parties.save({ ...c.client, notes: 'before the import' });
    importRegisterDocument(c.register, exportRegisterDocument(c.register), 'replace');
    const afterImport = c.register.changes.list({ limit: 10_000 }).length;
    expect(afterImport).toBeGreaterThan(countBefore);
    const pastImport = await dispatch(handlers, 'parties:undo', { id: c.client.id }, quiet);
    expect(pastImport.ok).toBe(false);
    if (!pastImport.ok)
      expect(pastImport.error.message).toBe(
        'There is no earlier version of this party to go back to: an import into the register came after its last change.',
      );
    expect(c.register.parties.get(c.client.id).notes).toBe('before the import');
    expect(c.register.changes.list({ limit: 10_000 })).toHaveLength(afterImport);

    const missing = await dispatch(handlers, 'activities:undo', { id: crypto.randomUUID() }, quiet);
    expect(missing.ok || missing.error.message).toBe(
      'There is no earlier version of this activity to go back to: it has no saved change.',
    );
    c.register.close();
  });

  it('names the field when the earlier version points at a term merged away since', async () => {
    const c = createCleanRegister(tempDir());
    const handlers = createHandlers(c.register);
    const duplicate = c.register.terms.save(TermFields.parse({ list: 'data-subject', label: 'Clients' }));
    const kept = c.controller.dataSubjectIds[0]!;
    c.register.activities.save({ ...c.controller, dataSubjectIds: [duplicate.id] });
    c.register.activities.save({ ...c.controller, dataSubjectIds: [duplicate.id], owner: 'CEO' });
    // The merge rewrites the activity (a logged update), so undoing it would bring the duplicate back: refused.
    c.register.transaction(() => mergeTerms(c.register, duplicate.id, kept));
    const undone = await dispatch(handlers, 'activities:undo', { id: c.controller.id }, quiet);
    expect(undone.ok).toBe(false);
    if (!undone.ok) {
      expect(undone.error.code).toBe('INVALID_INPUT');
      expect(undone.error.issues?.[0]?.message).toBe(`no term with id ${duplicate.id} in this register`);
    }
    expect(c.register.activities.get(c.controller.id).dataSubjectIds).toEqual([kept]);
    c.register.close();
  });
});
