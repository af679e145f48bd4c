import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_REGISTERS,
  addRecentRegister,
  readRecentEntries,
  readRecentRegisters,
  removeRecentRegister,
  renameRecentRegister,
} from '../../../src/main/recent-registers';
import { tempDir } from '../../helpers/temp-dir';

function registers(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `client-${i}.ropa`);
    fs.writeFileSync(file, '');
    return file;
  });
}

describe('recent registers', () => {
  it('is empty when the list file does not exist or cannot be read', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    expect(readRecentRegisters(list)).toEqual([]);
    fs.writeFileSync(list, '{ not json');
    expect(readRecentRegisters(list)).toEqual([]);
    fs.writeFileSync(list, JSON.stringify({ version: 99, registers: 'x' }));
    expect(readRecentRegisters(list)).toEqual([]);
  });

  it('puts the register opened last first, once', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b, c] = registers(dir, 3) as [string, string, string];
    addRecentRegister(list, a);
    addRecentRegister(list, b);
    addRecentRegister(list, c);
    expect(addRecentRegister(list, a)).toEqual([a, c, b]);
    expect(readRecentRegisters(list)).toEqual([a, c, b]);
  });

  it('stores absolute paths, so the same file reached two ways is one entry', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a] = registers(dir, 1) as [string];
    addRecentRegister(list, a);
    const roundabout = path.join(dir, 'sub', '..', path.basename(a));
    expect(addRecentRegister(list, roundabout)).toEqual([a]);
  });

  it(`keeps the ${MAX_RECENT_REGISTERS} most recent`, () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const files = registers(dir, MAX_RECENT_REGISTERS + 3);
    for (const file of files) addRecentRegister(list, file);
    const recent = readRecentRegisters(list);
    expect(recent).toHaveLength(MAX_RECENT_REGISTERS);
    expect(recent[0]).toBe(files[files.length - 1]);
    expect(recent).not.toContain(files[0]);
  });

  it('leaves registers that were deleted or moved out of the menu, but remembers them to be forgotten', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    addRecentRegister(list, a);
    addRecentRegister(list, b);
    fs.rmSync(a);
    expect(readRecentRegisters(list)).toEqual([b]);
    expect(readRecentEntries(list).map((entry) => entry.file)).toEqual([b, a]);
    removeRecentRegister(list, a);
    expect(readRecentEntries(list).map((entry) => entry.file)).toEqual([b]);
  });

  it('records the organisation and when each register was last opened', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    addRecentRegister(list, a, { organisation: 'Acme Ltd', openedAt: new Date('2025-03-01T09:00:00Z') });
    addRecentRegister(list, b, { organisation: 'Client Co', openedAt: new Date('2025-03-02T10:30:00Z') });
    // Reopened without a name (e.g. a name not read yet): the name it had is kept, the time is new.
    addRecentRegister(list, a, { openedAt: new Date('2025-03-03T08:15:00Z') });
    expect(readRecentEntries(list)).toEqual([
      { file: a, organisation: 'Acme Ltd', openedAt: '2025-03-03T08:15:00.000Z' },
      { file: b, organisation: 'Client Co', openedAt: '2025-03-02T10:30:00.000Z' },
    ]);
  });

  it('renames a listed register without moving it', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    addRecentRegister(list, a, { organisation: 'Acme Ltd' });
    addRecentRegister(list, b, { organisation: 'Client Co' });
    renameRecentRegister(list, a, 'Acme Group plc');
    renameRecentRegister(list, path.join(dir, 'never-opened.ropa'), 'Nobody');
    expect(readRecentEntries(list).map((entry) => [entry.file, entry.organisation])).toEqual([
      [b, 'Client Co'],
      [a, 'Acme Group plc'],
    ]);
  });

  it('reads the list written by earlier versions (paths only)', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    fs.writeFileSync(list, JSON.stringify({ version: 1, registers: [b, a] }));
    expect(readRecentEntries(list)).toEqual([
      { file: b, organisation: null, openedAt: null },
      { file: a, organisation: null, openedAt: null },
    ]);
    addRecentRegister(list, a, { organisation: 'Acme Ltd' });
    expect(JSON.parse(fs.readFileSync(list, 'utf8'))).toMatchObject({
      version: 2,
      registers: [
        { file: a, organisation: 'Acme Ltd' },
        { file: b, organisation: null },
      ],
    });
  });

  it('removes one register on request', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    addRecentRegister(list, a);
    addRecentRegister(list, b);
    expect(removeRecentRegister(list, b)).toEqual([a]);
    expect(readRecentRegisters(list)).toEqual([a]);
  });

  it('creates the data folder when it does not exist yet', () => {
    const dir = tempDir();
    const [a] = registers(dir, 1) as [string];
    const list = path.join(dir, 'first', 'start', 'recent-registers.json');
    expect(addRecentRegister(list, a)).toEqual([a]);
    expect(fs.readdirSync(path.dirname(list))).toEqual(['recent-registers.json']);
  });
});
