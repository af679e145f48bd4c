import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, type MenuCommands, type MenuState } from '../../../src/main/menu-template';

const commands = (): MenuCommands => ({
  newRegister: vi.fn(),
  openRegister: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  showRegisters: vi.fn(),
  saveCopy: vi.fn(),
  closeRegister: vi.fn(),
  setTheme: vi.fn(),
  about: vi.fn(),
});

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  recent: [],
  hasRegister: true,
  theme: 'system',
  isPackaged: true,
  platform: 'linux',
  ...overrides,
});

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((i) => i.label === label || i.role === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no ${label} menu`);
  return item.submenu;
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type);

describe('application menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(labels(applicationMenuTemplate(commands(), state()))).toEqual([
      'File',
      'editMenu',
      'View',
      'help',
    ]);
  });

  it('offers the register commands in the File menu', () => {
    const file = submenu(applicationMenuTemplate(commands(), state()), 'File');
    expect(labels(file).filter((l) => l !== 'separator')).toEqual([
      'New register…',
      'Open…',
      'Open recent',
      'Registers',
      'Save a copy as…',
      'Close register',
      'quit',
    ]);
  });

  it('lists recent registers, and opens the one clicked', () => {
    const run = commands();
    const file = submenu(
      applicationMenuTemplate(run, state({ recent: ['/a/one.ropa', '/b/two.ropa'] })),
      'File',
    );
    const recent = submenu(file, 'Open recent');
    expect(labels(recent)).toEqual(['/a/one.ropa', '/b/two.ropa', 'separator', 'Clear recently opened']);
    (recent[1]?.click as () => void)();
    expect(run.openRecent).toHaveBeenCalledWith('/b/two.ropa');
  });

  it('shows the Start screen from File ▸ Registers, with or without a register open', () => {
    const run = commands();
    const file = submenu(applicationMenuTemplate(run, state({ hasRegister: false })), 'File');
    const registers = file.find((i) => i.label === 'Registers');
    expect(registers?.enabled).not.toBe(false);
    (registers?.click as () => void)();
    expect(run.showRegisters).toHaveBeenCalledOnce();
  });

  it('disables Save a copy and Close register when no register is open', () => {
    const file = submenu(applicationMenuTemplate(commands(), state({ hasRegister: false })), 'File');
    expect(file.find((i) => i.label === 'Save a copy as…')?.enabled).toBe(false);
    expect(file.find((i) => i.label === 'Close register')?.enabled).toBe(false);
  });

  it('offers reload and DevTools only in development', () => {
    const packaged = labels(submenu(applicationMenuTemplate(commands(), state()), 'View'));
    const development = labels(
      submenu(applicationMenuTemplate(commands(), state({ isPackaged: false })), 'View'),
    );
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows the system appearance unless the user picks light or dark', () => {
    const run = commands();
    const view = submenu(applicationMenuTemplate(run, state()), 'View');
    const appearance = submenu(view, 'Appearance');
    expect(appearance.map((i) => [i.label, i.checked])).toEqual([
      ['Follow the system', true],
      ['Light', false],
      ['Dark', false],
    ]);
    (appearance[2]?.click as () => void)();
    expect(run.setTheme).toHaveBeenCalledWith('dark');
  });

  it('puts Quit in the application menu on macOS', () => {
    const template = applicationMenuTemplate(commands(), state({ platform: 'darwin' }));
    expect(labels(template)[0]).toBe('appMenu');
    expect(labels(submenu(template, 'File'))).not.toContain('quit');
  });
});
