// "Replace the register" empties it before the file's content goes in. Before that, a copy of the register
// as it stands is written beside it, so a replace chosen by mistake (or the wrong file) loses nothing: the
// copy opens in Ropa like any register.
import fs from 'node:fs';
import path from 'node:path';
import { RopaError } from '../errors';
import type { ImportSummary } from '../../shared/ipc/contract';
import type { Register } from '../store/register';

function backupPathBeforeReplace(file: string, at = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${file}.before-replace-${stamp}.ropa`;
}

/** Writes the copy and returns its path; if it cannot be written, the replace is refused. */
export function keepCopyBeforeReplace(register: Register): string {
  const copy = backupPathBeforeReplace(register.file);
  try {
    register.saveCopy(copy);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RopaError(
      'REFUSED_FILE',
      `A copy of the register could not be kept in ${path.dirname(copy)} before replacing it (${detail}). Nothing was imported.`,
    );
  }
  return copy;
}

/** A register with no activity, party or transfer yet (a new one) has nothing a replace could lose. */
function holdsRecords(register: Register): boolean {
  return (
    register.activities.count() > 0 || register.transfers.count() > 0 || register.parties.list().length > 0
  );
}

/**
 * Runs an import's write; one that replaces a register holding records first keeps a copy of it, named in
 * the result.
 */
export function writeKeepingCopy<T extends ImportSummary>(
  register: Register,
  replaces: boolean,
  write: () => T,
): T {
  if (!replaces || !holdsRecords(register)) return write();
  const backup = keepCopyBeforeReplace(register);
  try {
    return { ...write(), backup };
  } catch (error) {
    // The register was left as it was: the copy of it would only be clutter.
    fs.rmSync(backup, { force: true });
    throw error;
  }
}
