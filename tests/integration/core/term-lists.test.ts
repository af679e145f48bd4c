// The Lists screen's use cases over a real register file: how many activities use each term of a list,
// which ones, and merging a duplicate term into the one kept — everywhere an activity names it, once, in
// one transaction, with the change log saying what happened.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { mergeTerms } from '../../../src/core/terms/merge';
import { createRegister } from '../../../src/core/store/register';
import { TermFields, type TermList } from '../../../src/shared/domain';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { tempDir } from '../../helpers/temp-dir';

const PURPOSE = { legitimateInterest: '', liaReference: '', lawReference: '' };

function setup() {
  const register = createRegister(path.join(tempDir(), 'lists.ropa'), {
    legalName: 'Lists Ltd',
    country: 'GB',
  });
  const term = (list: TermList, label: string, special: 'art9' | 'art10' | null = null) =>
    register.terms.save(TermFields.parse({ list, label, special })).id;
  const email = term('personal-data', 'Email');
  const eMail = term('personal-data', 'E-mail address');
  const customers = register.terms.list('data-subject').find((t) => t.label === 'Customers')!.id;
  // HR-01 names both duplicates, and the one to drop in its retention rule too; MK-02 only the duplicate.
  const both = register.activities.save({
    ...blankActivity('controller', 'HR-01'),
    name: 'Payroll',
    dataSubjectIds: [customers],
    personalDataIds: [email, eMail],
    retention: [
      {
        personalDataTermId: email,
        period: 6,
        unit: 'years',
        fromEvent: 'end of employment',
        rule: '',
      },
    ],
  });
  const onlySource = register.activities.save({
    ...blankActivity('controller', 'MK-02'),
    name: 'Newsletter',
    personalDataIds: [email],
  });
  return { register, handlers: createHandlers(register), term, email, eMail, customers, both, onlySource };
}

