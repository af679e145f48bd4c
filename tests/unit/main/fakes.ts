// Fakes for the IPC layer: an ipcMain that records handlers, sender events, and a Handlers object whose
// every channel fails loudly unless a test gives it a fake.
import type { IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../../src/core/dispatch';
import type { IpcRegistrar } from '../../../src/main/ipc/register-ipc';
import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels';

export type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export function fakeIpcMain(): IpcRegistrar & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel, listener) {
      // Electron throws on a second handler for one channel; so does the fake.
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
  };
}

export function senderEvent(
  url: string,
  options: { subframe?: boolean; gone?: boolean } = {},
): IpcMainInvokeEvent {
  const senderFrame = options.gone ? null : { url, parent: options.subframe ? { url } : null };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}

export function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = (channel: Channel) => () => {
    throw new Error(`${channel} was not expected to run in this test`);
  };
  const all = Object.fromEntries(
    CHANNELS.map((channel) => [channel, unexpected(channel)]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}
