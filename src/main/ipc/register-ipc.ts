// The only place that calls ipcMain.handle: every channel of the contract, sender-checked, then the
// same dispatch (zod parse → handler → Result) as the CLI and the e2e bridge.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch, type Handlers } from '../../core/dispatch';
import { NO_REGISTER_OPEN } from '../../shared/ipc/app-contract';
import { CHANNELS } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';

export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers one handler per channel. `getHandlers` is read on every call, so switching registers needs
 * no re-registration. Returns a function that removes the handlers again.
 */
export function registerIpc(
  ipcMain: IpcRegistrar,
  getHandlers: () => Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (error: unknown) => void = (error) => console.error(error),
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event)) {
        return fail('FORBIDDEN', `Ropa refused a call to ${channel} from a page that is not its own window.`);
      }
      let handlers: Handlers;
      try {
        handlers = getHandlers();
      } catch {
        return fail('INTERNAL', NO_REGISTER_OPEN);
      }
      return dispatch(handlers, channel, raw, log);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
