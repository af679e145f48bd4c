// Inputs (validated in the main process before anything runs) and outputs of the shell's own channels.
import { z } from 'zod';
import type { AppChannel } from './app-channels';
import type { Result } from './result';

const nothing = z.object({}).optional();
const File = z.string().min(1).max(4096);

export const appInputs = {
  /** A save dialog for an export; the suggested name's extension decides the file type offered. */
  'app:chooseExportFile': z.object({ suggestedName: z.string().min(1).max(255) }),
  'app:chooseImportFile': nothing,
  /** Reveals a file the app wrote in the system's file manager. */
  'app:showInFolder': z.object({ file: z.string().min(1).max(4096) }),
  'app:newRegister': nothing,
  'app:openRegister': nothing,
  'app:saveCopy': nothing,
  'app:listSamples': nothing,
  /** Creates a new register file holding the sample (next to the app's data) and opens it. */
  'app:openSample': z.object({ name: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
  'app:listRecent': nothing,
  /** Opens a register of the recent list (only those: the renderer never names other files to open). */
  'app:openRecent': z.object({ file: File }),
  /** Takes a register off the recent list (a moved or deleted file); the file itself is not touched. */
  'app:forgetRecent': z.object({ file: File }),
  'app:openProblem': nothing,
  /** A register of the recent list at a glance (only those: the renderer never names other files). */
  'app:glanceRecent': z.object({ file: File }),
  /** The window holds edits it has not saved (or no longer does): the shell asks before dropping them. */
  'app:setUnsavedChanges': z.object({ unsaved: z.boolean() }),
} satisfies Record<AppChannel, z.ZodType>;

/** null when the user cancelled the dialog. */
export type AppOutputs = {
  'app:chooseExportFile': string | null;
  'app:chooseImportFile': string | null;
  'app:showInFolder': null;
  'app:newRegister': null;
  'app:openRegister': null;
  'app:saveCopy': null;
  'app:listSamples': SampleInfo[];
  'app:openSample': null;
  'app:listRecent': RecentRegister[];
  'app:openRecent': OpenAttempt;
  'app:forgetRecent': RecentRegister[];
  /** Why the register Ropa last tried to open at start could not be opened; null once one is open. */
  'app:openProblem': RegisterProblem | null;
  /** The register's summary, or why it cannot be read (damaged, from an older or newer Ropa). */
  'app:glanceRecent': RegisterGlance | { problem: string };
  'app:setUnsavedChanges': null;
};

/** A register at a glance: what a consultant checks before opening a client's register. */
export type RegisterGlance = {
  activities: number;
  errors: number;
  warnings: number;
  /** Activities whose review is overdue, due within 30 days, or was never done. */
  reviewsDue: number;
  lastChangeAt: string | null;
};

/** A register of the recent list, newest first, as the Start screen shows it. */
export type RecentRegister = {
  file: string;
  /** The organisation's name when the register was last open; null for entries older than this field. */
  organisation: string | null;
  /** ISO date-time it was last opened; null when not known. */
  openedAt: string | null;
  /** The file is no longer where it was (moved, deleted, a drive not connected). */
  missing: boolean;
  /** It is the register the window is showing. */
  current: boolean;
};

/** Why a register file could not be opened, in words written for the user. */
export type RegisterProblem = { file: string; message: string; detail: string };

/** What the register channels answer while no register is open (the Start screen is showing). */
export const NO_REGISTER_OPEN = 'No register is open. Open or create a register from the File menu.';

/** A refused file is an answer, not a failure: the Start screen shows the problem next to the choices. */
export type OpenAttempt = { opened: true } | { opened: false; problem: RegisterProblem };

/** A sample register shipped with the app (src/core/samples). */
export type SampleInfo = { name: string; organisation: string; description: string };

export type AppInput<C extends AppChannel> = z.input<(typeof appInputs)[C]>;
export type AppParsedInput<C extends AppChannel> = z.output<(typeof appInputs)[C]>;

/** What the renderer sees as `window.app`. */
export type AppApi = { [C in AppChannel]: (input: AppInput<C>) => Promise<Result<AppOutputs[C]>> };

/** What the shell (Electron main, or the test harness) implements. */
export type AppHandlers = {
  [C in AppChannel]: (input: AppParsedInput<C>) => AppOutputs[C] | Promise<AppOutputs[C]>;
};
