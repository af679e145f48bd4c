// The change log in words, per activity and for the register, and the review workflow.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/handlers';
import { dispatch } from '../../../src/core/dispatch';
import { registerHistory } from '../../../src/core/history';
import { markReviewed, reviewsDue } from '../../../src/core/history/review';
import { exportRegisterDocument, importRegisterDocument } from '../../../src/core/exchange/register-document';
import { createRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';
import path from 'node:path';
import { createCleanRegister } from '../rules/clean-register';

describe('history in words', () => {
  it('says which field of an activity changed, from what to what', () => {
    const c = createCleanRegister(tempDir());
    const purposes = c.controller.purposes.map((p) => ({ ...p, lawfulBasis: 'art6-1-f' as const }));
    c.register.activities.save({
      ...c.controller,
      purposes,
      dataSubjectIds: [c.term('data-subject', 'Prospects')],
    });
    const [latest, created] = registerHistory(c.register, { entityId: c.controller.id, limit: 10 });
    const today = new Date().toISOString().slice(0, 10);
    expect(latest!.summary).toBe(
      `changed on ${today}: lawful basis of "Provide the service" from Contract to Legitimate interests; data subjects from Customers to Prospects`,
    );
    expect(latest!.changes.map((ch) => ch.field)).toEqual(['purposes', 'dataSubjectIds']);
    expect(created!.summary).toBe(`created on ${today}: activity CU-01 Customer accounts`);
    c.register.close();
  });

  it('writes certifications, contact blocks and the DPIA in words, never as raw data', () => {
    const c = createCleanRegister(tempDir());
    c.register.parties.save({
      ...c.client,
      certifications: [{ scheme: 'eu-us-dpf', reference: 'DPF list', lastCheckedOn: '2026-11-01' }],
      representative: {
        name: '',
        company: 'EU Rep Ltd',
        address: '1 Rue X\nParis',
        email: 'rep@eurep.example',
        phone: '',
      },
    });
    const [party] = registerHistory(c.register, { entityId: c.client.id, limit: 1 });
    expect(party!.changes.map(({ label, from, to }) => `${label}: ${from} → ${to}`)).toEqual([
      'representative (Art 27): (none) → EU Rep Ltd, 1 Rue X, Paris, rep@eurep.example',
      'certifications: (none) → EU-US Data Privacy Framework (DPF list), checked 2026-11-01',
    ]);
    c.register.activities.save({
      ...c.controller,
      dpia: { criteria: ['wp248-4', 'wp248-7'], status: 'completed', reference: 'DPIA-3' },
      automatedDecisionMaking: { used: true, description: 'Credit scoring' },
    });
    const [activity] = registerHistory(c.register, { entityId: c.controller.id, limit: 1 });
    const words = activity!.changes.map(({ label, from, to }) => `${label}: ${from} → ${to}`);
    expect(words.join('\n')).not.toMatch(/[{}"]|\[object/);
    expect(words).toContain('automated decision-making: used: no → used: yes; description: Credit scoring');
    expect(words.find((w) => w.startsWith('DPIA:'))).toMatch(
      /→ criteria: Sensitive data or data of a highly personal nature, Data concerning vulnerable data subjects; status: completed; reference: DPIA-3$/,
    );
    c.register.close();
  });

  it('lists the whole register newest first, naming parties rather than ids', () => {
    const c = createCleanRegister(tempDir());
    c.register.transfers.save({
      ...c.transfer,
      partyId: c.processor.id,
      country: 'GB',
      mechanism: 'none-intra-uk',
    });
    const [latest] = registerHistory(c.register);
    expect(latest!.entity).toBe('transfer');
    expect(latest!.summary).toContain('importer from Mailer Inc to Hosting UK Ltd');
    expect(latest!.summary).toContain('country from US to GB');
    c.register.close();
  });

  it('narrows to one kind of record and pages back from an entry, newest first', () => {
    const c = createCleanRegister(tempDir());
    for (let i = 1; i <= 5; i++) c.register.parties.save({ ...c.processor, notes: `note ${i}` });
    const parties = registerHistory(c.register, { entity: 'party', limit: 1000 });
    expect(parties.length).toBeGreaterThanOrEqual(6);
    expect(new Set(parties.map((e) => e.entity))).toEqual(new Set(['party']));
    const firstPage = registerHistory(c.register, { entity: 'party', limit: 2 });
    expect(firstPage.map((e) => e.changes[0]?.to)).toEqual(['note 5', 'note 4']);
    const secondPage = registerHistory(c.register, { entity: 'party', limit: 2, beforeId: firstPage[1]!.id });
    expect(secondPage.map((e) => e.changes[0]?.to)).toEqual(['note 3', 'note 2']);
    // The pages meet exactly: nothing repeated, nothing skipped.
    const all = registerHistory(c.register, { entity: 'party', limit: 4 }).map((e) => e.id);
    expect([...firstPage, ...secondPage].map((e) => e.id)).toEqual(all);
    c.register.close();
  });

  it('finds the writes to records by part of their name, case ignored, across pages', async () => {
    const c = createCleanRegister(tempDir());
    const name = c.processor.name;
    for (let i = 1; i <= 3; i++) c.register.parties.save({ ...c.processor, notes: `note ${i}` });
    const all = registerHistory(c.register, { limit: 1000 });
    const expected = all.filter((e) => e.label.toLowerCase().includes(name.slice(1, 6).toLowerCase()));
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(expected.length).toBeLessThan(all.length);
    const found = registerHistory(c.register, { search: name.slice(1, 6).toUpperCase(), limit: 1000 });
    expect(found.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    // Paging back keeps to the search.
    const first = registerHistory(c.register, { search: name.slice(1, 6), limit: 2 });
    const next = registerHistory(c.register, { search: name.slice(1, 6), limit: 2, beforeId: first[1]!.id });
    expect([...first, ...next].map((e) => e.id)).toEqual(expected.slice(0, 4).map((e) => e.id));
    // What is typed is matched as typed: % is no wildcard.
    expect(registerHistory(c.register, { search: '%', limit: 1000 })).toEqual([]);
    // Through the channel, as the History screen asks.
    const result = await dispatch(createHandlers(c.register), 'history:list', { search: name, limit: 5 });
    expect(result.ok && result.value.length > 0 && result.value.every((e) => e.label.includes(name))).toBe(
      true,
    );
    c.register.close();
  });

  it('refuses an unknown kind of record on the channel, saying which field', async () => {
    const c = createCleanRegister(tempDir());
    const result = await dispatch(createHandlers(c.register), 'history:list', { entity: 'invoice' } as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues?.[0]?.path).toBe('entity');
    c.register.close();
  });

  it('says what an import brought, and sends words only, not the records before and after', () => {
    const c = createCleanRegister(tempDir());
    const target = createRegister(path.join(tempDir(), 'target.ropa'), { legalName: 'Target Ltd' });
    importRegisterDocument(target, exportRegisterDocument(c.register), 'merge');
    const [imported] = registerHistory(target, { limit: 1 });
    const activities = c.register.activities.list().length;
    expect(imported).toMatchObject({ entity: 'register', action: 'import', label: 'import (merge)' });
    expect(imported!.detail).toMatch(
      new RegExp(`^${activities} activities, \\d+ parties, \\d+ transfers?, \\d+ terms$`),
    );
    expect(imported!.summary).toContain(`import (merge), ${activities} activities`);
    const [update] = registerHistory(c.register, { entity: 'organisation', limit: 1 });
    expect(Object.keys(update!).sort()).toEqual(
      ['action', 'at', 'changes', 'entity', 'entityId', 'id', 'label', 'summary'].sort(),
    );
    target.close();
    c.register.close();
  });

  it('is served on the history:list channel', async () => {
    const c = createCleanRegister(tempDir());
    const result = await dispatch(createHandlers(c.register), 'history:list', { entityId: c.client.id });
    expect(result.ok && result.value.map((e) => e.action)).toEqual(['create']);
    c.register.close();
  });
});

describe('review workflow', () => {
  it('marks an activity reviewed and proposes the next review from the register interval', () => {
    const c = createCleanRegister(tempDir());
    c.register.organisation.save({ ...c.register.organisation.get(), reviewIntervalMonths: 6 });
    const reviewed = markReviewed(c.register, c.controller.id, '2026-08-31');
    expect(reviewed).toMatchObject({ lastReviewedAt: '2026-08-31', nextReviewAt: '2027-02-28' });
    expect(c.register.activities.get(c.controller.id).nextReviewAt).toBe('2027-02-28');
    c.register.close();
  });

  it('lists overdue, due-soon and never-reviewed activities, and leaves the rest out', () => {
    const c = createCleanRegister(tempDir());
    c.register.activities.save({ ...c.controller, nextReviewAt: '2026-11-01' });
    c.register.activities.save({ ...c.processorActivity, nextReviewAt: '2026-12-10' });
    expect(reviewsDue(c.register, '2026-11-23').map((d) => [d.reference, d.state])).toEqual([
      ['CU-01', 'overdue'],
      ['SV-01', 'due'],
    ]);
    expect(reviewsDue(c.register, '2026-11-23', 7).map((d) => d.reference)).toEqual(['CU-01']);
    c.register.activities.save({ ...c.processorActivity, lastReviewedAt: null, nextReviewAt: null });
    expect(reviewsDue(c.register, '2026-10-01').map((d) => [d.reference, d.state])).toEqual([
      ['SV-01', 'never'],
    ]);
    c.register.close();
  });

  it('review:mark refuses an unknown activity with a clear error', async () => {
    const c = createCleanRegister(tempDir());
    const result = await dispatch(createHandlers(c.register), 'review:mark', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('NOT_FOUND');
    c.register.close();
  });
});
