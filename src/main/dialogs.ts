// The file and message dialogs of the File menu and of start-up. The only user of electron's dialog.
import {
  app,
  dialog,
  type BaseWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { REGISTER_EXTENSION } from './paths';

const registerFilter = { name: 'Ropa register', extensions: [REGISTER_EXTENSION.slice(1)] };

function withExtension(file: string): string {
  return file.toLowerCase().endsWith(REGISTER_EXTENSION) ? file : file + REGISTER_EXTENSION;
}

export async function askRegisterToOpen(parent: BaseWindow | null): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: 'Open a register',
    filters: [registerFilter],
    properties: ['openFile'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

/** A path for a new register file, or for a copy of one; always ends in .ropa. */
export async function askRegisterTarget(
  parent: BaseWindow | null,
  purpose: { title: string; buttonLabel: string; defaultPath: string },
): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    ...purpose,
    filters: [registerFilter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : withExtension(result.filePath);
}

export async function showProblem(parent: BaseWindow | null, message: string, detail: string): Promise<void> {
  const options: MessageBoxOptions = { type: 'error', title: 'Ropa', message, detail, buttons: ['OK'] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/** Before the shell drops edits the window has not saved: true to discard them, false to go back to them. */
export async function askDiscardUnsaved(parent: BaseWindow | null): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'warning',
    title: 'Ropa',
    message: 'You have unsaved changes.',
    detail: 'They are lost if you go on. To keep them, choose "Go back" and save (Ctrl+S).',
    buttons: ['Discard changes', 'Go back'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}

export async function showAbout(parent: BaseWindow | null): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About Ropa',
    message: `Ropa ${app.getVersion()}`,
    detail: [
      'The record of processing activities (GDPR and UK GDPR Article 30), kept offline: one file per organisation.',
      '',
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/** Where to write an export; the suggested name's extension decides the filter offered. */
export async function askExportTarget(
  parent: BaseWindow | null,
  defaultPath: string,
): Promise<string | null> {
  const extension = defaultPath.split('.').pop() ?? '';
  const options: SaveDialogOptions = {
    title: 'Export the register',
    buttonLabel: 'Export',
    defaultPath,
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** A file to import: a Ropa workbook or JSON, the CNIL model or ICO template, or any sheet or CSV to map. */
export async function askImportSource(parent: BaseWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Import into the register',
    filters: [
      {
        name: 'Workbooks, CSV, JSON and registers',
        extensions: ['xlsx', 'ods', 'csv', 'json', REGISTER_EXTENSION.slice(1)],
      },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