describe('terms:usage', () => {
  it("counts each term's activities for one list, unused terms at 0, in label order", async () => {
    const { register, handlers, email, eMail } = setup();
    const result = await dispatch(handlers, 'terms:usage', { list: 'personal-data' });
    if (!result.ok) throw new Error(result.error.message);
    const counts = new Map(result.value.map((t) => [t.id, t.usedBy]));
    expect(counts.get(email)).toBe(2);
    expect(counts.get(eMail)).toBe(1);
    expect(result.value.find((t) => t.label === 'Health data')).toMatchObject({ usedBy: 0, special: 'art9' });
    expect(result.value.every((t) => t.list === 'personal-data')).toBe(true);
    const labels = result.value.map((t) => t.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    register.close();
  });

  it('names the activities using a term, in reference order', async () => {
    const { register, handlers, email, both, onlySource } = setup();
    expect(await dispatch(handlers, 'terms:users', { id: email })).toEqual({
      ok: true,
      value: [
        { activityId: both.id, reference: 'HR-01', name: 'Payroll' },
        { activityId: onlySource.id, reference: 'MK-02', name: 'Newsletter' },
      ],
    });
    const missing = await dispatch(handlers, 'terms:users', { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    register.close();
  });
});

describe('terms:merge', () => {
  it('moves every activity from the duplicate to the kept term, once, and deletes the duplicate', async () => {
    const { register, handlers, email, eMail, customers, both, onlySource } = setup();
    const result = await dispatch(handlers, 'terms:merge', { sourceId: email, targetId: eMail });
    expect(result.ok && result.value.activities).toBe(2);
    expect(register.terms.find(email)).toBeNull();

    const hr = register.activities.get(both.id);
    expect(hr.personalDataIds).toEqual([eMail]); // de-duplicated, not [eMail, eMail]
    expect(hr.dataSubjectIds).toEqual([customers]);
    expect(hr.retention).toMatchObject([{ personalDataTermId: eMail, period: 6, unit: 'years' }]);
    expect(hr.retention[0]!.id).toBe(both.retention[0]!.id);
    expect(register.activities.get(onlySource.id).personalDataIds).toEqual([eMail]);
    expect(register.terms.usage('personal-data').find((t) => t.id === eMail)?.usedBy).toBe(2);
    register.close();
  });

  it('records each activity changed and the deletion in the change log', () => {
    const { register, email, eMail, both, onlySource } = setup();
    const before = register.changes.list({ limit: 1 })[0]!.id;
    mergeTerms(register, email, eMail);
    const entries = register.changes.list({ limit: 100 }).filter((e) => e.id > before);
    expect(entries.map((e) => [e.entity, e.action, e.label]).reverse()).toEqual([
      ['activity', 'update', 'HR-01 Payroll'],
      ['activity', 'update', 'MK-02 Newsletter'],
      ['term', 'delete', 'Email'],
    ]);
    const hrEntry = entries.find((e) => e.entityId === both.id)!;
    expect((hrEntry.before as { personalDataIds: string[] }).personalDataIds).toEqual([email, eMail]);
    expect((hrEntry.after as { personalDataIds: string[] }).personalDataIds).toEqual([eMail]);
    expect(entries.some((e) => e.entityId === onlySource.id)).toBe(true);
    register.close();
  });

  it('moves purposes onto the kept purpose term, keeping each purpose row', () => {
    const { register, term } = setup();
    const billing = term('purpose', 'Billing');
    const invoicing = term('purpose', 'Invoicing');
    const activity = register.activities.save({
      ...blankActivity('controller', 'FI-01'),
      name: 'Accounts',
      purposes: [
        { ...PURPOSE, termId: billing, description: 'Bill customers', lawfulBasis: 'art6-1-b' },
        { ...PURPOSE, termId: invoicing, description: 'Keep invoices', lawfulBasis: 'art6-1-b' },
      ],
    });
    mergeTerms(register, billing, invoicing);
    expect(register.activities.get(activity.id).purposes.map((p) => [p.termId, p.description])).toEqual([
      [invoicing, 'Bill customers'],
      [invoicing, 'Keep invoices'],
    ]);
    register.close();
  });

  it('keeps the Art 9 mark when a special-category term is merged into an ordinary one', () => {
    const { register, term } = setup();
    const health = term('personal-data', 'Sickness records', 'art9');
    const notes = term('personal-data', 'Medical notes');
    const { target } = mergeTerms(register, health, notes);
    expect(target).toMatchObject({ id: notes, special: 'art9' });
    expect(register.terms.get(notes).special).toBe('art9');
    register.close();
  });

  it('refuses to merge terms of different lists, or Art 9 with Art 10 data, changing nothing', async () => {
    const { register, handlers, email, customers, term } = setup();
    const across = await dispatch(handlers, 'terms:merge', { sourceId: email, targetId: customers });
    expect(across).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '"Email" is in the personal data list and "Customers" in the data subjects list; a term can only be merged into a term of its own list.',
      },
    });
    const art9 = term('personal-data', 'Disability', 'art9');
    const art10 = term('personal-data', 'Cautions', 'art10');
    const kinds = await dispatch(handlers, 'terms:merge', { sourceId: art9, targetId: art10 });
    expect(kinds.ok === false && kinds.error.message).toMatch(/not the same kind of data/);
    const itself = await dispatch(handlers, 'terms:merge', { sourceId: email, targetId: email });
    expect(itself.ok === false && itself.error.code).toBe('INVALID_INPUT');
    expect(register.terms.find(email)).not.toBeNull();
    register.close();
  });

  it('changes nothing when its last step fails: activities, terms and change log stay as they were', async () => {
    const { register, handlers, email, eMail, both, onlySource } = setup();
    const lastChange = register.changes.list({ limit: 1 })[0]!.id;
    // A real SQLite refusal at the very end (the duplicate's deletion), after every activity was rewritten.
    register.db.exec(`CREATE TEMP TRIGGER refuse_term_delete BEFORE DELETE ON term
      BEGIN SELECT RAISE(ABORT, 'the disk refused the write'); END`);
    const result = await dispatch(handlers, 'terms:merge', { sourceId: email, targetId: eMail }, () => {});
    expect(result.ok === false && result.error.code).toBe('INTERNAL');

    expect(register.terms.find(email)).not.toBeNull();
    expect(register.activities.get(both.id)).toEqual(both);
    expect(register.activities.get(onlySource.id)).toEqual(onlySource);
    expect(register.activities.usingTerm(email)).toEqual([both.id, onlySource.id]);
    expect(register.changes.list({ limit: 1 })[0]!.id).toBe(lastChange);
    register.close();
  });
});
