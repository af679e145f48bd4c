// The application menu as data: File (registers), Edit, View, Help. Built without electron at run time,
// so what it contains in each state is unit-tested; menu.ts installs it.
import type { MenuItemConstructorOptions } from 'electron';

export type ThemeSource = 'system' | 'light' | 'dark';

export type MenuCommands = {
  newRegister(): void;
  openRegister(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  /** Shows the Start screen: recent registers, new, open, samples. */
  showRegisters(): void;
  saveCopy(): void;
  closeRegister(): void;
  setTheme(theme: ThemeSource): void;
  about(): void;
};

export type MenuState = {
  recent: readonly string[];
  hasRegister: boolean;
  theme: ThemeSource;
  /** Reload and DevTools exist only in development builds. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
};

function recentMenu(commands: MenuCommands, recent: readonly string[]): MenuItemConstructorOptions {
  const files: MenuItemConstructorOptions[] = recent.map((file) => ({
    label: file,
    click: () => commands.openRecent(file),
  }));
  return {
    label: 'Open recent',
    enabled: recent.length > 0,
    submenu: [
      ...files,
      { type: 'separator' },
      { label: 'Clear recently opened', click: () => commands.clearRecent() },
    ],
  };
}

function fileMenu(commands: MenuCommands, state: MenuState): MenuItemConstructorOptions {
  const isMac = state.platform === 'darwin';
  return {
    label: 'File',
    submenu: [
      { label: 'New register…', accelerator: 'CmdOrCtrl+N', click: () => commands.newRegister() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => commands.openRegister() },
      recentMenu(commands, state.recent),
      // No accelerator: Ctrl+Shift+R is the development build's force reload.
      { label: 'Registers', click: () => commands.showRegisters() },
      { type: 'separator' },
      {
        label: 'Save a copy as…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasRegister,
        click: () => commands.saveCopy(),
      },
      { type: 'separator' },
      { label: 'Close register', enabled: state.hasRegister, click: () => commands.closeRegister() },
      // On macOS Quit lives in the application menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
}

function viewMenu(commands: MenuCommands, state: MenuState): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = state.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const theme = (label: string, value: ThemeSource): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: state.theme === value,
    click: () => commands.setTheme(value),
  });
  return {
    label: 'View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        label: 'Appearance',
        submenu: [theme('Follow the system', 'system'), theme('Light', 'light'), theme('Dark', 'dark')],
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function applicationMenuTemplate(
  commands: MenuCommands,
  state: MenuState,
): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    fileMenu(commands, state),
    { role: 'editMenu' },
    viewMenu(commands, state),
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    { role: 'help', submenu: [{ label: 'About Ropa', click: () => commands.about() }] },
  ];
}
