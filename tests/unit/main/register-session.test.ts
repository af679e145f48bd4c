import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../src/core/dispatch';
import { RefusedFileError } from '../../../src/core/errors';
import type { Register } from '../../../src/core/store/register';
import { readRecentEntries, readRecentRegisters } from '../../../src/main/recent-registers';
import {
  createRegisterSession,
  windowTitle,
  type RegisterCore,
  type SessionChange,
} from '../../../src/main/register-session';
import type { Organisation } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';
import { fakeHandlers } from './fakes';

// A register stands in for the SQLite file: the session only reads its path and closes it.
type FakeRegister = { file: string; close: ReturnType<typeof vi.fn>; legalName: string };

function fakeCore() {
  const registers: FakeRegister[] = [];
  const make = (file: string, legalName: string) => {
    const register: FakeRegister = { file, close: vi.fn(), legalName };
    registers.push(register);
    fs.writeFileSync(file, '');
    return register as unknown as Register;
  };
  const core: RegisterCore = {
    openRegister: (file) => {
      if (file.endsWith('damaged.ropa')) throw new RefusedFileError(file, 'damaged.ropa is damaged.');
      return make(file, `Organisation of ${path.basename(file)}`);
    },
    createRegister: (file, organisation) => make(file, organisation.legalName),
    createHandlers: (register): Handlers => {
      const fake = register as unknown as FakeRegister;
      const organisation = () => ({ legalName: fake.legalName }) as Organisation;
      return fakeHandlers({
        'organisation:get': organisation,
        'organisation:update': (fields) => {
          fake.legalName = fields.legalName;
          return organisation();
        },
      });
    },
  };
  return { core, registers };
}

function setUp() {
  const dir = tempDir();
  const { core, registers } = fakeCore();
  const changes: SessionChange[] = [];
  const recentList = path.join(dir, 'recent-registers.json');
  const session = createRegisterSession(core, { recentList, onChange: (change) => changes.push(change) });
  return { dir, session, registers, changes, recentList };
}

describe('register session', () => {
  it('creates a register, records it as recent and announces it', async () => {
    const { dir, session, changes, recentList } = setUp();
    const file = path.join(dir, 'Acme.ropa');
    await expect(session.create(file, 'Acme Ltd')).resolves.toEqual({ file, legalName: 'Acme Ltd' });
    expect(session.current()?.file).toBe(file);
    expect(readRecentRegisters(recentList)).toEqual([file]);
    expect(changes).toEqual([{ reason: 'opened', info: { file, legalName: 'Acme Ltd' } }]);
  });

  it('closes the previous register when another one opens', async () => {
    const { dir, session, registers, recentList } = setUp();
    const first = path.join(dir, 'first.ropa');
    const second = path.join(dir, 'second.ropa');
    await session.create(first, 'First');
    await session.create(second, 'Second');
    expect(registers[0]?.close).toHaveBeenCalledTimes(1);
    expect(registers[1]?.close).not.toHaveBeenCalled();
    expect(readRecentRegisters(recentList)).toEqual([second, first]);
  });

  it('keeps the current register when another file is refused', async () => {
    const { dir, session, registers, changes } = setUp();
    const good = path.join(dir, 'good.ropa');
    await session.create(good, 'Good');
    await expect(session.open(path.join(dir, 'damaged.ropa'))).rejects.toBeInstanceOf(RefusedFileError);
    expect(session.current()?.file).toBe(good);
    expect(registers[0]?.close).not.toHaveBeenCalled();
    expect(changes).toHaveLength(1);
  });

  it('does not open the register already showing a second time', async () => {
    const { dir, session, registers } = setUp();
    const file = path.join(dir, 'Acme.ropa');
    await session.create(file, 'Acme Ltd');
    await session.open(file);
    expect(registers).toHaveLength(1);
  });

  it('retitles the window when the organisation is renamed', async () => {
    const { dir, session, changes } = setUp();
    const file = path.join(dir, 'Acme.ropa');
    await session.create(file, 'Acme Ltd');
    await session.handlers()['organisation:update']({ legalName: 'Acme Group plc' } as never);
    expect(changes.at(-1)).toEqual({ reason: 'renamed', info: { file, legalName: 'Acme Group plc' } });
    expect(windowTitle({ file, legalName: 'Acme Group plc' })).toBe('Acme Group plc — Acme.ropa');
    // While the window holds unsaved edits, the title says so.
    expect(windowTitle({ file, legalName: 'Acme Group plc' }, true)).toBe('Acme Group plc — Acme.ropa •');
  });

  it('keeps the organisation of each recent register, renamed or not, for the Start screen', async () => {
    const { dir, session, recentList } = setUp();
    const acme = path.join(dir, 'Acme.ropa');
    const client = path.join(dir, 'client.ropa');
    await session.create(acme, 'Acme Ltd');
    await session.create(client, 'Client Co');
    await session.handlers()['organisation:update']({ legalName: 'Client Company Ltd' } as never);
    expect(readRecentEntries(recentList).map((entry) => [entry.file, entry.organisation])).toEqual([
      [client, 'Client Company Ltd'],
      [acme, 'Acme Ltd'],
    ]);
  });

  it('has no handlers once the register is closed', async () => {
    const { dir, session, registers, changes } = setUp();
    await session.create(path.join(dir, 'Acme.ropa'), 'Acme Ltd');
    session.close();
    expect(registers[0]?.close).toHaveBeenCalledTimes(1);
    expect(() => session.handlers()).toThrow('No register is open.');
    expect(changes.at(-1)).toEqual({ reason: 'closed' });
    expect(windowTitle(null)).toBe('Ropa');
  });
});
