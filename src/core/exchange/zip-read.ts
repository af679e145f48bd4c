// Just enough of the zip format to list a workbook's parts and inflate one of them, so the guard can check
// declared sizes before any parser runs and the import can read its own machine copy directly.
import zlib from 'node:zlib';

export type ZipEntry = { name: string; compressed: number; size: number; method: number; offset: number };

/** The central directory: names, declared sizes and where each part starts; null if it is damaged. */
export function zipEntries(data: Buffer): ZipEntry[] | null {
  const from = Math.max(0, data.length - 65_557);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = data.readUInt16LE(at + 28);
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** One part's bytes (stored or deflated), never more than its declared size. */
export function readEntry(data: Buffer, entry: ZipEntry): Buffer | null {
  if (entry.offset + 30 > data.length || data.readUInt32LE(entry.offset) !== 0x04034b50) return null;
  const start =
    entry.offset + 30 + data.readUInt16LE(entry.offset + 26) + data.readUInt16LE(entry.offset + 28);
  const raw = data.subarray(start, start + entry.compressed);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) return null;
  return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
}
