// Fills in the CNIL's blank .ods model the way a DPO does in LibreOffice: copy the blank record sheet once
// per activity, type into its cells, and save. The cells are set in content.xml; the file is zipped again.
import fs from 'node:fs';
import path from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { readEntry, zipEntries } from '../../../src/core/exchange/zip-read';
import { makeZip } from './zip';

type Node = Record<string, unknown>;
const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  suppressEmptyNode: true,
} as const;

/** The CNIL's blank model as published (cnil.fr, registre-traitement-simplifie.ods), copied unchanged. */
export const BLANK_CNIL_MODEL = path.join(
  __dirname,
  '../../fixtures/exchange/cnil-registre-traitement-simplifie.ods',
);

const tag = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: Node) => n[tag(n)] as Node[];
const attrs = (n: Node) => (n[':@'] ??= {}) as Record<string, string>;

/** Splits a repeated row or cell so that the one at `index` (0-based) stands alone; returns it. */
function single(list: Node[], name: string, repeatAttr: string, index: number): Node {
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const node = list[i]!;
    if (tag(node) !== name && !(name === 'table:table-cell' && tag(node) === 'table:covered-table-cell'))
      continue;
    const count = Number(attrs(node)[repeatAttr] ?? '1');
    if (index < at + count) {
      const before = index - at;
      const after = count - before - 1;
      const copy = (n: number): Node => {
        const c = structuredClone(node);
        if (n > 1) attrs(c)[repeatAttr] = String(n);
        else delete attrs(c)[repeatAttr];
        return c;
      };
      const target = copy(1);
      list.splice(i, 1, ...(before > 0 ? [copy(before)] : []), target, ...(after > 0 ? [copy(after)] : []));
      return target;
    }
    at += count;
  }
  throw new Error(`no ${name} at ${index}`);
}

export type OdsSheetEdit = {
  /** Start of the sheet's name in the model, e.g. "3_" for the record sheet. */
  from: string;
  /** A new sheet copied from `from`, or `from` itself when absent. */
  copyAs?: string;
  /** Cells by 1-based row and 0-based column. */
  cells: { row: number; column: number; value: string }[];
};

export function fillCnilModel(edits: readonly OdsSheetEdit[], out: string): void {
  const data = fs.readFileSync(BLANK_CNIL_MODEL);
  const entries = zipEntries(data)!;
  const parts = entries.map((e) => ({ name: e.name, data: readEntry(data, e)! }));
  const content = parts.find((p) => p.name === 'content.xml')!;
  const doc = new XMLParser(OPTIONS).parse(content.data.toString('utf8')) as Node[];
  const root = doc.find((n) => tag(n) === 'office:document-content')!;
  const body = kids(root).find((n) => tag(n) === 'office:body')!;
  const spreadsheet = kids(body).find((n) => tag(n) === 'office:spreadsheet')!;
  const tables = kids(spreadsheet);
  for (const edit of edits) {
    const source = tables.find(
      (n) => tag(n) === 'table:table' && attrs(n)['table:name']!.startsWith(edit.from),
    )!;
    let table = source;
    if (edit.copyAs) {
      table = structuredClone(source);
      attrs(table)['table:name'] = edit.copyAs;
      tables.splice(tables.lastIndexOf(tables.filter((n) => tag(n) === 'table:table').pop()!) + 1, 0, table);
    }
    for (const { row, column, value } of edit.cells) {
      const rowNode = single(kids(table), 'table:table-row', 'table:number-rows-repeated', row - 1);
      const cell = single(kids(rowNode), 'table:table-cell', 'table:number-columns-repeated', column);
      const cellTag = tag(cell);
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
      cell[cellTag] = [{ 'text:p': [{ '#text': date ? value.split('-').reverse().join('/') : value }] }];
      const a = attrs(cell);
      a['office:value-type'] = date ? 'date' : 'string';
      if (date) a['office:date-value'] = value;
      else delete a['office:date-value'];
    }
  }
  content.data = Buffer.from(new XMLBuilder(OPTIONS).build(doc) as string, 'utf8');
  fs.writeFileSync(out, makeZip(parts));
}
