// The renderer's only door: window.api (one function per contract channel, each an ipcRenderer.invoke),
// window.app (the shell's dialogs and file actions, the same way) and window.ropaEvents. Imports nothing
// but electron and the channel lists, so the sandbox can load it.
import { contextBridge, ipcRenderer } from 'electron';
import { APP_CHANNELS, APP_EVENTS } from '../shared/ipc/app-channels';
import { CHANNELS, EVENTS } from '../shared/ipc/channels';

const [REGISTER_CHANGED_EVENT] = EVENTS;
const [SHOW_REGISTERS_EVENT] = APP_EVENTS;

function subscribe(event: string, callback: () => void): () => void {
  const listener = () => callback();
  ipcRenderer.on(event, listener);
  return () => void ipcRenderer.removeListener(event, listener);
}

contextBridge.exposeInMainWorld(
  'api',
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
);

contextBridge.exposeInMainWorld(
  'app',
  Object.fromEntries(
    APP_CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
);

contextBridge.exposeInMainWorld('ropaEvents', {
  /** Another register is showing (or none): re-read everything. Returns a function that unsubscribes. */
  onRegisterChanged: (callback: () => void) => subscribe(REGISTER_CHANGED_EVENT, callback),
  /** File ▸ Registers: show the Start screen. */
  onShowRegisters: (callback: () => void) => subscribe(SHOW_REGISTERS_EVENT, callback),
});
