import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Activity, Organisation, Party, Transfer } from '../../../src/shared/domain';
import { RopaError } from '../../../src/core/errors';
import { openRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

describe('repositories', () => {
  it('round-trip every field of every entity through the file', () => {
    const dir = tempDir();
    const full = createFullRegister(dir);
    const organisation = full.register.organisation.get();
    full.register.close();
    const register = openRegister(path.join(dir, 'full.ropa'));
    expect(register.organisation.get()).toEqual(organisation);
    expect(Organisation.parse(organisation)).toEqual(organisation);
    expect(register.activities.get(full.controller.id)).toEqual(full.controller);
    expect(register.activities.get(full.processor.id)).toEqual(full.processor);
    expect(register.parties.get(full.party.id)).toEqual(full.party);
    expect(register.transfers.get(full.transfer.id)).toEqual(full.transfer);
    // What the store returns is a valid domain object, with every collection in its saved order.
    expect(Activity.parse(full.controller)).toEqual(full.controller);
    expect(Party.parse(full.party)).toEqual(full.party);
    expect(Transfer.parse(full.transfer)).toEqual(full.transfer);
    expect(full.controller.purposes.map((p) => p.description)).toEqual(['Pay salaries', 'Fraud prevention']);
    expect(full.controller.purposes.every((p) => typeof p.id === 'string')).toBe(true);
    expect(full.controller.retention).toHaveLength(2);
    expect(full.controller.dpia.criteria).toEqual(['wp248-4', 'wp248-7']);
    register.close();
  });

  it('keep ids and creation time on update, and move updatedAt', async () => {
    const { register, controller } = createFullRegister(tempDir());
    await new Promise((r) => setTimeout(r, 5));
    const updated = register.activities.save({ ...controller, name: 'Payroll and pensions' });
    expect(updated.id).toBe(controller.id);
    expect(updated.createdAt).toBe(controller.createdAt);
    expect(updated.updatedAt > controller.updatedAt).toBe(true);
    expect(updated.purposes.map((p) => p.id)).toEqual(controller.purposes.map((p) => p.id));
    register.close();
  });

  it('record every create, update and delete in the change log with before and after', () => {
    const { register, controller, transfer } = createFullRegister(tempDir());
    register.activities.save({
      ...controller,
      name: 'Payroll v2',
      purposes: [{ ...controller.purposes[0]!, lawfulBasis: 'art6-1-c', lawReference: 'PAYE regs' }],
    });
    const [update] = register.changes.list({ entityId: controller.id, limit: 10 });
    expect(update?.action).toBe('update');
    expect((update?.before as Activity).name).toBe('Payroll');
    expect((update?.after as Activity).name).toBe('Payroll v2');
    expect((update?.after as Activity).purposes[0]?.lawfulBasis).toBe('art6-1-c');
    register.transfers.delete(transfer.id);
    const [deleted] = register.changes.list({ entityId: transfer.id, limit: 10 });
    expect(deleted).toMatchObject({ entity: 'transfer', action: 'delete', after: null });
    expect((deleted?.before as Transfer).country).toBe('US');
    const created = register.changes.list({ entityId: controller.id, limit: 10 }).at(-1);
    expect(created).toMatchObject({ action: 'create', before: null, label: 'HR-01 Payroll' });
    expect(register.changes.lastChangeAt()).toBe(deleted?.at);
    register.close();
  });

  it('refuse a second activity with the same reference, whatever its case', () => {
    const { register, controller } = createFullRegister(tempDir());
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = controller;
    expect(() => register.activities.save({ ...fields, reference: 'hr-01', purposes: [] })).toThrow(
      /already used by "Payroll"/,
    );
    register.close();
  });

  it('refuse to delete a party or term still in use, naming the activities', () => {
    const { register, party, controller } = createFullRegister(tempDir());
    expect(() => register.parties.delete(party.id)).toThrow(/linked to HR-01, SV-01/);
    const termId = controller.personalDataIds[0]!;
    expect(() => register.terms.delete(termId)).toThrow(/used by HR-01/);
    expect(register.parties.find(party.id)).not.toBeNull();
    register.close();
  });

  it('refuse term ids from the wrong list and parties that do not exist, naming the field', () => {
    const { register, controller } = createFullRegister(tempDir());
    const purposeTerm = register.terms.list('purpose')[0]!;
    try {
      register.activities.save({
        ...controller,
        dataSubjectIds: [purposeTerm.id],
        parties: [
          { partyId: '6f1d2a52-4d8e-4c1e-9a51-111111111111', relation: 'recipient', description: '' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RopaError);
      expect((error as RopaError).issues?.map((i) => i.path)).toEqual([
        'dataSubjectIds[0]',
        'parties[0].partyId',
      ]);
    }
    register.close();
  });

  it('delete an activity with its transfers and child rows', () => {
    const { register, controller } = createFullRegister(tempDir());
    register.activities.delete(controller.id);
    expect(register.activities.find(controller.id)).toBeNull();
    expect(register.transfers.list(controller.id)).toEqual([]);
    const orphans = register.db
      .prepare('SELECT count(*) FROM activity_term WHERE activity_id = ?')
      .pluck()
      .get(controller.id);
    expect(orphans).toBe(0);
    register.close();
  });

  it("list transfers in the order of their activities' references, then by country and importer", () => {
    const { register, controller, party, transfer } = createFullRegister(tempDir());
    // The first reference on the largest id: listed by id, its transfer would come last.
    const first = { ...controller, id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', reference: 'AA-01' };
    register.activities.restore(first);
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = transfer;
    register.transfers.save({ ...fields, activityId: first.id, country: 'IN' });
    register.transfers.save({ ...fields, activityId: controller.id, country: 'AU' });
    // Two more importers in the US, the one added last first by name.
    const { id: _partyId, createdAt: _c, updatedAt: _u, ...partyFields } = party;
    const acme = register.parties.save({ ...partyFields, name: 'Acme Analytics' });
    register.transfers.save({ ...fields, activityId: controller.id, partyId: acme.id });
    const reference = new Map([first, controller].map((a) => [a.id, a.reference]));
    const name = new Map([party, acme].map((p) => [p.id, p.name]));
    const listed = register.transfers
      .list()
      .map((t) => `${reference.get(t.activityId)} ${t.country} ${name.get(t.partyId ?? '')}`);
    expect(transfer).toMatchObject({ country: 'US', partyId: party.id });
    expect(listed).toEqual([
      'AA-01 IN Amazon Web Services EMEA SARL',
      'HR-01 AU Amazon Web Services EMEA SARL',
      'HR-01 US Acme Analytics',
      'HR-01 US Amazon Web Services EMEA SARL',
    ]);
    expect(
      register.transfers.list(controller.id).map((t) => `${t.country} ${name.get(t.partyId ?? '')}`),
    ).toEqual(listed.slice(1).map((line) => line.slice('HR-01 '.length)));
    register.close();
  });

  it('find activities by text, role, status and department', () => {
    const { register } = createFullRegister(tempDir());
    expect(register.activities.list({ search: 'fraud' }).map((a) => a.reference)).toEqual(['HR-01']);
    expect(register.activities.list({ search: 'sage' }).map((a) => a.reference)).toEqual(['HR-01']);
    expect(register.activities.list({ search: '100%' })).toEqual([]);
    expect(register.activities.list({ role: 'processor' }).map((a) => a.reference)).toEqual(['SV-01']);
    expect(register.activities.list({ status: 'draft' }).map((a) => a.reference)).toEqual(['SV-01']);
    expect(register.activities.list({ department: 'hr' }).map((a) => a.reference)).toEqual(['HR-01']);
    const filtered = register.activities.list({ search: 'payroll' })[0];
    expect(filtered?.parties).toHaveLength(1);
    register.close();
  });

  it('keep term labels unique within a list', () => {
    const { register } = createFullRegister(tempDir());
    const existing = register.terms.list('data-subject')[0]!;
    expect(() =>
      register.terms.save({
        list: 'data-subject',
        label: existing.label.toUpperCase(),
        description: '',
        special: null,
        dpvIri: null,
        seedKey: null,
      }),
    ).toThrow(/already has a term/);
    register.close();
  });
});
