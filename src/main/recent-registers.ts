// The list of recently opened registers: a small JSON file in the data folder, newest first, with the
// organisation's name and when each was last opened (for the Start screen).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MAX_RECENT_REGISTERS = 10;

export type RecentEntry = { file: string; organisation: string | null; openedAt: string | null };

const Entry = z.object({
  file: z.string().min(1),
  organisation: z.string().nullable().default(null),
  openedAt: z.string().nullable().default(null),
});
// Version 1 held paths only; it is read as entries whose name and date are not known.
const RecentFile = z.union([
  z.object({ version: z.literal(1), registers: z.array(z.string()) }),
  z.object({ version: z.literal(2), registers: z.array(Entry) }),
]);

type Exists = (file: string) => boolean;

export function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are case-insensitive by default; a path typed twice is one register.
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function normalise(entries: readonly RecentEntry[]): RecentEntry[] {
  const out: RecentEntry[] = [];
  for (const entry of entries) {
    const file = path.resolve(entry.file);
    if (out.some((seen) => samePath(seen.file, file))) continue;
    out.push({ ...entry, file });
    if (out.length === MAX_RECENT_REGISTERS) break;
  }
  return out;
}

/**
 * Every remembered register, newest first, including files that are no longer there: the Start screen
 * shows those as missing so the user can forget them. A missing or unreadable list is an empty one.
 */
export function readRecentEntries(listFile: string): RecentEntry[] {
  let raw: string;
  try {
    raw = fs.readFileSync(listFile, 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = RecentFile.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    const { data } = parsed;
    return normalise(
      data.version === 1
        ? data.registers.map((file) => ({ file, organisation: null, openedAt: null }))
        : data.registers,
    );
  } catch {
    return [];
  }
}

/** Registers that still exist, newest first (the File menu and the start-up choice). */
export function readRecentRegisters(listFile: string, exists: Exists = fs.existsSync): string[] {
  return readRecentEntries(listFile)
    .map((entry) => entry.file)
    .filter((file) => exists(file));
}

export function writeRecentRegisters(listFile: string, registers: readonly RecentEntry[]): void {
  fs.mkdirSync(path.dirname(listFile), { recursive: true });
  const body = JSON.stringify({ version: 2, registers }, null, 2) + '\n';
  // Write then rename, so a crash never leaves half a list behind.
  const temporary = `${listFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, body, 'utf8');
  fs.renameSync(temporary, listFile);
}

/**
 * Puts `file` first (once), with the organisation's name and the time, keeps ten. Returns the files of the
 * new list. Files that went missing stay listed until forgotten or pushed out by newer ones.
 */
export function addRecentRegister(
  listFile: string,
  file: string,
  details: { organisation?: string | null; openedAt?: Date } = {},
): string[] {
  const current = readRecentEntries(listFile);
  const target = path.resolve(file);
  const known = current.find((entry) => samePath(entry.file, target));
  const entry: RecentEntry = {
    file: target,
    organisation: details.organisation ?? known?.organisation ?? null,
    openedAt: (details.openedAt ?? new Date()).toISOString(),
  };
  const next = normalise([entry, ...current]);
  writeRecentRegisters(listFile, next);
  return next.map((e) => e.file);
}

/** Records a new organisation name for a listed register without moving it in the list. */
export function renameRecentRegister(listFile: string, file: string, organisation: string): void {
  const target = path.resolve(file);
  const current = readRecentEntries(listFile);
  if (!current.some((entry) => samePath(entry.file, target))) return;
  writeRecentRegisters(
    listFile,
    current.map((entry) => (samePath(entry.file, target) ? { ...entry, organisation } : entry)),
  );
}

/** Forgets one register. Returns the files still listed. */
export function removeRecentRegister(listFile: string, file: string): string[] {
  const target = path.resolve(file);
  const next = readRecentEntries(listFile).filter((entry) => !samePath(entry.file, target));
  writeRecentRegisters(listFile, next);
  return next.map((e) => e.file);
}
