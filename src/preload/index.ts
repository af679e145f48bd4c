// The renderer's only door: window.api (one function per contract channel, each an ipcRenderer.invoke)
// and window.ropaEvents. Imports nothing but electron and the channel list, so the sandbox can load it.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS } from '../shared/ipc/channels';

const [REGISTER_CHANGED_EVENT] = EVENTS;

contextBridge.exposeInMainWorld(
  'api',
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
);

contextBridge.exposeInMainWorld('ropaEvents', {
  /** Another register is showing (or none): re-read everything. Returns a function that unsubscribes. */
  onRegisterChanged(callback: () => void): () => void {
    const listener = () => callback();
    ipcRenderer.on(REGISTER_CHANGED_EVENT, listener);
    return () => void ipcRenderer.removeListener(REGISTER_CHANGED_EVENT, listener);
  },
});
