// Exports never leave a half-written file over an old one: write beside the target, then rename.
import fs from 'node:fs';
import path from 'node:path';

/**
 * A cancel (through `signal`) is honoured until the rename: one that arrives while the last part of the file
 * is being finished still leaves no file, and an older one as it was.
 */
export async function writeFileAtomic(
  target: string,
  write: (tempFile: string) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) throw new Error(`The folder ${dir} does not exist.`);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    signal?.throwIfAborted();
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function writeTextAtomic(target: string, text: string): Promise<void> {
  return writeFileAtomic(target, (temp) => fs.writeFileSync(temp, text, 'utf8'));
}
