// Looks at a file before any parser does: a spreadsheet importer must refuse what is not a spreadsheet,
// encrypted workbooks and zip bombs with a clear message rather than crash or exhaust memory.
import fs from 'node:fs';
import { RopaError } from '../errors';
import { readEntry, zipEntries, type ZipEntry } from './zip-read';

export type ImportLimits = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total size the zip entries may expand to. */
  maxExpandedBytes: number;
  /** Largest expansion ratio of one sizeable zip entry (typical xlsx XML compresses 5–20×). */
  maxRatio: number;
  /** Most data rows read from one sheet or CSV. */
  maxRows: number;
  /** Longest cell accepted (Excel's own limit). */
  maxCellChars: number;
};

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxRows: 200_000,
  maxCellChars: 32_767,
};

/** What the file is; 'ods' only when the caller reads OpenDocument spreadsheets (see `GuardOptions`). */
export type FileKind = 'xlsx' | 'csv' | 'ods';
export type GuardOptions = { ods?: boolean };

const refuse = (file: string, why: string) =>
  new RopaError('REFUSED_FILE', `${file}: ${why} Nothing was imported.`);

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Declared sizes of every part: a zip bomb is refused before anything inflates it. */
function checkZipSizes(file: string, entries: readonly ZipEntry[], limits: ImportLimits, what: string): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff)
      throw refuse(
        file,
        `the part ${entry.name} declares a size beyond 4 GB; the file is refused as a likely zip bomb.`,
      );
    total += entry.size;
    if (entry.size > 1_000_000 && entry.size > entry.compressed * limits.maxRatio)
      throw refuse(
        file,
        `the part ${entry.name} expands ${Math.round(entry.size / Math.max(1, entry.compressed))} times (${Math.round(entry.size / 1e6)} MB); the file is refused as a likely zip bomb.`,
      );
  }
  if (total > limits.maxExpandedBytes)
    throw refuse(
      file,
      `the ${what} expands to ${Math.round(total / 1e6)} MB; Ropa imports ${what}s up to ${Math.round(limits.maxExpandedBytes / 1e6)} MB expanded.`,
    );
}

/** An OpenDocument spreadsheet: its mimetype part, and no encryption in its manifest. */
function inspectOds(
  file: string,
  data: Buffer,
  entries: readonly ZipEntry[],
  limits: ImportLimits,
): FileKind {
  checkZipSizes(file, entries, limits, 'spreadsheet');
  const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
  let text: string | undefined;
  try {
    text = manifest ? readEntry(data, manifest)?.toString('utf8') : undefined;
  } catch {
    throw refuse(file, 'the part META-INF/manifest.xml is damaged; the spreadsheet cannot be read.');
  }
  if (text?.includes('encryption-data'))
    throw refuse(
      file,
      'the spreadsheet is password-protected (encrypted). Remove the password and save it again, then import it again.',
    );
  return 'ods';
}

function isOds(data: Buffer, entries: readonly ZipEntry[]): boolean {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype || !entries.some((e) => e.name === 'content.xml')) return false;
  try {
    return (readEntry(data, mimetype)?.toString('utf8') ?? '').startsWith(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
  } catch {
    // A part that inflates beyond its declared size is not a spreadsheet we read.
    return false;
  }
}

/** Refuses a file that is not a spreadsheet Ropa can read safely; says which kind it is otherwise. */
export function inspectSpreadsheet(
  file: string,
  limits: ImportLimits = DEFAULT_LIMITS,
  options: GuardOptions = {},
): FileKind {
  if (!fs.existsSync(file)) throw new RopaError('NOT_FOUND', `${file}: no such file.`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw refuse(file, 'this is a folder, not a file.');
  if (stat.size === 0) throw refuse(file, 'the file is empty.');
  if (stat.size > limits.maxFileBytes)
    throw refuse(
      file,
      `the file is ${Math.round(stat.size / 1e6)} MB; Ropa imports files up to ${Math.round(limits.maxFileBytes / 1e6)} MB.`,
    );
  const data = fs.readFileSync(file);
  if (data.subarray(0, 8).equals(CFB))
    throw refuse(
      file,
      'the workbook is password-protected (encrypted) or in the old .xls format. Remove the password and save it as .xlsx, then import it again.',
    );
  if (data.subarray(0, 4).equals(ZIP)) {
    const entries = zipEntries(data);
    if (entries === null)
      throw refuse(file, 'the file is a damaged zip archive, not a readable .xlsx workbook.');
    const names = new Set(entries.map((e) => e.name));
    if (options.ods && isOds(data, entries)) return inspectOds(file, data, entries, limits);
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
      throw refuse(
        file,
        options.ods
          ? 'the file is a zip archive but neither an Excel .xlsx workbook nor an OpenDocument .ods spreadsheet.'
          : 'the file is a zip archive but not an Excel .xlsx workbook (an .ods file? save it as .xlsx).',
      );
    checkZipSizes(file, entries, limits, 'workbook');
    return 'xlsx';
  }
  const head = data.subarray(0, 8192);
  if (head.includes(0)) throw refuse(file, 'the file is not a spreadsheet (.xlsx) or a text CSV file.');
  if (
    data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim() === ''
  )
    throw refuse(file, 'the file is empty.');
  return 'csv';
}
