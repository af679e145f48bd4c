// Copying activities from another register (a consultant's other client, a group company's record): real
// register files on both sides, through the same contract the app and the CLI use.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { ROPA_APPLICATION_ID } from '../../../src/core/store/database';
import { ActivityFields, PartyFields } from '../../../src/shared/domain';
import { createRegister, openRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { ropa } from '../../helpers/ropa-cli';
import { sha256, tempDir } from '../../helpers/temp-dir';

function setUp() {
  const dir = tempDir();
  const full = createFullRegister(dir, 'client-a.ropa');
  const sourceFile = full.register.file;
  full.register.close();
  const target = createRegister(path.join(dir, 'client-b.ropa'), { legalName: 'Client B Ltd' });
  return { dir, full, sourceFile, target, handlers: createHandlers(target) };
}

describe('copying activities from another register', () => {
  it('lists the other register’s activities without changing its file', async () => {
    const { sourceFile, handlers, target } = setUp();
    const before = sha256(sourceFile);
    const listed = await dispatch(handlers, 'imports:registerActivities', { source: sourceFile });
    expect(listed).toMatchObject({
      ok: true,
      value: {
        organisation: 'Acme Widgets Ltd',
        activities: [
          { reference: 'HR-01', name: 'Payroll', role: 'controller', status: 'active' },
          { reference: 'SV-01', name: 'Hosting for clients', role: 'processor', status: 'draft' },
        ],
      },
    });
    expect(sha256(sourceFile)).toBe(before);
    target.close();
  });

  it('copies the chosen activity with its terms, parties and transfers, leaving the other organisation’s paperwork behind', async () => {
    const { full, sourceFile, target, handlers } = setUp();
    const before = sha256(sourceFile);
    const dry = await dispatch(handlers, 'imports:run', {
      source: sourceFile,
      format: 'register',
      activityIds: [full.controller.id],
      dryRun: true,
    });
    expect(dry).toMatchObject({ ok: true, value: { activities: 1, parties: 1, transfers: 1, dryRun: true } });
    expect(target.activities.list()).toEqual([]);

    // Named twice, copied once.
    const run = await dispatch(handlers, 'imports:run', {
      source: sourceFile,
      format: 'register',
      activityIds: [full.controller.id, full.controller.id],
    });
    expect(run).toMatchObject({ ok: true, value: { activities: 1, parties: 1, transfers: 1, warnings: [] } });
    expect(sha256(sourceFile)).toBe(before);

    const [copy, ...others] = target.activities.list();
    expect(others).toEqual([]);
    expect(copy!.id).not.toBe(full.controller.id);
    expect(copy).toMatchObject({
      reference: 'HR-01',
      name: 'Payroll',
      description: 'Paying staff',
      systems: ['Sage Payroll', 'AWS'],
      status: 'draft',
      lastReviewedAt: null,
      nextReviewAt: null,
      dpia: { criteria: ['wp248-4', 'wp248-7'], status: 'not-assessed', reference: '' },
      automatedDecisionMaking: { used: true, description: 'Tax code checks' },
      art9Conditions: ['art9-2-b'],
      art10LawReference: 'DPA 2018 Sch 1 para 1',
    });
    expect(
      copy!.purposes.map((p) => [p.description, p.lawfulBasis, p.legitimateInterest, p.liaReference]),
    ).toEqual([
      ['Pay salaries', 'art6-1-b', '', ''],
      ['Fraud prevention', 'art6-1-f', 'Preventing payroll fraud', ''],
    ]);

    // Terms by label, in this register's own ids; the health term keeps its Art 9 mark and its details.
    const terms = new Map(target.terms.list().map((t) => [t.id, t]));
    expect(copy!.personalDataIds.map((id) => terms.get(id)?.label)).toEqual([
      'Test bank details',
      'Test health records',
    ]);
    const health = target.terms.list('personal-data').find((t) => t.label === 'Test health records')!;
    expect(health).toMatchObject({
      special: 'art9',
      description: 'Sickness notes',
      dpvIri: 'https://w3id.org/dpv/pd#Health',
    });
    expect(copy!.retention[0]).toMatchObject({ personalDataTermId: health.id, period: 6, unit: 'years' });
    expect(copy!.purposes[0]!.termId && terms.get(copy!.purposes[0]!.termId)?.label).toBe('Test payroll');

    // The processor comes along with its facts; the DPA was the other organisation's contract.
    const [aws, ...moreParties] = target.parties.list();
    expect(moreParties).toEqual([]);
    expect(aws).toMatchObject({
      name: 'Amazon Web Services EMEA SARL',
      roles: ['processor', 'sub-processor'],
      country: 'US',
      certifications: full.party.certifications,
      catalogId: 'aws',
      dpaSignedOn: null,
      dpaReference: '',
    });
    expect(copy!.parties).toEqual([{ partyId: aws!.id, relation: 'processor', description: 'Hosting' }]);

    const [transfer] = target.transfers.list();
    expect(transfer).toMatchObject({
      activityId: copy!.id,
      partyId: aws!.id,
      country: 'US',
      mechanism: 'eu-scc-m2-c2p',
      sccModule: '2',
      supplementaryMeasures: 'Encryption with keys held in the UK',
      notes: 'Backups',
      since: null,
      tiaDate: null,
      tiaReference: '',
    });
    // One logged change per record written, so History shows where the copy came from and Undo works.
    expect(target.changes.list({ limit: 50 }).length).toBeGreaterThan(0);
    target.close();
  });

  it('reuses a party of the same name, gives a taken reference the next of its series, and says so', async () => {
    const { sourceFile, target, handlers } = setUp();
    const own = target.parties.save(
      PartyFields.parse({
        name: 'amazon web services emea sarl',
        roles: ['processor'],
        country: 'LU',
        dpaSignedOn: '2025-03-01',
        dpaReference: 'B’s own DPA',
      }),
    );
    target.activities.save(
      ActivityFields.parse({ role: 'controller', reference: 'HR-01', name: 'Recruitment' }),
    );
    target.activities.save(
      ActivityFields.parse({ role: 'controller', reference: 'HR-02', name: 'Training' }),
    );
    const run = await dispatch(handlers, 'imports:run', { source: sourceFile, format: 'register' });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value).toMatchObject({ activities: 2, parties: 1, transfers: 1 });
    expect(run.value.warnings).toEqual([
      {
        path: 'client-a.ropa, activity HR-01',
        message: 'reference HR-01 is already used here; the copy is HR-03',
      },
    ]);
    const payroll = target.activities.list().find((a) => a.name === 'Payroll')!;
    expect(payroll.reference).toBe('HR-03');
    expect(payroll.parties[0]!.partyId).toBe(own.id);
    // This register's own party is left as it was: its DPA, its country.
    expect(target.parties.get(own.id)).toMatchObject({ country: 'LU', dpaSignedOn: '2025-03-01' });
    // The client controller of the processor activity was not here: it is created.
    expect(
      target.parties
        .list()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Client Co GmbH', 'amazon web services emea sarl']);
    expect(target.transfers.list()[0]).toMatchObject({ activityId: payroll.id, partyId: own.id });
    target.close();
  });

  it('refuses this register itself, an unknown activity and a file that is not a register, writing nothing', async () => {
    const { dir, sourceFile, target, handlers } = setUp();
    const self = await dispatch(handlers, 'imports:run', { source: target.file, format: 'register' });
    expect(self).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!self.ok && self.error.message).toContain('is the register open here');

    const unknown = await dispatch(handlers, 'imports:run', {
      source: sourceFile,
      format: 'register',
      activityIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!unknown.ok && unknown.error.message).toContain(
      'there is no activity with id 00000000-0000-4000-8000-000000000000',
    );

    const none = await dispatch(handlers, 'imports:run', {
      source: sourceFile,
      format: 'register',
      activityIds: [],
    });
    expect(!none.ok && none.error.message).toContain('no activity was chosen to copy');

    const text = path.join(dir, 'notes.ropa');
    fs.writeFileSync(text, 'not a database');
    const notRegister = await dispatch(handlers, 'imports:registerActivities', { source: text });
    expect(notRegister).toMatchObject({ ok: false, error: { code: 'REFUSED_FILE' } });
    expect(!notRegister.ok && notRegister.error.message).toContain('notes.ropa is not a Ropa register');
    expect(fs.readFileSync(text, 'utf8')).toBe('not a database');

    expect(target.activities.list()).toEqual([]);
    expect(target.parties.list()).toEqual([]);
    target.close();
    // The other register opens as it was.
    const other = openRegister(sourceFile);
    expect(other.activities.list()).toHaveLength(2);
    other.close();
  });

  it('reads a register from an older Ropa through a copy, leaving its file as it was', async () => {
    const { dir, target, handlers } = setUp();
    const old = path.join(dir, 'old.ropa');
    const db = new Database(old);
    db.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
    db.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
    db.close();
    const before = sha256(old);
    const listed = await dispatch(handlers, 'imports:registerActivities', { source: old });
    expect(listed).toEqual({ ok: true, value: { organisation: '', activities: [] } });
    expect(sha256(old)).toBe(before);
    // No migration backup beside it: the file itself was never opened for writing.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('old.ropa'))).toEqual(['old.ropa']);
    target.close();
  });

  it('copies by reference from the command line, and refuses a reference the other register lacks', () => {
    const { sourceFile, target } = setUp();
    const file = target.file;
    target.close();
    const unknown = ropa('import', file, sourceFile, '--activities', 'HR-01,XX-99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no activity XX-99 in that register');
    const dry = ropa('import', file, sourceFile, '--activities', 'hr-01', '--dry-run');
    expect(dry.stdout).toContain('would import 1 activity, 1 party, 1 transfer');
    expect(dry.code).toBe(0);
    const real = ropa('import', file, sourceFile, '--activities', 'SV-01');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Imported 1 activity, 2 parties, 0 transfers');
    const after = openRegister(file);
    expect(after.activities.list().map((a) => [a.reference, a.status])).toEqual([['SV-01', 'draft']]);
    after.close();
  });

  it('finds a party from the vendor catalog by its catalog entry, whatever this register calls it', async () => {
    const { sourceFile, target, handlers } = setUp();
    const aws = target.parties.save(
      PartyFields.parse({ name: 'AWS', roles: ['processor'], country: 'IE', catalogId: 'aws' }),
    );
    const run = await dispatch(handlers, 'imports:run', { source: sourceFile, format: 'register' });
    expect(run).toMatchObject({ ok: true, value: { activities: 2, parties: 1 } });
    // The one new party is the client controller; AWS is this register's own.
    expect(
      target.parties
        .list()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['AWS', 'Client Co GmbH']);
    const payroll = target.activities.list().find((a) => a.reference === 'HR-01')!;
    expect(payroll.parties[0]!.partyId).toBe(aws.id);
    expect(target.transfers.list()[0]!.partyId).toBe(aws.id);
    target.close();
  });
});
