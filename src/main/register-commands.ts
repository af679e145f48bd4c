// What the File menu, the start-up and a double-clicked file do with registers: ask for a file, open or
// create it through the session, and tell the user plainly when a file is refused.
import type { BaseWindow } from 'electron';
import path from 'node:path';
import { RopaError } from '../core/errors';
import { askRegisterTarget, askRegisterToOpen, askWhatToOpen, showProblem } from './dialogs';
import { organisationNameFromFile } from './paths';
import type { RegisterSession } from './register-session';
import type { StartupRegister } from './startup-register';

export type RegisterCommands = {
  newRegister(): Promise<void>;
  openRegister(): Promise<void>;
  openFile(file: string): Promise<void>;
  saveCopy(): Promise<void>;
  closeRegister(): Promise<void>;
  /** Opens the start-up register; if that fails, asks the user. False when the user chose to quit. */
  openAtStartup(choice: StartupRegister): Promise<boolean>;
};

type Problem = { message: string; detail: string };

function problem(action: 'open' | 'create' | 'copy', file: string, error: unknown): Problem {
  const name = path.basename(file);
  const verb = action === 'open' ? 'open' : action === 'create' ? 'create' : 'save a copy as';
  // A RopaError's message is written for the user; anything else (a native module that would not load,
  // a full disk) is passed on as the system said it.
  const reason = error instanceof Error ? error.message : String(error);
  const detail = error instanceof RopaError ? reason : `${reason}\n\nFile: ${file}`;
  return { message: `Ropa could not ${verb} ${name}.`, detail };
}

export function createRegisterCommands(deps: {
  session: RegisterSession;
  window: () => BaseWindow | null;
  dataDir: string;
  /** The menu shows the recent list, which changes even when an open fails. */
  refreshMenu: () => void;
  quit: () => void;
}): RegisterCommands {
  const { session } = deps;

  const currentFolder = () => {
    const file = session.current()?.file;
    return file ? path.dirname(file) : deps.dataDir;
  };

  const askNewRegisterFile = () =>
    askRegisterTarget(deps.window(), {
      title: 'Create a new register',
      buttonLabel: 'Create',
      defaultPath: path.join(currentFolder(), 'New register.ropa'),
    });

  const report = (p: Problem) => showProblem(deps.window(), p.message, p.detail);

  /** Loops until a register is open or the user quits; never leaves a window without a register. */
  const recover = async (why: Problem & { isError: boolean }): Promise<boolean> => {
    let reason = why;
    for (;;) {
      const choice = await askWhatToOpen(deps.window(), reason);
      if (choice === 'quit') return false;
      const file = choice === 'open' ? await askRegisterToOpen(deps.window()) : await askNewRegisterFile();
      if (!file) continue;
      try {
        if (choice === 'open') await session.open(file);
        else await session.create(file, organisationNameFromFile(file));
        return true;
      } catch (error) {
        reason = { ...problem(choice, file, error), isError: true };
        deps.refreshMenu();
      }
    }
  };

  const openFile = async (file: string) => {
    try {
      await session.open(file);
    } catch (error) {
      deps.refreshMenu();
      await report(problem('open', file, error));
    }
  };

  return {
    async newRegister() {
      const file = await askNewRegisterFile();
      if (!file) return;
      try {
        await session.create(file, organisationNameFromFile(file));
      } catch (error) {
        await report(problem('create', file, error));
      }
    },
    async openRegister() {
      const file = await askRegisterToOpen(deps.window());
      if (file) await openFile(file);
    },
    openFile,
    async saveCopy() {
      const register = session.current();
      if (!register) return;
      const source = register.file;
      const target = await askRegisterTarget(deps.window(), {
        title: 'Save a copy of this register',
        buttonLabel: 'Save copy',
        defaultPath: path.join(path.dirname(source), `${path.basename(source, '.ropa')} copy.ropa`),
      });
      if (!target) return;
      if (path.resolve(target) === source) {
        await report({
          message: 'A copy needs another name.',
          detail: `${source} is the register that is open.`,
        });
        return;
      }
      try {
        register.saveCopy(target);
      } catch (error) {
        await report(problem('copy', target, error));
      }
    },
    async closeRegister() {
      session.close();
      const reopened = await recover({
        message: 'No register is open.',
        detail: 'Open a register file or create a new one.',
        isError: false,
      });
      if (!reopened) deps.quit();
    },
    async openAtStartup(choice) {
      try {
        if (choice.action === 'open') await session.open(choice.file);
        else await session.create(choice.file, choice.legalName);
        return true;
      } catch (error) {
        deps.refreshMenu();
        return recover({ ...problem(choice.action, choice.file, error), isError: true });
      }
    },
  };
}
