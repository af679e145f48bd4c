export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints one result line; with a target, says whether it was met and returns that. */
export function line(label: string, value: number, target?: number): boolean {
  const met = target === undefined || value < target;
  const verdict = target === undefined ? '' : `  (target < ${target}: ${met ? 'met' : 'MISSED'})`;
  console.log(`${label.padEnd(52)} ${value.toFixed(1).padStart(10)}${verdict}`);
  return met;
}
