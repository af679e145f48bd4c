// The review workflow: mark an activity reviewed (next review proposed from the register's interval),
// and list what is due.
import type { Activity, ReviewDue } from '../../shared/domain';
import { addMonths, todayUtc } from '../../shared/dates';
import type { Register } from '../store/register';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function markReviewed(register: Register, id: string, on: string = todayUtc()): Activity {
  const months = register.organisation.get().reviewIntervalMonths;
  return register.transaction(() => {
    const activity = register.activities.get(id);
    return register.activities.save({ ...activity, lastReviewedAt: on, nextReviewAt: addMonths(on, months) });
  });
}

export function reviewsDue(register: Register, on: string = todayUtc(), withinDays = 30): ReviewDue[] {
  const horizon = addDays(on, withinDays);
  const due: ReviewDue[] = [];
  for (const a of register.activities.reviewDates()) {
    const state =
      a.nextReviewAt === null
        ? a.lastReviewedAt === null
          ? 'never'
          : null
        : a.nextReviewAt < on
          ? 'overdue'
          : a.nextReviewAt <= horizon
            ? 'due'
            : null;
    if (state === null) continue;
    due.push({
      activityId: a.id,
      reference: a.reference,
      name: a.name,
      lastReviewedAt: a.lastReviewedAt,
      nextReviewAt: a.nextReviewAt,
      state,
    });
  }
  const order = { overdue: 0, due: 1, never: 2 } as const;
  return due.sort(
    (x, y) => order[x.state] - order[y.state] || (x.nextReviewAt ?? '').localeCompare(y.nextReviewAt ?? ''),
  );
}
