import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, CSV_TABLES } from '../../../src/core/exchange/csv';
import { exportRegister } from '../../../src/core/exchange/export';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

/** A small RFC 4180 reader, so the test checks the file rather than trusting the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField(null)).toBe('');
    expect(csvField(6)).toBe('6');
  });

  it('writes one file per table into a folder, with a BOM and CRLF rows', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'csv');
    const result = await exportRegister(register, { format: 'csv', out });
    register.close();
    expect(result.files.map((f) => path.basename(f))).toEqual(CSV_TABLES.map(csvFileName));
    const text = fs.readFileSync(path.join(out, 'controller-activities.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]![0]).toBe('Reference');
    expect(rows).toHaveLength(2);
    expect(rows[1]![7]).toBe('Pay salaries\nFraud prevention');
    const transfers = parseCsv(fs.readFileSync(path.join(out, 'transfers.csv'), 'utf8').slice(1));
    expect(transfers[1]!.slice(0, 3)).toEqual([
      'HR-01 Payroll',
      'Amazon Web Services EMEA SARL',
      'United States of America (US)',
    ]);
  });

  it('writes one activities CSV when the target is a .csv file', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'activities.csv');
    await exportRegister(register, { format: 'csv', out });
    register.close();
    const rows = parseCsv(fs.readFileSync(out, 'utf8').slice(1));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Role', 'Reference'],
      ['controller', 'HR-01'],
      ['processor', 'SV-01'],
    ]);
    expect(rows[0]).toContain('Controllers processed for, with contact details (30(2)(a))');
  });
});

describe('JSON and DPV exports', () => {
  it('writes the complete register as JSON', async () => {
    const dir = tempDir();
    const { register, transfer } = createFullRegister(dir);
    const out = path.join(dir, 'register.json');
    await exportRegister(register, { format: 'json', out });
    register.close();
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(doc.format).toBe('ropa-register');
    expect(doc.transfers[0]).toEqual(transfer);
  });

  it('writes DPV JSON-LD that expands offline with DPV IRIs', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const out = path.join(dir, 'register.jsonld');
    await exportRegister(register, { format: 'dpv', out });
    register.close();
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    const documentLoader = (url: string): never => {
      throw new Error(`no network: ${url}`);
    };
    const expanded = await jsonld.expand(doc, { documentLoader });
    const flat = JSON.stringify(expanded);
    expect(expanded[0]!['@type']).toEqual(['https://w3id.org/dpv#ROPA']);
    expect(flat).toContain('https://w3id.org/dpv/legal/eu/gdpr#A6-1-b');
    expect(flat).toContain('https://w3id.org/dpv/legal/eu/gdpr#A6-1-f');
    expect(flat).toContain('https://w3id.org/dpv/legal/eu/gdpr#A9-2-b');
    expect(flat).toContain('https://w3id.org/dpv/legal/eu/gdpr#A46-2-c');
    expect(flat).toContain('https://w3id.org/dpv/loc#US');
    expect(flat).toContain('https://w3id.org/dpv#CrossBorderTransfer');
    expect(flat).toContain('https://w3id.org/dpv/pd#Health');
    expect(flat).toContain('https://w3id.org/dpv#DataSubProcessor');
    // Every IRI in a DPV namespace is one the context produced, not a stray prefix left unexpanded.
    expect(flat).not.toMatch(/"(dpv|eu-gdpr|pd|loc):/);
  });
});
