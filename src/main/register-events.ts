// Events main sends to the renderer (besides replies to invoke); the names live in src/shared/ipc/channels.
import { APP_EVENTS } from '../shared/ipc/app-channels';
import { EVENTS } from '../shared/ipc/channels';

export const [REGISTER_CHANGED_EVENT] = EVENTS;
/** The File menu's "Registers": the renderer shows the Start screen. */
export const [SHOW_REGISTERS_EVENT] = APP_EVENTS;
