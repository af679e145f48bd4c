// Fast path for Ropa's own workbooks: find the machine-copy sheet through workbook.xml and its relations,
// inflate that one part and read its cells, which Ropa writes as plain strings. Anything else (a workbook
// re-saved with shared strings, say) returns null and goes through exceljs.
import fs from 'node:fs';
import { MACHINE_SHEET } from './machine-copy';
import { readEntry, zipEntries } from './zip-read';

export type MachineRow = { number: number; values: string[] };

const unescape = (text: string): string =>
  text.replace(/&(quot|amp|lt|gt|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'quot'
      ? '"'
      : e === 'amp'
        ? '&'
        : e === 'lt'
          ? '<'
          : e === 'gt'
            ? '>'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

const columnIndex = (letters: string): number =>
  [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

export function readMachineSheetFast(file: string): MachineRow[] | null {
  const data = fs.readFileSync(file);
  const entries = zipEntries(data);
  if (entries === null) return null;
  const part = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? readEntry(data, entry)?.toString('utf8') : undefined;
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const sheet = new RegExp(`<sheet [^>]*name="${MACHINE_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) return null;
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) return null;
  const xml = part(`xl/${target[1]!.replace(/^\/?xl\//, '')}`);
  if (!xml) return null;
  const rows: MachineRow[] = [];
  for (const row of xml.matchAll(/<row [^>]*?r="(\d+)"[^>]*>(.*?)<\/row>/gs)) {
    const values: string[] = [];
    for (const c of row[2]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const type = /t="(\w+)"/.exec(c[2]!)?.[1];
      if (type !== 'str' && type !== 'inlineStr') return null;
      const text = /<(?:v|t)[^>]*>(.*?)<\/(?:v|t)>/s.exec(c[3] ?? '')?.[1] ?? '';
      values[columnIndex(c[1]!)] = unescape(text);
    }
    rows.push({ number: Number(row[1]), values: Array.from(values, (v) => v ?? '') });
  }
  return rows;
}
