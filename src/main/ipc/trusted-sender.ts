// Each IPC call is checked for who sent it: only the top frame of our own renderer page may use the API.
import { isRendererUrl, type RendererLocation } from '../renderer-location';

/** The part of an IpcMainInvokeEvent the check reads (structural, so tests need no Electron). */
export type SenderEvent = { readonly senderFrame: { readonly url: string; readonly parent: unknown } | null };

export function isTrustedSender(event: SenderEvent, location: RendererLocation): boolean {
  const frame = event.senderFrame;
  // A frame that is gone (null) or an embedded frame never speaks for the app.
  if (!frame || frame.parent !== null) return false;
  return isRendererUrl(frame.url, location);
}

export function trustedSenderCheck(location: RendererLocation): (event: SenderEvent) => boolean {
  return (event) => isTrustedSender(event, location);
}
