/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/api';
import type { AppApi } from '../../shared/ipc/app-contract';

/** Pushed by the main process; see src/preload/index.ts. */
export type RopaEvents = {
  /** Another register is showing (or none): re-read everything. Returns a function that unsubscribes. */
  onRegisterChanged(callback: () => void): () => void;
  /** File ▸ Registers: show the Start screen. Optional: the browser test bridge does not send it. */
  onShowRegisters?(callback: () => void): () => void;
};

declare global {
  // Declaration merging with lib.dom's Window needs an interface.
  interface Window {
    api: Api;
    app: AppApi;
    ropaEvents: RopaEvents;
  }
}
