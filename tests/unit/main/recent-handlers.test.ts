// The Start screen's channels over a real session: real register files in a temp folder, the real recent
// list, and real refusals from the core (a file that is not a register, one that is gone).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/handlers';
import { checkReport } from '../../../src/core/rules/report';
import { ActivityFields } from '../../../src/shared/domain';
import { createRegister, openRegister } from '../../../src/core/store/register';
import { glanceAt, glanceAtFile } from '../../../src/core/views/register-glance';
import { createRecentHandlers } from '../../../src/main/recent-handlers';
import { readRecentEntries } from '../../../src/main/recent-registers';
import { createRegisterSession, type RegisterSession } from '../../../src/main/register-session';
import type { RegisterProblem } from '../../../src/shared/ipc/app-contract';
import { sha256, tempDir } from '../../helpers/temp-dir';

const sessions: RegisterSession[] = [];

function setUp(problem: RegisterProblem | null = null) {
  const dir = tempDir();
  const recentList = path.join(dir, 'recent-registers.json');
  const session = createRegisterSession(
    { openRegister, createRegister, createHandlers },
    { recentList, onChange: () => undefined },
  );
  sessions.push(session);
  let changed = 0;
  const handlers = createRecentHandlers({
    recentList,
    currentFile: () => session.current()?.file ?? null,
    open: (file) => session.open(file),
    problem: () => problem,
    changed: () => void changed++,
    glance: (file, isOpen) => {
      const open = session.current();
      return isOpen && open ? glanceAt(open) : glanceAtFile(file);
    },
  });
  /** Makes a register file the way "New register…" would, and leaves it closed. */
  const client = (name: string, legalName: string) => {
    const file = path.join(dir, name);
    createRegister(file, { legalName }).close();
    return file;
  };
  return { dir, recentList, session, handlers, client, changes: () => changed };
}

