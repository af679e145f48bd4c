// Calendar arithmetic on ISO days (YYYY-MM-DD), shared by the checks, the review workflow and the editor.

/** The date `months` months after an ISO date (day clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Today as the core judges dates: the UTC day. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Today in the user's own time zone (what a person means by "today"), as YYYY-MM-DD. */
export function localToday(date: Date = new Date()): string {
  return date.toLocaleDateString('en-CA');
}
