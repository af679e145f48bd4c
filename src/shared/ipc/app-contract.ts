// Inputs (validated in the main process before anything runs) and outputs of the shell's own channels.
import { z } from 'zod';
import type { AppChannel } from './app-channels';
import type { Result } from './result';

const nothing = z.object({}).optional();

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
};

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
