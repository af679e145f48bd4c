import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/ipc/trusted-sender';
import { isAllowedRequest, isRendererUrl, rendererLocation } from '../../../src/main/renderer-location';

const rendererFile = path.resolve('/opt/Ropa/resources/app.asar/out/renderer/index.html');
const page = pathToFileURL(rendererFile).href;
const built = rendererLocation(rendererFile, undefined);
const dev = rendererLocation(rendererFile, 'http://localhost:5173/');

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('isTrustedSender', () => {
  it('trusts the top frame of the built renderer page, with or without a #route', () => {
    expect(isTrustedSender(frame(page), built)).toBe(true);
    expect(isTrustedSender(frame(`${page}#/activities/42`), built)).toBe(true);
  });

  it('refuses another file, even next to ours', () => {
    const other = pathToFileURL(path.join(path.dirname(rendererFile), 'other.html')).href;
    expect(isTrustedSender(frame(other), built)).toBe(false);
    expect(isTrustedSender(frame(pathToFileURL('/tmp/index.html').href), built)).toBe(false);
  });

  it('refuses web pages, data URLs and about:blank', () => {
    for (const url of [
      'https://example.com/index.html',
      'data:text/html,<p>x</p>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(frame(url), built)).toBe(false);
    }
  });

  it('refuses a frame embedded in our page, and a frame that is gone', () => {
    expect(isTrustedSender(frame(page, { url: page }), built)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, built)).toBe(false);
  });

  it('trusts only the dev server origin when electron-vite dev runs', () => {
    expect(isTrustedSender(frame('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5173/#/parties'), dev)).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5174/'), dev)).toBe(false);
    expect(isTrustedSender(frame(page), dev)).toBe(false);
  });
});

describe('isRendererUrl', () => {
  it('ignores the query and fragment of our own page', () => {
    expect(isRendererUrl(`${page}?x=1#top`, built)).toBe(true);
    expect(isRendererUrl(undefined, built)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets the page load its own files and DevTools, nothing else', () => {
    const asset = pathToFileURL(path.join(path.dirname(rendererFile), 'assets', 'index-abc.js')).href;
    expect(isAllowedRequest(asset, built)).toBe(true);
    expect(isAllowedRequest(page, built)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', built)).toBe(true);
  });

  it('blocks the network and files outside the renderer folder', () => {
    for (const url of [
      'https://example.com/tracker.js',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      pathToFileURL('/etc/passwd').href,
      pathToFileURL(path.join(path.dirname(rendererFile), '..', 'main', 'index.js')).href,
      'ftp://example.com/',
    ]) {
      expect(isAllowedRequest(url, built)).toBe(false);
    }
  });

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
    expect(isAllowedRequest(page, dev)).toBe(false);
  });
});
