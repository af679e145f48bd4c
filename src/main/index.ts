// Lifecycle only: one instance, pick and open the register, register IPC, show the window.
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createAppHandlers } from './app-handlers';
import { createRecentHandlers } from './recent-handlers';
import { registerAppIpc } from './ipc/register-app-ipc';
import { registerIpc } from './ipc/register-ipc';
import { trustedSenderCheck } from './ipc/trusted-sender';
import { askDiscardUnsaved, showAbout } from './dialogs';
import { applyTheme, installApplicationMenu } from './menu';
import type { ThemeSource } from './menu-template';
import {
  builtFiles,
  defaultRegisterFile,
  recentRegistersFile,
  registerPathFromArgv,
  resolveDataDir,
} from './paths';
import type { RegisterProblem } from '../shared/ipc/app-contract';
import { readRecentRegisters, writeRecentRegisters } from './recent-registers';
import { createRegisterCommands, type RegisterCommands } from './register-commands';
import { REGISTER_CHANGED_EVENT, SHOW_REGISTERS_EVENT } from './register-events';
import {
  createRegisterSession,
  windowTitle,
  type OpenRegisterInfo,
  type RegisterCore,
  type RegisterSession,
  type SessionChange,
} from './register-session';
import { rendererLocation } from './renderer-location';
import { installSecurity } from './security';
import { startupRegister } from './startup-register';
import { createUnsavedChanges } from './unsaved-changes';
import { createMainWindow } from './window';

// Before anything else: tests point ROPA_DATA_DIR at a temporary folder, and the single-instance lock
// and Chromium's profile live in the data folder too.
const dataDir = resolveDataDir(app.getPath('userData'));
app.setPath('userData', dataDir);
app.enableSandbox();

const recentList = recentRegistersFile(dataDir);
const files = builtFiles(__dirname);
// The dev server URL is honoured only in development: a packaged app always loads its own files.
const location = rendererLocation(
  files.renderer,
  app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
);

let mainWindow: BrowserWindow | null = null;
let session: RegisterSession | null = null;
let commands: RegisterCommands | null = null;
let shown: OpenRegisterInfo | null = null;
/** Why the start-up register could not be opened, for the Start screen; cleared when one opens. */
let openProblem: RegisterProblem | null = null;
let theme: ThemeSource = 'system';
let fileToOpen = registerPathFromArgv(process.argv, process.cwd());
/** A quit stopped by the unsaved-changes question goes on once the user discards them. */
let quitting = false;

/** The core is loaded here rather than imported, so a native module that fails to load is reported. */
async function loadCore(): Promise<RegisterCore> {
  const [store, handling] = await Promise.all([import('../core/store/register'), import('../core/handlers')]);
  return {
    openRegister: store.openRegister,
    createRegister: store.createRegister,
    createHandlers: handling.createHandlers,
  };
}

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Edits the window has not saved, as the renderer reports them: the title shows a dot, macOS its mark. */
const unsaved = createUnsavedChanges({
  ask: async () => {
    const discard = await askDiscardUnsaved(liveWindow());
    // "Go back" ends a quit the question stopped: a later close of the window is only that.
    if (!discard) quitting = false;
    return discard;
  },
  changed: (edited) => {
    const window = liveWindow();
    window?.setTitle(windowTitle(shown, edited));
    window?.setDocumentEdited(edited);
  },
});

function refreshMenu(): void {
  if (!commands) return;
  const run = commands;
  installApplicationMenu(
    {
      newRegister: () => void run.newRegister(),
      openRegister: () => void run.openRegister(),
      openRecent: (file) => void run.openFile(file),
      clearRecent: () => {
        writeRecentRegisters(recentList, []);
        refreshMenu();
      },
      showRegisters: () => liveWindow()?.webContents.send(SHOW_REGISTERS_EVENT),
      saveCopy: () => void run.saveCopy(),
      closeRegister: () => void run.closeRegister(),
      setTheme: (next) => {
        theme = next;
        applyTheme(next);
        refreshMenu();
      },
      about: () => void showAbout(liveWindow()),
    },
    {
      recent: readRecentRegisters(recentList),
      hasRegister: session?.current() != null,
      theme,
      isPackaged: app.isPackaged,
      platform: process.platform,
    },
  );
}

