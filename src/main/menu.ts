// Installs the application menu and applies the appearance choice.
import { Menu, nativeTheme } from 'electron';
import {
  applicationMenuTemplate,
  type MenuCommands,
  type MenuState,
  type ThemeSource,
} from './menu-template';

export function installApplicationMenu(commands: MenuCommands, state: MenuState): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(commands, state)));
}

/** The renderer follows prefers-color-scheme, which follows this. */
export function applyTheme(theme: ThemeSource): void {
  nativeTheme.themeSource = theme;
}