describe('the Start screen channels', () => {
  // The session keeps a SQLite connection open; close it so the temp folder can go.
  afterEach(() => {
    for (const session of sessions.splice(0)) session.close();
  });

  it('lists the registers opened before, newest first, with the organisation and the one showing', async () => {
    const { session, handlers, client } = setUp();
    const acme = client('acme.ropa', 'Acme Ltd');
    const widgets = client('widgets.ropa', 'Widgets plc');
    await session.open(acme);
    await session.open(widgets);
    const listed = await handlers['app:listRecent'](undefined);
    expect(
      listed.map(({ file, organisation, missing, current }) => ({ file, organisation, missing, current })),
    ).toEqual([
      { file: widgets, organisation: 'Widgets plc', missing: false, current: true },
      { file: acme, organisation: 'Acme Ltd', missing: false, current: false },
    ]);
    for (const entry of listed) expect(Date.parse(entry.openedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('opens a listed register, which then shows and comes first', async () => {
    const { session, handlers, client } = setUp();
    const acme = client('acme.ropa', 'Acme Ltd');
    const widgets = client('widgets.ropa', 'Widgets plc');
    await session.open(acme);
    await session.open(widgets);
    await expect(handlers['app:openRecent']({ file: acme })).resolves.toEqual({ opened: true });
    expect(session.current()?.file).toBe(acme);
    const listed = await handlers['app:listRecent'](undefined);
    expect(listed.map((entry) => [entry.file, entry.current])).toEqual([
      [acme, true],
      [widgets, false],
    ]);
  });

  it('opens only registers on the list: any other file needs the Open dialog', async () => {
    const { session, handlers, client } = setUp();
    const stranger = client('stranger.ropa', 'Stranger Ltd');
    const attempt = await handlers['app:openRecent']({ file: stranger });
    expect(attempt).toEqual({
      opened: false,
      problem: {
        file: stranger,
        message: 'stranger.ropa is not on the list of recent registers.',
        detail: 'Choose Open… to pick a register file.',
      },
    });
    expect(session.current()).toBeNull();
  });

  it('answers a refused file with the reason, leaves it untouched and keeps the register showing', async () => {
    const { dir, session, handlers, client, changes } = setUp();
    const acme = client('acme.ropa', 'Acme Ltd');
    const broken = client('broken.ropa', 'Broken Ltd');
    await session.open(broken);
    await session.open(acme);
    fs.writeFileSync(broken, 'This is a shopping list, not a register.\n'.repeat(200));
    const before = sha256(broken);
    const attempt = await handlers['app:openRecent']({ file: broken });
    expect(attempt.opened).toBe(false);
    if (attempt.opened) return;
    expect(attempt.problem.message).toBe('Ropa could not open broken.ropa.');
    expect(attempt.problem.detail).toMatch(/^broken\.ropa is not a Ropa register/);
    expect(sha256(broken)).toBe(before);
    expect(session.current()?.file).toBe(acme);
    expect(changes()).toBe(1);
    // No backup, journal or lock file was left next to the refused file.
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('broken'))).toEqual(['broken.ropa']);
  });

  it('shows a moved register as missing, and forgets it on request without touching any file', async () => {
    const { dir, recentList, session, handlers, client } = setUp();
    const acme = client('acme.ropa', 'Acme Ltd');
    const gone = client('gone.ropa', 'Gone Ltd');
    await session.open(gone);
    await session.open(acme);
    fs.renameSync(gone, path.join(dir, 'moved.ropa'));
    const listed = await handlers['app:listRecent'](undefined);
    expect(listed.map((entry) => [entry.organisation, entry.missing])).toEqual([
      ['Acme Ltd', false],
      ['Gone Ltd', true],
    ]);
    const opened = await handlers['app:openRecent']({ file: gone });
    expect(opened).toMatchObject({ opened: false, problem: { message: 'Ropa could not open gone.ropa.' } });
    const after = await handlers['app:forgetRecent']({ file: gone });
    expect(after.map((entry) => entry.file)).toEqual([acme]);
    expect(readRecentEntries(recentList).map((entry) => entry.file)).toEqual([acme]);
    expect(fs.existsSync(path.join(dir, 'moved.ropa'))).toBe(true);
  });

  it('tells why the start-up register could not be opened', async () => {
    const problem = {
      file: '/data/acme.ropa',
      message: 'Ropa could not open acme.ropa.',
      detail: 'Newer version.',
    };
    expect(await setUp(problem).handlers['app:openProblem'](undefined)).toEqual(problem);
    expect(await setUp().handlers['app:openProblem'](undefined)).toBeNull();
  });

  it('gives a recent register at a glance without writing to it, and says why one cannot be read', async () => {
    const { session, handlers, client } = setUp();
    const acme = client('acme.ropa', 'Acme Ltd');
    const other = createRegister(path.join(path.dirname(acme), 'client.ropa'), { legalName: 'Client Ltd' });
    other.activities.save(ActivityFields.parse({ role: 'controller', reference: 'HR-01', name: 'Payroll' }));
    const clientFile = other.file;
    other.close();
    await session.open(clientFile);
    await session.open(acme);
    const before = sha256(clientFile);

    const glance = await handlers['app:glanceRecent']({ file: clientFile });
    const fresh = openRegister(clientFile);
    const { counts } = checkReport(fresh, { limit: 0 });
    const lastChangeAt = fresh.changes.lastChangeAt();
    fresh.close();
    expect(glance).toEqual({
      activities: 1,
      errors: counts.error,
      warnings: counts.warning,
      reviewsDue: 1,
      lastChangeAt,
    });
    expect(counts.error).toBeGreaterThan(0);
    expect(sha256(clientFile)).toBe(before);
    // The register showing is read as it is, through its own connection.
    expect(await handlers['app:glanceRecent']({ file: acme })).toMatchObject({
      activities: 0,
      reviewsDue: 0,
    });

    expect(await handlers['app:glanceRecent']({ file: '/etc/passwd' })).toEqual({
      problem: 'passwd is not on the list of recent registers.',
    });
    fs.writeFileSync(clientFile, 'overwritten by something else');
    expect(await handlers['app:glanceRecent']({ file: clientFile })).toEqual({
      problem: expect.stringContaining('client.ropa is not a Ropa register'),
    });
  });
});
