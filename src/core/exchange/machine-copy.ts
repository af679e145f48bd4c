// The workbook carries the register in machine form on a very hidden sheet, so Ropa can read its own export
// back without loss while the visible sheets stay in words for people. Entities are written as JSON lines,
// deflated in blocks and base64-encoded: a fraction of the size of plain JSON cells and nothing to escape
// in XML, which keeps the export and the import of a large register fast.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RegisterView } from './view';

export const MACHINE_SHEET = 'ropa-data';
/** Excel's limit on the characters of one cell; a block's text is split over the following columns. */
export const CELL_LIMIT = 32_767;
const CHUNK = 32_000;
const BLOCK_ENTITIES = 2_000;

export const MACHINE_LISTS = ['terms', 'parties', 'activities', 'transfers'] as const;
export type MachineList = (typeof MACHINE_LISTS)[number];
type Line = ['organisation', unknown] | [MachineList, unknown];

function* lines(view: RegisterView): Generator<Line> {
  const { doc } = view;
  yield ['organisation', doc.organisation];
  for (const t of doc.terms) yield ['terms', t];
  for (const p of doc.parties) yield ['parties', p];
  for (const a of view.activities()) yield ['activities', a];
  for (const t of doc.transfers) yield ['transfers', t];
}

function* blockTexts(view: RegisterView): Generator<string> {
  let block: string[] = [];
  for (const line of lines(view)) {
    block.push(JSON.stringify(line));
    if (block.length === BLOCK_ENTITIES) {
      yield block.join('\n');
      block = [];
    }
  }
  if (block.length > 0) yield block.join('\n');
}

function blockRow(deflated: Buffer): string[] {
  const encoded = deflated.toString('base64');
  const row = ['block'];
  for (let i = 0; i < encoded.length; i += CHUNK) row.push(encoded.slice(i, i + CHUNK));
  return row;
}

const deflate = promisify(zlib.deflateRaw);
/**
 * zlib's default level. The workbook's zip stores this sheet as it is (compressing base64 again gains little
 * for much time), so the blocks are compressed well here, in the pool, beside the visible sheets.
 */
const LEVEL = 6;
/** Blocks being compressed at once: enough to keep the pool busy, few enough to bound the memory. */
const IN_FLIGHT = 2;

/**
 * Row 1: a readable header; then one row per block of entities. Blocks are compressed by zlib in libuv's
 * thread pool, so started before the visible sheets are written, the work runs beside them.
 */
export async function machineRows(view: RegisterView): Promise<string[][]> {
  const { doc } = view;
  const rows: string[][] = [
    ['header', JSON.stringify({ format: doc.format, version: doc.version, exportedAt: doc.exportedAt })],
  ];
  const texts = blockTexts(view);
  const compress = async (): Promise<void> => {
    for (let next = texts.next(); !next.done; next = texts.next()) {
      const at = rows.push([]) - 1;
      rows[at] = blockRow(await deflate(Buffer.from(next.value, 'utf8'), { level: LEVEL }));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, compress));
  return rows;
}

/** The entities of one block row, in order; throws if the row was altered. */
export function decodeBlock(chunks: readonly string[]): Line[] {
  const text = zlib.inflateRawSync(Buffer.from(chunks.join(''), 'base64'), {
    maxOutputLength: 512 * 1024 * 1024,
  });
  return text
    .toString('utf8')
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}
