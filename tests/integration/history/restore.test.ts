// Restore of a deleted record from History, over a real register: the activity (with the transfers deleted
// with it), party, transfer or term comes back as it was, through the logged saves; what cannot come back is
// refused with the reason, naming what to restore first, and changes nothing.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { exportRegisterDocument, importRegisterDocument } from '../../../src/core/exchange/register-document';
import { createHandlers } from '../../../src/core/handlers';
import { registerHistory } from '../../../src/core/history';
import { PartyFields } from '../../../src/shared/domain';
import type { Channel } from '../../../src/shared/ipc/channels';
import { tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from '../rules/clean-register';

const quiet = () => undefined;

function setup() {
  const c = createCleanRegister(tempDir());
  const handlers = createHandlers(c.register);
  const call = async <C extends Channel>(channel: C, input: unknown) => {
    const result = await dispatch(handlers, channel, input, quiet);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  /** The deletion of a record: its latest change. */
  const deletionOf = (id: string) => {
    const [change] = c.register.changes.list({ entityId: id, limit: 1 });
    expect(change?.action).toBe('delete');
    return change!.id;
  };
  /** Everything in the register and its history, to show that a refused restore changed nothing. */
  const state = () => ({
    ...exportRegisterDocument(c.register),
    exportedAt: '',
    changes: c.register.changes.list({ limit: 10_000 }).length,
  });
  /** Asks for a restore that must be refused, and checks that nothing changed. */
  const refused = async (changeId: number) => {
    const before = state();
    const result = await dispatch(handlers, 'history:restore', { changeId }, quiet);
    expect(state()).toEqual(before);
    if (result.ok) throw new Error('the restore was not refused');
    return result.error;
  };
  return { ...c, handlers, call, deletionOf, refused };
}

const updatedNow = { updatedAt: expect.any(String) };

describe('restore of a deleted record', () => {
  it('brings an activity back with both transfers deleted with it, and History lists the restore', async () => {
    const c = setup();
    const second = c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      country: 'IN',
      mechanism: 'uk-idta',
      notes: 'Support desk',
    });
    const activity = c.register.activities.get(c.controller.id);
    const transfers = c.register.transfers.list(c.controller.id);
    expect(transfers).toHaveLength(2);
    await c.call('activities:delete', { id: c.controller.id });
    expect(c.register.transfers.list(c.controller.id)).toEqual([]);

    const restored = await c.call('history:restore', { changeId: c.deletionOf(c.controller.id) });
    expect(restored).toEqual({
      entity: 'activity',
      id: c.controller.id,
      label: 'CU-01 Customer accounts',
      transfers: 2,
    });
    expect(c.register.activities.get(c.controller.id)).toEqual({ ...activity, ...updatedNow });
    expect(c.register.transfers.list(c.controller.id)).toEqual(
      transfers.map((t) => ({ ...t, ...updatedNow })),
    );
    expect(c.register.transfers.get(second.id).notes).toBe('Support desk');

    const history = registerHistory(c.register, { limit: 3 });
    expect(history.map((h) => [h.entity, h.action])).toEqual([
      ['transfer', 'create'],
      ['transfer', 'create'],
      ['activity', 'create'],
    ]);
    expect(history[2]!.label).toBe('CU-01 Customer accounts');
    c.register.close();
  });

  it('brings back a party, a term and a transfer, each logged as created again', async () => {
    const c = setup();
    const party = c.register.parties.save(
      PartyFields.parse({ name: 'Print Shop Ltd', roles: ['processor'] }),
    );
    const term = c.register.terms.list('data-subject').find((t) => t.label === 'Prospects')!;
    await c.call('parties:delete', { id: party.id });
    await c.call('terms:delete', { id: term.id });
    await c.call('transfers:delete', { id: c.transfer.id });

    const back = await Promise.all([
      c.call('history:restore', { changeId: c.deletionOf(party.id) }),
      c.call('history:restore', { changeId: c.deletionOf(term.id) }),
      c.call('history:restore', { changeId: c.deletionOf(c.transfer.id) }),
    ]);
    expect(back).toEqual([
      { entity: 'party', id: party.id, label: 'Print Shop Ltd' },
      { entity: 'term', id: term.id, label: 'Prospects' },
      { entity: 'transfer', id: c.transfer.id, label: 'transfer to US' },
    ]);
    expect(c.register.parties.get(party.id)).toEqual({ ...party, ...updatedNow });
    expect(c.register.terms.get(term.id)).toEqual({ ...term, ...updatedNow });
    expect(c.register.transfers.get(c.transfer.id)).toEqual({ ...c.transfer, ...updatedNow });
    for (const id of [party.id, term.id, c.transfer.id])
      expect(c.register.changes.list({ entityId: id, limit: 1 })[0]?.action).toBe('create');
    c.register.close();
  });

  it('gives an activity whose reference was taken since the next free one of its series, and says so', async () => {
    const c = setup();
    await c.call('activities:delete', { id: c.controller.id });
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = c.controller;
    c.register.activities.save({ ...fields, name: 'Customer accounts (new)', parties: [] });

    const restored = await c.call('history:restore', { changeId: c.deletionOf(c.controller.id) });
    expect(restored).toMatchObject({
      label: 'CU-02 Customer accounts',
      note: 'CU-01 is now used by "Customer accounts (new)", so this activity came back as CU-02.',
    });
    expect(c.register.activities.get(c.controller.id).reference).toBe('CU-02');
    c.register.close();
  });
});

