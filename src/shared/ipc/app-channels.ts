// The shell's own channels (dialogs, the file manager, which register is open), with zero imports: the
// sandboxed preload bundles this file alone. They are not register use cases, so they are not in CHANNELS:
// src/main implements them with Electron, the e2e harness with temp files.
export const APP_CHANNELS = [
  'app:chooseExportFile',
  'app:chooseImportFile',
  'app:showInFolder',
  'app:newRegister',
  'app:openRegister',
  'app:saveCopy',
  'app:listSamples',
  'app:openSample',
  'app:listRecent',
  'app:openRecent',
  'app:forgetRecent',
  'app:openProblem',
  'app:glanceRecent',
  'app:setUnsavedChanges',
] as const;
export type AppChannel = (typeof APP_CHANNELS)[number];

/** Events the shell sends to the renderer: the File menu's "Registers" shows the Start screen. */
export const APP_EVENTS = ['app:showRegisters'] as const;
export type AppEventName = (typeof APP_EVENTS)[number];
