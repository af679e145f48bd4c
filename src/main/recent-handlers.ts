// The Start screen's channels: the recent registers (with the organisation, when each was last opened,
// whether the file is still there), opening one, forgetting one, and why the start-up register could not
// be opened. No runtime electron import: the e2e harness serves these same handlers over a temp folder.
import fs from 'node:fs';
import path from 'node:path';
import type {
  AppHandlers,
  RecentRegister,
  RegisterGlance,
  RegisterProblem,
} from '../shared/ipc/app-contract';
import { registerProblem } from './open-problem';
import { readRecentEntries, removeRecentRegister, samePath } from './recent-registers';

export type RecentChannel =
  'app:listRecent' | 'app:openRecent' | 'app:forgetRecent' | 'app:openProblem' | 'app:glanceRecent';

export function createRecentHandlers(deps: {
  recentList: string;
  /** The register the window is showing, if any. */
  currentFile: () => string | null;
  /** Opens the register and records it as recent; throws with the reason when the file is refused. */
  open: (file: string) => Promise<unknown>;
  /** Why the start-up register could not be opened; null once a register is open. */
  problem: () => RegisterProblem | null;
  /** Called when the list changed (the File menu shows it too). */
  changed?: () => void;
  /** A register at a glance: the open one as it is, another read without writing; throws when unreadable. */
  glance: (file: string, isOpen: boolean) => RegisterGlance | Promise<RegisterGlance>;
  exists?: (file: string) => boolean;
}): Pick<AppHandlers, RecentChannel> {
  const exists = deps.exists ?? fs.existsSync;
  const listed = (file: string) => {
    const target = path.resolve(file);
    return readRecentEntries(deps.recentList).find((entry) => samePath(entry.file, target));
  };
  const list = (): RecentRegister[] => {
    const current = deps.currentFile();
    return readRecentEntries(deps.recentList).map((entry) => ({
      ...entry,
      missing: !exists(entry.file),
      current: current !== null && samePath(entry.file, path.resolve(current)),
    }));
  };
  return {
    'app:listRecent': list,
    'app:openRecent': async ({ file }) => {
      const entry = listed(file);
      // The renderer may only reopen what the user opened before; any other file goes through a dialog.
      if (!entry)
        return {
          opened: false,
          problem: {
            file,
            message: `${path.basename(file)} is not on the list of recent registers.`,
            detail: 'Choose Open… to pick a register file.',
          },
        };
      try {
        await deps.open(entry.file);
        return { opened: true };
      } catch (error) {
        deps.changed?.();
        return { opened: false, problem: registerProblem('open', entry.file, error) };
      }
    },
    'app:forgetRecent': ({ file }) => {
      removeRecentRegister(deps.recentList, file);
      deps.changed?.();
      return list();
    },
    'app:openProblem': () => deps.problem(),
    'app:glanceRecent': async ({ file }) => {
      const entry = listed(file);
      if (!entry) return { problem: `${path.basename(file)} is not on the list of recent registers.` };
      const current = deps.currentFile();
      try {
        return await deps.glance(entry.file, current !== null && samePath(entry.file, path.resolve(current)));
      } catch (error) {
        return { problem: registerProblem('open', entry.file, error).detail };
      }
    },
  };
}
