import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { notFound } from '../../../src/core/errors';
import { registerIpc } from '../../../src/main/ipc/register-ipc';
import { trustedSenderCheck } from '../../../src/main/ipc/trusted-sender';
import { rendererLocation } from '../../../src/main/renderer-location';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import type { Organisation } from '../../../src/shared/domain';
import { fakeHandlers, fakeIpcMain, senderEvent, type Listener } from './fakes';

const rendererFile = path.resolve('/opt/Ropa/resources/app.asar/out/renderer/index.html');
const ownPage = pathToFileURL(rendererFile).href;
const id = '0b7d7c3e-6f7a-4c59-9d0e-2f1d7f6a9b21';

function setUp(handlers = fakeHandlers(), log = vi.fn()) {
  const ipcMain = fakeIpcMain();
  const unregister = registerIpc(
    ipcMain,
    () => handlers,
    trustedSenderCheck(rendererLocation(rendererFile, undefined)),
    log,
  );
  const invoke = (channel: string, raw?: unknown, url = ownPage) => {
    const listener = ipcMain.listeners.get(channel) as Listener;
    return Promise.resolve(listener(senderEvent(url), raw));
  };
  return { ipcMain, invoke, unregister, log };
}

describe('registerIpc', () => {
  it('registers one handler for every channel of the contract, and nothing else', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('can register again (a reloaded main module) and unregister', () => {
    const { ipcMain, unregister } = setUp();
    expect(() =>
      registerIpc(
        ipcMain,
        () => fakeHandlers(),
        () => true,
      ),
    ).not.toThrow();
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('answers FORBIDDEN to a page that is not ours, without running the handler', async () => {
    const get = vi.fn();
    const { invoke } = setUp(fakeHandlers({ 'activities:get': get }));
    const result = await invoke('activities:get', { id }, 'https://evil.example/index.html');
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(get).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN to a frame embedded in our page', async () => {
    const get = vi.fn();
    const { ipcMain } = setUp(fakeHandlers({ 'activities:get': get }));
    const listener = ipcMain.listeners.get('activities:get') as Listener;
    const result = await listener(senderEvent(ownPage, { subframe: true }), { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(get).not.toHaveBeenCalled();
  });

  it('answers INVALID_INPUT with the path of each problem, without running the handler', async () => {
    const get = vi.fn();
    const { invoke } = setUp(fakeHandlers({ 'activities:get': get }));
    const result = await invoke('activities:get', { id: 'not-a-uuid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'id' }] } });
    expect(get).not.toHaveBeenCalled();
  });

  it('passes the parsed input to the handler and returns its value', async () => {
    const organisation = { legalName: 'Acme Ltd' } as Organisation;
    const get = vi.fn(() => organisation);
    const { invoke } = setUp(fakeHandlers({ 'organisation:get': get }));
    expect(await invoke('organisation:get')).toEqual({ ok: true, value: organisation });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('returns a RopaError thrown by a handler as that error value', async () => {
    const { invoke, log } = setUp(
      fakeHandlers({
        'activities:get': () => {
          throw notFound('activity', id);
        },
      }),
    );
    const result = await invoke('activities:get', { id });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `No activity with id ${id} in this register.` },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into INTERNAL, logs it, and sends no stack or internal message', async () => {
    const failure = new Error('SQLITE_CORRUPT: secret internals');
    const { invoke, log } = setUp(
      fakeHandlers({
        'parties:list': async () => {
          throw failure;
        },
      }),
    );
    const result = await invoke('parties:list');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const sent = JSON.stringify(result);
    expect(sent).not.toContain('SQLITE_CORRUPT');
    expect(sent).not.toContain('stack');
    expect(sent).not.toMatch(/\n\s+at /);
    expect(log).toHaveBeenCalledWith(failure);
  });

  it('answers with a failure, not a rejected promise, when no register is open', async () => {
    const ipcMain = fakeIpcMain();
    const log = vi.fn();
    const noRegister = () => {
      throw new Error('No register is open.');
    };
    registerIpc(ipcMain, noRegister, () => true, log);
    const listener = ipcMain.listeners.get('register:summary') as Listener;
    await expect(listener(senderEvent(ownPage))).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('reads the handlers on every call, so switching registers needs no re-registration', async () => {
    let legalName = 'First Ltd';
    const ipcMain = fakeIpcMain();
    registerIpc(
      ipcMain,
      () => fakeHandlers({ 'organisation:get': () => ({ legalName }) as Organisation }),
      () => true,
    );
    const listener = ipcMain.listeners.get('organisation:get') as Listener;
    await expect(listener(senderEvent(ownPage))).resolves.toMatchObject({
      value: { legalName: 'First Ltd' },
    });
    legalName = 'Second Ltd';
    await expect(listener(senderEvent(ownPage))).resolves.toMatchObject({
      value: { legalName: 'Second Ltd' },
    });
  });
});
