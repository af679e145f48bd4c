// When a party's certification was last checked to be live, and when that check is too old to rely on: the
// transfer checks and the party editor say the same.
import { addMonths } from './dates';

/** A certification check older than this is stale (DPF participation lapses when not renewed yearly). */
export const CERTIFICATION_CHECK_MONTHS = 12;

export function isCheckStale(lastCheckedOn: string | null, today: string): boolean {
  return lastCheckedOn === null || addMonths(lastCheckedOn, CERTIFICATION_CHECK_MONTHS) < today;
}
