// Reads an OpenDocument spreadsheet (.ods, as LibreOffice and the CNIL publish it) into plain rows of text:
// content.xml is inflated through zip-read (never beyond its declared size, which the file guard checked)
// and parsed with fast-xml-parser. Repeated rows and cells are expanded only when they hold something, so
// the million empty rows a spreadsheet program writes after the last line cost nothing.
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { RopaError } from '../errors';
import type { ImportLimits } from './file-guard';
import { checkCell, checkRowCount, type Sheet, type SheetRow } from './sheet-grid';
import { readEntry, zipEntries } from './zip-read';

/** A node of fast-xml-parser's ordered output: one tag name → children, attributes under ':@'. */
type XmlNode = Record<string, unknown>;

/** content.xml is parsed as one string: past this it would not fit in one (V8's limit is ~512 MB). */
const MAX_CONTENT_BYTES = 256_000_000;

/** The widest sheet LibreOffice and Excel allow; a repeated cell never expands past it. */
const MAX_COLUMNS = 16_384;

const refuse = (file: string, why: string) =>
  new RopaError('REFUSED_FILE', `${file}: ${why} Nothing was imported.`);

const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== ':@');
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const attrsOf = (node: XmlNode): Record<string, string> =>
  (node[':@'] as Record<string, string> | undefined) ?? {};
const repeat = (node: XmlNode, name: string): number => {
  const n = Number(attrsOf(node)[name] ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** The text of a paragraph: spans and links flattened, <text:s/> spaces, tabs and line breaks kept. */
function paragraphText(nodes: readonly XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'text:s') text += ' '.repeat(repeat(node, 'text:c'));
    else if (tag === 'text:tab') text += '\t';
    else if (tag === 'text:line-break') text += '\n';
    else if (tag !== undefined && tag !== 'office:annotation') text += paragraphText(childrenOf(node));
  }
  return text;
}

/** What a reader sees in the cell; a date as YYYY-MM-DD. Comments (annotations) are not cell content. */
function cellText(cell: XmlNode): string {
  const attrs = attrsOf(cell);
  const date = attrs['office:date-value'];
  if (attrs['office:value-type'] === 'date' && date && /^\d{4}-\d{2}-\d{2}/.test(date))
    return date.slice(0, 10);
  const paragraphs = childrenOf(cell).filter((n) => {
    const tag = tagOf(n);
    return tag === 'text:p' || tag === 'text:h';
  });
  const text = paragraphs.map((p) => paragraphText(childrenOf(p))).join('\n');
  if (text !== '') return text;
  return attrs['office:string-value'] ?? attrs['office:value'] ?? attrs['office:boolean-value'] ?? '';
}

/** The rows of a table, wherever they sit (header rows, row groups). */
function* tableRows(nodes: readonly XmlNode[]): Generator<XmlNode> {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'table:table-row') yield node;
    else if (
      tag === 'table:table-header-rows' ||
      tag === 'table:table-row-group' ||
      tag === 'table:table-rows'
    )
      yield* tableRows(childrenOf(node));
  }
}

function readTable(file: string, table: XmlNode, limits: ImportLimits): Sheet {
  const name = attrsOf(table)['table:name'] ?? '';
  const rows: SheetRow[] = [];
  let number = 0;
  for (const row of tableRows(childrenOf(table))) {
    const cells: string[] = [];
    let column = 0;
    for (const cell of childrenOf(row)) {
      const tag = tagOf(cell);
      if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
      const count = repeat(cell, 'table:number-columns-repeated');
      const text = cellText(cell);
      if (text.trim() !== '')
        for (let k = 0; k < count && column + k < MAX_COLUMNS; k++) {
          checkCell(file, name, number + 1, column + k, text, limits);
          cells[column + k] = text;
        }
      column += count;
    }
    const times = repeat(row, 'table:number-rows-repeated');
    if (cells.length > 0) {
      const filled = Array.from(cells, (c) => c ?? '');
      for (let k = 0; k < times; k++) {
        rows.push({ number: number + k + 1, cells: filled });
        checkRowCount(file, name, rows.length, limits);
      }
    }
    number += times;
  }
  return { name, hidden: false, rows };
}

/** Every sheet of an .ods file the guard has already inspected. */
export function readOds(file: string, limits: ImportLimits): Sheet[] {
  const data = fs.readFileSync(file);
  const entry = zipEntries(data)?.find((e) => e.name === 'content.xml');
  if (entry && entry.size > MAX_CONTENT_BYTES)
    throw refuse(
      file,
      `its content.xml expands to ${Math.round(entry.size / 1e6)} MB; Ropa reads .ods spreadsheets up to ${MAX_CONTENT_BYTES / 1e6} MB of content. Save it as .xlsx, or split it.`,
    );
  let xml: string | undefined;
  try {
    xml = entry ? readEntry(data, entry)?.toString('utf8') : undefined;
  } catch {
    throw refuse(file, 'the part content.xml is damaged (it does not inflate to its declared size).');
  }
  if (xml === undefined) throw refuse(file, 'the spreadsheet has no readable content.xml part.');
  // OpenDocument never declares a DTD: one here could only serve entity-expansion tricks.
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)))
    throw refuse(file, 'content.xml declares a DTD, which OpenDocument files never do.');
  let document: XmlNode[];
  try {
    document = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
    }).parse(xml) as XmlNode[];
  } catch (error) {
    throw refuse(
      file,
      `content.xml is not well-formed XML (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const sheets: Sheet[] = [];
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'table:table') sheets.push(readTable(file, node, limits));
      else if (tag === 'office:document-content' || tag === 'office:body' || tag === 'office:spreadsheet')
        visit(childrenOf(node));
    }
  };
  visit(document);
  return sheets;
}
