// The main window: hardened web preferences, our preload, and the renderer from disk (or the dev server).
import { BrowserWindow } from 'electron';
import type { RendererLocation } from './renderer-location';

export function createMainWindow(options: {
  preload: string;
  location: RendererLocation;
  title: string;
  devTools: boolean;
}): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  // The title names the organisation and the file; the page's own <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  if (options.location.kind === 'dev') void window.loadURL(options.location.url);
  else void window.loadFile(options.location.file);
  return window;
}
