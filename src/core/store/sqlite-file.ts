// Checks a file before SQLite touches it, so a wrong file is refused with a message that says what it
// is, and is never modified (SQLite would happily turn an empty file into a database).
import fs from 'node:fs';
import path from 'node:path';
import { RefusedFileError } from '../errors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export function inspectRegisterFile(file: string): void {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new RefusedFileError(file, `There is no file at ${file}.`);
  }
  if (!stat.isFile()) throw new RefusedFileError(file, `${file} is a folder, not a register file.`);
  if (stat.size === 0) {
    throw new RefusedFileError(
      file,
      `${name} is empty (0 bytes): it is not a Ropa register. It may have been cut off while copying.`,
    );
  }
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < SQLITE_HEADER.length || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    throw new RefusedFileError(file, `${name} is not a Ropa register: it is not an SQLite database file.`);
  }
  if (read < HEADER_SIZE) {
    throw new RefusedFileError(
      file,
      `${name} is damaged: the file is cut off inside its header (${stat.size} bytes).`,
    );
  }
  // Page size 1 means 65536; the in-header page count is only trusted when the version-valid-for
  // number matches the change counter (SQLite file format §1.3).
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const countIsValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (countIsValid && pageCount > 0 && stat.size < pageSize * pageCount) {
    throw new RefusedFileError(
      file,
      `${name} is damaged: it is shorter than the database it describes (${stat.size} of ${pageSize * pageCount} bytes). Open a backup copy instead.`,
    );
  }
}
