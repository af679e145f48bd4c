// Events main sends to the renderer (besides replies to invoke); the names live in src/shared/ipc/channels.
import { EVENTS } from '../shared/ipc/channels';

export const [REGISTER_CHANGED_EVENT] = EVENTS;
