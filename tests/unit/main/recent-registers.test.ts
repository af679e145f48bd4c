import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_REGISTERS,
  addRecentRegister,
  readRecentRegisters,
  removeRecentRegister,
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

  it('drops registers that were deleted or moved', () => {
    const dir = tempDir();
    const list = path.join(dir, 'recent-registers.json');
    const [a, b] = registers(dir, 2) as [string, string];
    addRecentRegister(list, a);
    addRecentRegister(list, b);
    fs.rmSync(a);
    expect(readRecentRegisters(list)).toEqual([b]);
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
