import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { createRegister } from '../../../src/core/store/register';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { tempDir } from '../../helpers/temp-dir';

function setup() {
  const register = createRegister(path.join(tempDir(), 'd.ropa'), {
    legalName: 'Dispatch Ltd',
    country: 'GB',
  });
  return { register, handlers: createHandlers(register) };
}

describe('dispatch over the real handlers', () => {
  it('has a handler for every channel of the contract', () => {
    const { register, handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    register.close();
  });

  it('validates input and returns every problem with its path, as a value', async () => {
    const { register, handlers } = setup();
    const result = await dispatch(handlers, 'activities:save', {
      role: 'auditor',
      reference: '',
      name: 'X',
      purposes: [{ lawfulBasis: 'x' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues?.map((i) => i.path)).toEqual([
        'role',
        'reference',
        'purposes[0].lawfulBasis',
      ]);
    }
    expect(register.activities.count()).toBe(0);
    register.close();
  });

  it('turns expected failures into their codes: not found, conflict', async () => {
    const { register, handlers } = setup();
    const missing = await dispatch(handlers, 'activities:get', {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await dispatch(handlers, 'activities:save', { role: 'controller', reference: 'HR-01', name: 'Payroll' });
    const clash = await dispatch(handlers, 'activities:save', {
      role: 'controller',
      reference: 'HR-01',
      name: 'Other',
    });
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/HR-01/) },
    });
    register.close();
  });

  it('checks country codes and mechanisms against the reference data', async () => {
    const { register, handlers } = setup();
    const party = await dispatch(handlers, 'parties:save', { name: 'Nowhere Inc', country: 'XY' });
    expect(party).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'country' }] },
    });
    const activity = await dispatch(handlers, 'activities:save', {
      role: 'controller',
      reference: 'IT-01',
      name: 'Hosting',
    });
    if (!activity.ok) throw new Error(activity.error.message);
    const transfer = await dispatch(handlers, 'transfers:save', {
      activityId: activity.value.id,
      country: 'US',
      mechanism: 'privacy-shield-forever',
    });
    expect(transfer).toMatchObject({ ok: false, error: { issues: [{ path: 'mechanism' }] } });
    register.close();
  });

  it('hides unexpected errors behind a plain message and logs them', async () => {
    const { register, handlers } = setup();
    const logged: unknown[] = [];
    const broken = {
      ...handlers,
      'register:summary': () => {
        throw new TypeError('x is undefined');
      },
    };
    const result = await dispatch(broken, 'register:summary', {}, (e) => logged.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/x is undefined/);
    expect(logged).toHaveLength(1);
    register.close();
  });

  it('summarises the register', async () => {
    const { register, handlers } = setup();
    const result = await dispatch(handlers, 'register:summary', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { organisation: { legalName: 'Dispatch Ltd' }, schemaVersion: LATEST_SCHEMA_VERSION },
    });
    register.close();
  });
});