describe('a restore that cannot be made', () => {
  it('is refused for a change that is missing or deleted nothing', async () => {
    const c = setup();
    expect(await c.refused(999_999)).toEqual({
      code: 'INVALID_INPUT',
      message: "There is no change number 999999 in this register's history.",
    });
    const [created] = c.register.changes.list({ entityId: c.processor.id, limit: 1 });
    expect(await c.refused(created!.id)).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Only the deletion of an activity, a party, a transfer or a term can be restored; this change deleted nothing.',
    });
    const badInput = await dispatch(c.handlers, 'history:restore', { changeId: 0 }, quiet);
    expect(badInput.ok || badInput.error.code).toBe('INVALID_INPUT');
    c.register.close();
  });

  it('is refused when the record is back already, or was restored and deleted again', async () => {
    const c = setup();
    await c.call('transfers:delete', { id: c.transfer.id });
    const first = c.deletionOf(c.transfer.id);
    await c.call('history:restore', { changeId: first });
    expect(await c.refused(first)).toEqual({
      code: 'CONFLICT',
      message: 'The transfer to US cannot be restored: it is in the register again (it was restored since).',
    });
    await c.call('transfers:delete', { id: c.transfer.id });
    expect((await c.refused(first)).message).toBe(
      'The transfer to US cannot be restored: it was restored and deleted again since; restore it from its latest deletion in History.',
    );
    await c.call('history:restore', { changeId: c.deletionOf(c.transfer.id) });
    c.register.close();
  });

  it('is refused when an import came after the deletion', async () => {
    const c = setup();
    const party = c.register.parties.save(
      PartyFields.parse({ name: 'Print Shop Ltd', roles: ['processor'] }),
    );
    await c.call('parties:delete', { id: party.id });
    const deletion = c.deletionOf(party.id);
    importRegisterDocument(c.register, exportRegisterDocument(c.register), 'replace');
    const error = await c.refused(deletion);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /^The party Print Shop Ltd cannot be restored: an import into the register \(on \d{4}-\d{2}-\d{2}\) came after its deletion\.$/,
    );
    c.register.close();
  });

  it('names the party and the term deleted since that the activity uses, to restore them first', async () => {
    const c = setup();
    await c.call('activities:delete', { id: c.controller.id });
    const customers = c.term('data-subject', 'Customers');
    await c.call('parties:delete', { id: c.usImporter.id });
    await c.call('terms:delete', { id: customers });
    expect(await c.refused(c.deletionOf(c.controller.id))).toEqual({
      code: 'CONFLICT',
      message:
        'The activity CU-01 Customer accounts cannot be restored: it uses the term "Customers" and the party Mailer Inc, deleted since; restore them first (the deletions are in History).',
    });
    await c.call('history:restore', { changeId: c.deletionOf(c.usImporter.id) });
    await c.call('history:restore', { changeId: c.deletionOf(customers) });
    expect((await c.call('history:restore', { changeId: c.deletionOf(c.controller.id) })).transfers).toBe(1);
    c.register.close();
  });

  it('refuses a transfer whose importer or activity was deleted since, naming it', async () => {
    const c = setup();
    await c.call('transfers:delete', { id: c.transfer.id });
    const deletion = c.deletionOf(c.transfer.id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...controller } = c.controller;
    c.register.activities.save({
      ...controller,
      id: c.controller.id,
      parties: controller.parties.slice(0, 1),
    });
    await c.call('parties:delete', { id: c.usImporter.id });
    expect((await c.refused(deletion)).message).toBe(
      'The transfer to US cannot be restored: it uses the party Mailer Inc, deleted since; restore it first (the deletions are in History).',
    );
    await c.call('activities:delete', { id: c.controller.id });
    expect(await c.refused(deletion)).toEqual({
      code: 'CONFLICT',
      message:
        'The transfer to US cannot be restored: its activity CU-01 Customer accounts was deleted since; restore that activity first.',
    });
    c.register.close();
  });

  it('writes nothing when a transfer of the activity is refused after the activity was saved', async () => {
    const c = setup();
    await c.call('activities:delete', { id: c.controller.id });
    const deletion = c.deletionOf(c.controller.id);
    // A mechanism this version does not know: the transfer's save refuses it, after the activity's save.
    const before = c.register.changes.find(deletion)!.before as { transfers: { mechanism: string }[] };
    before.transfers[0]!.mechanism = 'privacy-shield-3';
    c.register.db
      .prepare('UPDATE change_log SET before = ? WHERE id = ?')
      .run(JSON.stringify(before), deletion);
    const error = await c.refused(deletion);
    expect(error.code).toBe('INVALID_INPUT');
    expect(c.register.activities.find(c.controller.id)).toBeNull();
    c.register.close();
  });
});
