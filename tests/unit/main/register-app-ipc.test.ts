import { describe, expect, it, vi } from 'vitest';
import { registerAppIpc } from '../../../src/main/ipc/register-app-ipc';
import { APP_CHANNELS } from '../../../src/shared/ipc/app-channels';
import type { AppHandlers } from '../../../src/shared/ipc/app-contract';
import { fakeIpcMain, senderEvent, type Listener } from './fakes';

const ownPage = 'file:///opt/Ropa/resources/app.asar/out/renderer/index.html';

function setUp(overrides: Partial<AppHandlers> = {}) {
  const ipcMain = fakeIpcMain();
  const handlers = {
    'app:chooseExportFile': vi.fn(() => '/tmp/acme-article30.xlsx'),
    'app:chooseImportFile': vi.fn(() => null),
    'app:showInFolder': vi.fn(() => null),
    'app:newRegister': vi.fn(() => null),
    'app:openRegister': vi.fn(() => null),
    'app:saveCopy': vi.fn(() => null),
    'app:listSamples': vi.fn(() => []),
    'app:openSample': vi.fn(() => null),
    'app:listRecent': vi.fn(() => []),
    'app:openRecent': vi.fn(() => ({ opened: true as const })),
    'app:forgetRecent': vi.fn(() => []),
    'app:openProblem': vi.fn(() => null),
    'app:glanceRecent': vi.fn(() => ({ problem: 'not read in these tests' })),
    'app:setUnsavedChanges': vi.fn(() => null),
    ...overrides,
  } satisfies AppHandlers;
  const log = vi.fn();
  const unregister = registerAppIpc(ipcMain, handlers, (event) => event.senderFrame?.url === ownPage, log);
  const listener = (channel: string): Listener => {
    const found = ipcMain.listeners.get(channel);
    if (!found) throw new Error(`no handler for ${channel}`);
    return found;
  };
  return { ipcMain, handlers, log, unregister, listener };
}

describe('registerAppIpc', () => {
  it('registers every shell channel once, and removes them again', () => {
    const { ipcMain, unregister } = setUp();
    expect([...ipcMain.listeners.keys()]).toEqual([...APP_CHANNELS]);
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('answers a call from its own page with the handler value', async () => {
    const { listener, handlers } = setUp();
    const result = await listener('app:chooseExportFile')(senderEvent(ownPage), { suggestedName: 'a.xlsx' });
    expect(result).toEqual({ ok: true, value: '/tmp/acme-article30.xlsx' });
    expect(handlers['app:chooseExportFile']).toHaveBeenCalledWith({ suggestedName: 'a.xlsx' });
  });

  it('refuses a call from another page without running anything', async () => {
    const { listener, handlers } = setUp();
    const result = await listener('app:showInFolder')(senderEvent('https://example.com/'), {
      file: '/etc/passwd',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['app:showInFolder']).not.toHaveBeenCalled();
  });

  it('rejects invalid input with the field at fault', async () => {
    const { listener, handlers } = setUp();
    const result = await listener('app:showInFolder')(senderEvent(ownPage), { file: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'file' }] } });
    expect(handlers['app:showInFolder']).not.toHaveBeenCalled();
  });

  it("takes the window's unsaved state only as a yes or no", async () => {
    const { listener, handlers } = setUp();
    const report = listener('app:setUnsavedChanges');
    expect(await report(senderEvent(ownPage), { unsaved: true })).toEqual({ ok: true, value: null });
    expect(handlers['app:setUnsavedChanges']).toHaveBeenCalledWith({ unsaved: true });
    const vague = await report(senderEvent(ownPage), { unsaved: 'yes' });
    expect(vague).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'unsaved' }] },
    });
    expect(handlers['app:setUnsavedChanges']).toHaveBeenCalledTimes(1);
  });

  it('passes the Start screen channels their file, and refuses a call without one', async () => {
    const { listener, handlers } = setUp();
    const file = '/home/dpo/Clients/acme.ropa';
    expect(await listener('app:openRecent')(senderEvent(ownPage), { file })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(handlers['app:openRecent']).toHaveBeenCalledWith({ file });
    const missing = await listener('app:forgetRecent')(senderEvent(ownPage), {});
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'file' }] },
    });
    expect(handlers['app:forgetRecent']).not.toHaveBeenCalled();
    expect(await listener('app:listRecent')(senderEvent(ownPage), undefined)).toEqual({
      ok: true,
      value: [],
    });
  });

  it('turns a thrown error into a value and logs it', async () => {
    const { listener, log } = setUp({
      'app:saveCopy': () => {
        throw new Error('disk full');
      },
    });
    const result = await listener('app:saveCopy')(senderEvent(ownPage), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
