// App-wide hardening, applied to every web contents and to the default session (Electron's security
// checklist): no navigation away from our page, no new windows, no <webview>, no permissions, and no
// network requests at all.
import { app, session, shell } from 'electron';
import { openExternal } from './open-external';
import { isAllowedRequest, isRendererUrl, type RendererLocation } from './renderer-location';

/** The same policy as the meta tag in src/renderer/index.html, sent as a header too. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurity(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    const stayOnRenderer = (event: { url: string; preventDefault(): void }) => {
      if (!isRendererUrl(event.url, location)) event.preventDefault();
    };
    contents.on('will-navigate', stayOnRenderer);
    contents.on('will-frame-navigate', stayOnRenderer);
    contents.on('will-redirect', stayOnRenderer);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link to a web page (legislation, a regulator's guidance) opens in the user's browser.
      openExternal(url, shell).catch((error: unknown) => console.error('openExternal', error));
      return { action: 'deny' };
    });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, location) });
  });
  // The dev server needs Vite's inline preamble; its page carries a loosened meta policy instead.
  if (location.kind === 'file') {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
  }
}
