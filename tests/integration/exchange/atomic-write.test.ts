// The atomic write every export goes through: the file appears whole or not at all, and a cancel that
// arrives while the last of the file is being finished still leaves no file and an older one as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/core/exchange/atomic-write';
import { tempDir } from '../../helpers/temp-dir';

describe('writeFileAtomic', () => {
  it('puts the finished file in place and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'record.json');
    await writeFileAtomic(target, (temp) => fs.writeFileSync(temp, '{"whole":true}'));
    expect(fs.readFileSync(target, 'utf8')).toBe('{"whole":true}');
    expect(fs.readdirSync(dir)).toEqual(['record.json']);
  });

  it('honours a cancel that comes after the writing and before the rename', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'record.json');
    fs.writeFileSync(target, 'the export of last month');
    const controller = new AbortController();
    const written = writeFileAtomic(
      target,
      async (temp) => {
        fs.writeFileSync(temp, '{"whole":true}');
        controller.abort(new Error('cancelled'));
      },
      controller.signal,
    );
    await expect(written).rejects.toThrow('cancelled');
    expect(fs.readFileSync(target, 'utf8')).toBe('the export of last month');
    expect(fs.readdirSync(dir)).toEqual(['record.json']);
  });
});
