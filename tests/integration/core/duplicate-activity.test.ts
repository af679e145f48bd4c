// Duplicating an activity on a real register: a new draft with the next free reference of its series, the
// same record otherwise, its transfers copied, review dates left out, and the original untouched.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { copyReference } from '../../../src/shared/copy-reference';
import { tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from '../rules/clean-register';

describe('duplicate an activity', () => {
  it('saves a draft copy with the next reference and the transfers, leaving the original as it was', async () => {
    const c = createCleanRegister(tempDir());
    const handlers = createHandlers(c.register);
    c.register.activities.save({ ...c.controller, id: undefined, reference: 'CU-02', name: 'Taken' });
    const result = await dispatch(handlers, 'activities:duplicate', { id: c.controller.id });
    if (!result.ok) throw new Error(result.error.message);
    const copy = result.value;
    expect(copy).toMatchObject({
      reference: 'CU-03',
      name: 'Customer accounts (copy)',
      status: 'draft',
      lastReviewedAt: null,
      nextReviewAt: null,
      role: 'controller',
    });
    expect(copy.id).not.toBe(c.controller.id);
    // Everything else is the original's.
    const sameFields = [
      'purposes',
      'dataSubjectIds',
      'personalDataIds',
      'recipientCategoryIds',
      'retention',
      'parties',
      'securityMeasureIds',
      'dpia',
    ] as const;
    for (const field of sameFields) expect(copy[field]).toEqual(c.controller[field]);

    const [transfer] = c.register.transfers.list(copy.id);
    expect(transfer).toMatchObject({
      partyId: c.usImporter.id,
      country: 'US',
      mechanism: c.transfer.mechanism,
    });
    expect(transfer!.id).not.toBe(c.transfer.id);
    expect(c.register.transfers.list(c.controller.id)).toEqual([c.transfer]);
    expect(c.register.activities.get(c.controller.id)).toEqual(c.controller);
    expect(c.register.changes.list({ entityId: copy.id, limit: 5 }).map((e) => e.action)).toEqual(['create']);
    c.register.close();
  });

  it('names an unknown activity', async () => {
    const c = createCleanRegister(tempDir());
    const id = crypto.randomUUID();
    const result = await dispatch(
      createHandlers(c.register),
      'activities:duplicate',
      { id },
      () => undefined,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: `No activity with id ${id} in this register.` },
    });
    c.register.close();
  });
});

describe('the reference of a copy', () => {
  it('takes the next free number of the series, keeping its width, whatever the case', () => {
    expect(copyReference('HR-01', ['HR-01'])).toBe('HR-02');
    expect(copyReference('HR-01', ['HR-01', 'hr-02', 'HR-04'])).toBe('HR-03');
    expect(copyReference('MK-009', ['MK-009'])).toBe('MK-010');
    expect(copyReference('PA7', ['PA7'])).toBe('PA8');
  });

  it('adds "-copy" to a reference without a number, then numbers the copies', () => {
    expect(copyReference('PAYROLL', ['PAYROLL'])).toBe('PAYROLL-copy');
    expect(copyReference('PAYROLL', ['PAYROLL', 'payroll-COPY'])).toBe('PAYROLL-copy-2');
  });
});
