import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  buildFilterIndex,
  filterActivities,
  sortActivities,
} from '../../../src/renderer/src/features/activities/activity-filter';
import { nextReference } from '../../../src/renderer/src/features/activities/draft';
import type { Transfer } from '../../../src/shared/domain';
import type { ActivityRow } from '../../../src/shared/ipc/activity-row';

const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

function row(n: number, patch: Partial<ActivityRow>): ActivityRow {
  return {
    id: ids[n] ?? '',
    role: 'controller',
    reference: '',
    name: '',
    department: '',
    status: 'draft',
    updatedAt: '2026-01-01T00:00:00.000Z',
    nextReviewAt: null,
    lawfulBases: [],
    special: false,
    search: '',
    ...patch,
  };
}

const activities = [
  row(0, {
    reference: 'HR-10',
    name: 'Payroll',
    lawfulBases: ['art6-1-b'],
    search: 'hr-10\npayroll\npay staff',
  }),
  row(1, {
    reference: 'HR-9',
    name: 'Occupational health',
    role: 'processor',
    special: true,
    search: 'hr-9\noccupational health',
  }),
];
const index = buildFilterIndex([{ activityId: ids[0], country: 'US' } as Transfer]);
const refs = (list: ActivityRow[]) => list.map((a) => a.reference);

describe('activity filter', () => {
  it('matches every word of the search, case-insensitively', () => {
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, search: 'pay STAFF' }, index))).toEqual([
      'HR-10',
    ]);
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, search: 'pay health' }, index))).toEqual([]);
  });

  it('filters by role, lawful basis, special data and transfer country', () => {
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, role: 'processor' }, index))).toEqual([
      'HR-9',
    ]);
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, lawfulBasis: 'art6-1-b' }, index))).toEqual([
      'HR-10',
    ]);
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, specialOnly: true }, index))).toEqual([
      'HR-9',
    ]);
    expect(refs(filterActivities(activities, { ...EMPTY_FILTER, country: 'US' }, index))).toEqual(['HR-10']);
  });

  it('sorts references in natural order, both ways', () => {
    expect(refs(sortActivities(activities, { key: 'reference', descending: false }))).toEqual([
      'HR-9',
      'HR-10',
    ]);
    expect(refs(sortActivities(activities, { key: 'reference', descending: true }))).toEqual([
      'HR-10',
      'HR-9',
    ]);
  });

  it('sorts by gaps: any error before any number of warnings, and before the checks answer, the order as it was', () => {
    const [ten, nine] = activities;
    const gaps = {
      [nine!.id]: { error: 0, warning: 40, info: 3 },
      [ten!.id]: { error: 1, warning: 0, info: 0 },
    };
    expect(refs(sortActivities(activities, { key: 'gaps', descending: true }, gaps))).toEqual([
      'HR-10',
      'HR-9',
    ]);
    expect(refs(sortActivities(activities, { key: 'gaps', descending: false }, gaps))).toEqual([
      'HR-9',
      'HR-10',
    ]);
    // Before the checks have answered, every activity weighs the same: the order stays as it was.
    expect(refs(sortActivities(activities, { key: 'gaps', descending: true }, null))).toEqual(
      refs(activities),
    );
  });

  it('proposes the next free reference', () => {
    expect(nextReference(['PA-002'], 'PA')).toBe('PA-003');
    expect(nextReference(['PA-001', 'PA-002'], 'PA')).toBe('PA-003');
  });
});
