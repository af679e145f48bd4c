// A register at a glance, for a consultant's list of client registers: how many activities, what the
// checks find, how many reviews are due, when it last changed. Read without writing anything.
import type { RegisterGlance } from '../../shared/ipc/app-contract';
import { todayUtc } from '../../shared/dates';
import { reviewsDue } from '../history/review';
import { checkReport } from '../rules/report';
import { readOtherRegister, type Register } from '../store/register';

export function glanceAt(register: Register, today: string = todayUtc()): RegisterGlance {
  const { counts } = checkReport(register, { today, limit: 0 });
  return {
    activities: register.activities.count(),
    errors: counts.error,
    warnings: counts.warning,
    reviewsDue: reviewsDue(register, today).length,
    lastChangeAt: register.changes.lastChangeAt(),
  };
}

/** The glance at a register file that is not the one open, read without writing to it. */
export function glanceAtFile(file: string, today?: string): RegisterGlance {
  return readOtherRegister(file, (register) => glanceAt(register, today));
}
