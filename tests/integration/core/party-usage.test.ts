// parties:usage over a real register: each activity that links a party, as what, in reference order; an
// unknown party is NOT_FOUND, and a malformed id is refused before the register is read.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { createRegister } from '../../../src/core/store/register';
import { PartyFields } from '../../../src/shared/domain';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { tempDir } from '../../helpers/temp-dir';

function setup() {
  const register = createRegister(path.join(tempDir(), 'u.ropa'), { legalName: 'Usage Ltd', country: 'GB' });
  const aws = register.parties.save(
    PartyFields.parse({ name: 'AWS', roles: ['processor', 'sub-processor'] }),
  );
  const other = register.parties.save(PartyFields.parse({ name: 'Unused Co', roles: ['recipient'] }));
  const saveWith = (
    role: 'controller' | 'processor',
    reference: string,
    relation: 'processor' | 'sub-processor',
  ) =>
    register.activities.save({
      ...blankActivity(role, reference),
      name: `Activity ${reference}`,
      parties: [{ partyId: aws.id, relation, description: '' }],
    });
  return { register, handlers: createHandlers(register), aws, other, saveWith };
}

describe('parties:usage', () => {
  it('lists the activities naming the party, with its relation to each, in reference order', async () => {
    const { register, handlers, aws, other, saveWith } = setup();
    const later = saveWith('controller', 'HR-10', 'processor');
    const first = saveWith('processor', 'HR-2', 'sub-processor');
    const result = await dispatch(handlers, 'parties:usage', { id: aws.id });
    expect(result).toEqual({
      ok: true,
      value: [
        {
          activityId: first.id,
          reference: 'HR-2',
          name: 'Activity HR-2',
          role: 'processor',
          relations: ['sub-processor'],
        },
        {
          activityId: later.id,
          reference: 'HR-10',
          name: 'Activity HR-10',
          role: 'controller',
          relations: ['processor'],
        },
      ],
    });
    expect(await dispatch(handlers, 'parties:usage', { id: other.id })).toEqual({ ok: true, value: [] });
    register.close();
  });

  it('answers NOT_FOUND for a party the register does not hold, and INVALID_INPUT for a malformed id', async () => {
    const { register, handlers } = setup();
    const missing = await dispatch(handlers, 'parties:usage', { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    const malformed = await dispatch(handlers, 'parties:usage', { id: 'x' });
    expect(malformed.ok === false && malformed.error.code).toBe('INVALID_INPUT');
    register.close();
  });
});

describe('parties:usage with a party named twice in one activity', () => {
  it('gives the activity once, with each capacity once', async () => {
    const { register, handlers, aws } = setup();
    const both = register.activities.save({
      ...blankActivity('controller', 'IT-01'),
      name: 'Hosting',
      parties: [
        { partyId: aws.id, relation: 'processor', description: 'hosting' },
        { partyId: aws.id, relation: 'recipient', description: 'support access' },
        { partyId: aws.id, relation: 'processor', description: 'backups' },
      ],
    });
    const result = await dispatch(handlers, 'parties:usage', { id: aws.id });
    expect(result.ok && result.value).toEqual([
      {
        activityId: both.id,
        reference: 'IT-01',
        name: 'Hosting',
        role: 'controller',
        relations: ['processor', 'recipient'],
      },
    ]);
    register.close();
  });
});
