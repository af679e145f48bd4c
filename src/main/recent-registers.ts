// The list of recently opened registers: a small JSON file in the data folder, newest first.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MAX_RECENT_REGISTERS = 10;

const RecentFile = z.object({ version: z.literal(1), registers: z.array(z.string()) });

type Exists = (file: string) => boolean;

function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are case-insensitive by default; a path typed twice is one register.
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function normalise(registers: readonly string[], exists: Exists): string[] {
  const out: string[] = [];
  for (const entry of registers) {
    const file = path.resolve(entry);
    if (out.some((seen) => samePath(seen, file))) continue;
    if (!exists(file)) continue;
    out.push(file);
    if (out.length === MAX_RECENT_REGISTERS) break;
  }
  return out;
}

/** Registers that still exist, newest first. A missing or unreadable list is an empty one. */
export function readRecentRegisters(listFile: string, exists: Exists = fs.existsSync): string[] {
  let raw: string;
  try {
    raw = fs.readFileSync(listFile, 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = RecentFile.safeParse(JSON.parse(raw));
    return parsed.success ? normalise(parsed.data.registers, exists) : [];
  } catch {
    return [];
  }
}

export function writeRecentRegisters(listFile: string, registers: readonly string[]): void {
  fs.mkdirSync(path.dirname(listFile), { recursive: true });
  const body = JSON.stringify({ version: 1, registers }, null, 2) + '\n';
  // Write then rename, so a crash never leaves half a list behind.
  const temporary = `${listFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, body, 'utf8');
  fs.renameSync(temporary, listFile);
}

/** Puts `file` first (once), drops registers that no longer exist, keeps ten. Returns the new list. */
export function addRecentRegister(listFile: string, file: string, exists: Exists = fs.existsSync): string[] {
  const current = readRecentRegisters(listFile, exists);
  const next = normalise([file, ...current], exists);
  writeRecentRegisters(listFile, next);
  return next;
}

export function removeRecentRegister(
  listFile: string,
  file: string,
  exists: Exists = fs.existsSync,
): string[] {
  const target = path.resolve(file);
  const next = readRecentRegisters(listFile, exists).filter((entry) => !samePath(entry, target));
  writeRecentRegisters(listFile, next);
  return next;
}