function onSessionChange(change: SessionChange): void {
  shown = change.reason === 'closed' ? null : change.info;
  if (change.reason === 'opened') openProblem = null;
  // Another register (or none) is showing: the window reloads, and the edits it held are gone.
  if (change.reason !== 'renamed') unsaved.set(false);
  const window = liveWindow();
  window?.setTitle(windowTitle(shown, unsaved.get()));
  // The renderer re-reads everything when another register is showing; a rename only retitles.
  if (change.reason !== 'renamed') window?.webContents.send(REGISTER_CHANGED_EVENT);
  refreshMenu();
}

function showWindow(): void {
  const existing = liveWindow();
  if (existing) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return;
  }
  mainWindow = createMainWindow({
    preload: files.preload,
    location,
    title: windowTitle(shown),
    devTools: !app.isPackaged,
  });
  const window = mainWindow;
  window.on('close', (event) => unsaved.onClose(event, () => (quitting ? app.quit() : window.close())));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  installSecurity(location);
  fs.mkdirSync(dataDir, { recursive: true });
  let core: RegisterCore;
  try {
    core = await loadCore();
  } catch (error) {
    dialog.showErrorBox('Ropa cannot start', `Its database engine could not be loaded.\n\n${String(error)}`);
    app.quit();
    return;
  }
  session = createRegisterSession(core, { recentList, onChange: onSessionChange });
  const current = session;
  commands = createRegisterCommands({
    session: current,
    window: liveWindow,
    dataDir,
    refreshMenu,
    mayLeave: () => unsaved.mayDiscard(),
  });
  registerIpc(ipcMain, () => current.handlers(), trustedSenderCheck(location));
  const registerFolder = () => {
    const file = current.current()?.file;
    return file ? path.dirname(file) : dataDir;
  };
  registerAppIpc(
    ipcMain,
    createAppHandlers({
      window: liveWindow,
      commands,
      folder: registerFolder,
      recent: createRecentHandlers({
        recentList,
        currentFile: () => current.current()?.file ?? null,
        open: (file) => current.open(file),
        problem: () => openProblem,
        changed: refreshMenu,
        glance: async (file, isOpen) => {
          const { glanceAt, glanceAtFile } = await import('../core/views/register-glance');
          const open = current.current();
          return isOpen && open ? glanceAt(open) : glanceAtFile(file);
        },
      }),
      unsaved,
      listSamples: async () => (await import('../core/samples')).listSamples(),
      openSample: async (name) => {
        const samples = await import('../core/samples');
        // A fresh file each time, so opening a sample never touches a register the user has changed.
        const file = path.join(dataDir, 'samples', `${name}-${Date.now()}.ropa`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        samples.createSampleRegister(name, file).close();
        await commands?.openFile(file);
      },
    }),
    trustedSenderCheck(location),
  );
  refreshMenu();

  const choice = startupRegister({
    commandLineFile: fileToOpen,
    recent: readRecentRegisters(recentList),
    defaultFile: defaultRegisterFile(dataDir),
  });
  fileToOpen = undefined;
  // A register that cannot be opened leaves the window on the Start screen, which says why.
  openProblem = await commands.openAtStartup(choice);
  showWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Ropa is running: it receives our command line (second-instance) and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = registerPathFromArgv(argv, workingDirectory);
    if (liveWindow()) showWindow();
    if (file && commands) void commands.openFile(file);
  });
  // macOS delivers double-clicked files as an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (commands) void commands.openFile(file);
    else fileToOpen = file;
  });
  app.on('activate', () => {
    if (session) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // Close the SQLite file cleanly, so the WAL is folded back into the .ropa file.
  app.on('will-quit', () => session?.close());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Ropa cannot start', String(error));
      app.quit();
    });
}
