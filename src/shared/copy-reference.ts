// The reference of a copy: the next free number in the same series ("HR-01" → "HR-02", "MK-009" → "MK-010"),
// or, for a reference without a number, the reference with "-copy" (then "-copy-2", …). References are
// unique regardless of case, as the register keeps them.

export function copyReference(reference: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((r) => r.toLowerCase()));
  const free = (candidate: string) => !taken.has(candidate.toLowerCase());
  const numbered = /^(.*?)(\d+)$/.exec(reference);
  if (numbered) {
    const [, stem, digits] = numbered as unknown as [string, string, string];
    for (let n = Number(digits) + 1; ; n++) {
      const candidate = `${stem}${String(n).padStart(digits.length, '0')}`;
      if (free(candidate)) return candidate;
    }
  }
  if (free(`${reference}-copy`)) return `${reference}-copy`;
  for (let n = 2; ; n++) if (free(`${reference}-copy-${n}`)) return `${reference}-copy-${n}`;
}
