// The register the window is showing: opening or creating one closes the previous one, records it in
// the recent list and tells the shell (window title, renderer, menu). No runtime electron import.
import path from 'node:path';
import type { Handlers } from '../core/dispatch';
import type * as Handling from '../core/handlers';
import type * as Store from '../core/store/register';
import type { Register } from '../core/store/register';
import { addRecentRegister, renameRecentRegister } from './recent-registers';

/** The core functions the session needs; index.ts loads them lazily so a broken native module is reported. */
export type RegisterCore = Pick<typeof Store, 'openRegister' | 'createRegister'> &
  Pick<typeof Handling, 'createHandlers'>;

export type OpenRegisterInfo = { file: string; legalName: string };

/** `opened`: another register is showing (the renderer reloads); `renamed`: only the organisation's name changed. */
export type SessionChange =
  | { reason: 'opened'; info: OpenRegisterInfo }
  | { reason: 'renamed'; info: OpenRegisterInfo }
  | { reason: 'closed' };

export type RegisterSession = {
  current(): Register | null;
  /** The handlers of the open register; throws when none is open (registerIpc reports that as a failure). */
  handlers(): Handlers;
  open(file: string): Promise<OpenRegisterInfo>;
  create(file: string, legalName: string): Promise<OpenRegisterInfo>;
  close(): void;
};

/** The organisation and the file, with a dot while the window holds unsaved edits. */
export function windowTitle(info: OpenRegisterInfo | null, unsaved = false): string {
  return info ? `${info.legalName} — ${path.basename(info.file)}${unsaved ? ' •' : ''}` : 'Ropa';
}

export function createRegisterSession(
  core: RegisterCore,
  options: { recentList: string; onChange: (change: SessionChange) => void },
): RegisterSession {
  let open: { register: Register; handlers: Handlers } | null = null;

  const describe = async (register: Register, handlers: Handlers): Promise<OpenRegisterInfo> => {
    const organisation = await handlers['organisation:get']({});
    return { file: register.file, legalName: organisation.legalName };
  };

  // The recent list keeps the name too, so the Start screen shows organisations rather than file names.
  const announceRename = (info: OpenRegisterInfo) => {
    renameRecentRegister(options.recentList, info.file, info.legalName);
    options.onChange({ reason: 'renamed', info });
  };

  // Writes that can rename the organisation also retitle the window.
  const withTitleUpdates = (register: Register, base: Handlers): Handlers => {
    const renamed = async () => announceRename(await describe(register, base));
    return {
      ...base,
      'organisation:update': async (fields) => {
        const organisation = await base['organisation:update'](fields);
        announceRename({ file: register.file, legalName: organisation.legalName });
        return organisation;
      },
      'register:importDocument': async (input) => {
        const summary = await base['register:importDocument'](input);
        await renamed();
        return summary;
      },
    };
  };

  const switchTo = async (register: Register): Promise<OpenRegisterInfo> => {
    let handlers: Handlers;
    let info: OpenRegisterInfo;
    try {
      handlers = withTitleUpdates(register, core.createHandlers(register));
      info = await describe(register, handlers);
    } catch (error) {
      register.close();
      throw error;
    }
    const previous = open;
    open = { register, handlers };
    previous?.register.close();
    addRecentRegister(options.recentList, register.file, { organisation: info.legalName });
    options.onChange({ reason: 'opened', info });
    return info;
  };

  return {
    current: () => open?.register ?? null,
    handlers() {
      if (!open) throw new Error('No register is open.');
      return open.handlers;
    },
    async open(file) {
      const target = path.resolve(file);
      // Opening the register already shown is a no-op, not a second connection to the same file.
      if (open && open.register.file === target) return describe(open.register, open.handlers);
      // The new file is opened before the old one is closed: a refused file leaves the current one showing.
      return switchTo(core.openRegister(target));
    },
    async create(file, legalName) {
      return switchTo(core.createRegister(path.resolve(file), { legalName }));
    },
    close() {
      if (!open) return;
      const { register } = open;
      open = null;
      register.close();
      options.onChange({ reason: 'closed' });
    },
  };
}
