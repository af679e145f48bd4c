// What the File menu, the start-up and a double-clicked file do with registers: ask for a file, open or
// create it through the session, and tell the user plainly when a file is refused.
import type { BaseWindow } from 'electron';
import path from 'node:path';
import type { RegisterProblem } from '../shared/ipc/app-contract';
import { askRegisterTarget, askRegisterToOpen, showProblem } from './dialogs';
import { registerProblem } from './open-problem';
import { organisationNameFromFile } from './paths';
import type { RegisterSession } from './register-session';
import type { StartupRegister } from './startup-register';

export type RegisterCommands = {
  newRegister(): Promise<void>;
  openRegister(): Promise<void>;
  openFile(file: string): Promise<void>;
  saveCopy(): Promise<void>;
  /** Closes the register; the window then shows the Start screen. */
  closeRegister(): Promise<void>;
  /**
   * Opens the start-up register. When that fails, returns why: the window then shows the Start screen with
   * the problem next to the choices (recent registers, new, open, samples), never a blank window.
   */
  openAtStartup(choice: StartupRegister): Promise<RegisterProblem | null>;
};

export function createRegisterCommands(deps: {
  session: RegisterSession;
  window: () => BaseWindow | null;
  dataDir: string;
  /** The menu shows the recent list, which changes even when an open fails. */
  refreshMenu: () => void;
  /**
   * Opening, creating or closing a register reloads the window: false when the window holds unsaved edits
   * the user chose to keep (the command then does nothing).
   */
  mayLeave: () => Promise<boolean>;
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

  const report = (p: RegisterProblem) => showProblem(deps.window(), p.message, p.detail);

  const openFile = async (file: string) => {
    if (!(await deps.mayLeave())) return;
    try {
      await session.open(file);
    } catch (error) {
      deps.refreshMenu();
      await report(registerProblem('open', file, error));
    }
  };

  return {
    async newRegister() {
      const file = await askNewRegisterFile();
      // Asked once the file is chosen: a cancelled file dialog leaves the edits as they were.
      if (!file || !(await deps.mayLeave())) return;
      try {
        await session.create(file, organisationNameFromFile(file));
      } catch (error) {
        await report(registerProblem('create', file, error));
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
          file: target,
          message: 'A copy needs another name.',
          detail: `${source} is the register that is open.`,
        });
        return;
      }
      try {
        register.saveCopy(target);
      } catch (error) {
        await report(registerProblem('copy', target, error));
      }
    },
    async closeRegister() {
      if (await deps.mayLeave()) session.close();
    },
    async openAtStartup(choice) {
      try {
        if (choice.action === 'open') await session.open(choice.file);
        else await session.create(choice.file, choice.legalName);
        return null;
      } catch (error) {
        deps.refreshMenu();
        return registerProblem(choice.action, choice.file, error);
      }
    },
  };
}
