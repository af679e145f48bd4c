// Why a register file could not be opened, created or copied, in the words shown to the user (a dialog,
// or the Start screen next to the choices). No runtime electron import, so the Start channels can use it.
import path from 'node:path';
import { RopaError } from '../core/errors';
import type { RegisterProblem } from '../shared/ipc/app-contract';

export function registerProblem(
  action: 'open' | 'create' | 'copy',
  file: string,
  error: unknown,
): RegisterProblem {
  const name = path.basename(file);
  const verb = action === 'open' ? 'open' : action === 'create' ? 'create' : 'save a copy as';
  // A RopaError's message is written for the user; anything else (a native module that would not load,
  // a full disk) is passed on as the system said it.
  const reason = error instanceof Error ? error.message : String(error);
  const detail = error instanceof RopaError ? reason : `${reason}\n\nFile: ${file}`;
  return { file, message: `Ropa could not ${verb} ${name}.`, detail };
}
