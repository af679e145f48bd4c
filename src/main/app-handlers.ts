// The shell's channels in Electron: file dialogs next to the open register, the file manager, and the
// File menu's register commands (so the renderer's palette can run them too).
import { shell, type BaseWindow } from 'electron';
import path from 'node:path';
import type { AppHandlers, SampleInfo } from '../shared/ipc/app-contract';
import { askExportTarget, askImportSource } from './dialogs';
import type { RecentChannel } from './recent-handlers';
import type { RegisterCommands } from './register-commands';
import type { UnsavedChanges } from './unsaved-changes';

export function createAppHandlers(deps: {
  window: () => BaseWindow | null;
  commands: RegisterCommands;
  /** The folder of the open register, where exports are suggested. */
  folder: () => string;
  /** Makes a new register file holding a sample and opens it (index.ts wires the core and session). */
  openSample: (name: string) => Promise<void>;
  listSamples: () => Promise<SampleInfo[]>;
  /** The Start screen's channels (recent-handlers.ts). */
  recent: Pick<AppHandlers, RecentChannel>;
  unsaved: Pick<UnsavedChanges, 'set'>;
}): AppHandlers {
  return {
    ...deps.recent,
    'app:chooseExportFile': ({ suggestedName }) =>
      askExportTarget(deps.window(), path.join(deps.folder(), path.basename(suggestedName))),
    'app:chooseImportFile': () => askImportSource(deps.window()),
    'app:showInFolder': ({ file }) => {
      shell.showItemInFolder(path.resolve(file));
      return null;
    },
    'app:newRegister': async () => (await deps.commands.newRegister(), null),
    'app:openRegister': async () => (await deps.commands.openRegister(), null),
    'app:saveCopy': async () => (await deps.commands.saveCopy(), null),
    'app:listSamples': () => deps.listSamples(),
    'app:openSample': async ({ name }) => (await deps.openSample(name), null),
    'app:setUnsavedChanges': ({ unsaved }) => (deps.unsaved.set(unsaved), null),
  };
}
