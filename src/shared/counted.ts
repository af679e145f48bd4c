// A number with its noun in the right form ("1 activity", "2 activities"), for every count the app, the CLI
// and the exports write out in words.
const PLURALS: Record<string, string> = {
  activity: 'activities',
  party: 'parties',
  entry: 'entries',
};

export function counted(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : (PLURALS[noun] ?? `${noun}s`)}`;
}
