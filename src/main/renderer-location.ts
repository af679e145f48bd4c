// Where our own page lives, and the URL predicates built on it: which frame may call the API, where a
// window may navigate, which requests may leave the renderer. Pure, so they are unit-tested.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer file, or the Vite dev server when `electron-vite dev` runs (ELECTRON_RENDERER_URL). */
export type RendererLocation = { kind: 'file'; file: string } | { kind: 'dev'; url: string; origin: string };

export function rendererLocation(rendererFile: string, devUrl: string | undefined): RendererLocation {
  if (devUrl) return { kind: 'dev', url: devUrl, origin: new URL(devUrl).origin };
  return { kind: 'file', file: path.resolve(rendererFile) };
}

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function localPath(url: URL): string | undefined {
  if (url.protocol !== 'file:') return undefined;
  try {
    return path.resolve(fileURLToPath(url));
  } catch {
    return undefined; // a file URL with a host (file://server/share) on a non-Windows system
  }
}

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The renderer page itself: the same file (any #route or ?query), or the dev server's origin. */
export function isRendererUrl(url: string | undefined, location: RendererLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev') return parsed.origin === location.origin;
  const file = localPath(parsed);
  return file !== undefined && samePath(file, location.file);
}

/**
 * The app makes no network requests: the page may load its own files (the renderer folder only), DevTools
 * and `data:` images; in development also the Vite dev server and its hot-reload socket.
 */
export function isAllowedRequest(url: string, location: RendererLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (location.kind === 'dev') {
    const dev = new URL(location.origin);
    const host = (u: URL) => `${u.hostname}:${u.port}`;
    const sameServer = host(parsed) === host(dev);
    return sameServer && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  }
  const file = localPath(parsed);
  if (file === undefined) return false;
  const folder = path.dirname(location.file);
  const inside = path.relative(folder, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}
