// Regulators and DPOs open the exports in LibreOffice as well as in Excel, and DPOs save them back. Here
// LibreOffice itself (Debian's libreoffice-calc-nogui, which .ci/run installs) reads each workbook Ropa
// writes, and re-saves the full workbook for Ropa to import. Where LibreOffice is missing the tests say so
// and skip, except in CI, where they must run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, csvFileName } from '../../../src/core/exchange/csv';
import { parseCsv } from '../../../src/core/exchange/csv-read';
import { exportRegister, type ExportFormat } from '../../../src/core/exchange/export';
import { importFile } from '../../../src/core/exchange/import';
import { DEFAULT_LIMITS } from '../../../src/core/exchange/file-guard';
import { MACHINE_SHEET } from '../../../src/core/exchange/machine-copy';
import { importFullWorkbook } from '../../../src/core/exchange/workbook-import';
import { prepareRegisterDocument, writeRegisterDocument } from '../../../src/core/exchange/register-document';
import { sampleDocument } from '../../../src/core/samples';
import { createRegister, type Register } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { workbookContent } from '../../helpers/workbook-content';

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const present = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' }).status === 0;
if (!present && process.env.CI !== 'true') {
  console.warn(`skipped: LibreOffice (${SOFFICE}) is not installed; apt-get install libreoffice-calc-nogui`);
}

/** Runs LibreOffice headless with a profile of its own, so a user's open LibreOffice is never involved. */
function soffice(dir: string, args: readonly string[]): void {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  const run = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed:\n${run.stderr}`);
}

/** Every sheet of a workbook as LibreOffice reads it: one UTF-8 CSV per sheet, by sheet name. */
function sheetsAsLibreOfficeReadsThem(file: string): Map<string, string[][]> {
  const dir = path.dirname(file);
  const out = path.join(dir, 'csv');
  // Comma, double quote, UTF-8 (76), from line 1; the last token (-1) writes every sheet to its own file.
  soffice(dir, [
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir',
    out,
    file,
  ]);
  const stem = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const name of fs.readdirSync(out)) {
    const rows = parseCsv(fs.readFileSync(path.join(out, name), 'utf8'), name, DEFAULT_LIMITS);
    sheets.set(name.slice(stem.length + 1, -'.csv'.length), rows);
  }
  return sheets;
}

/** Every sheet as exceljs reads it, each cell as text, trailing empty cells and rows dropped. */
async function sheetsAsExcelJsReadsThem(file: string): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      // exceljs gives a sparse array: Array.from visits its holes too.
      const values = Array.from((sheet.getRow(r).values as unknown[]).slice(1), (v) =>
        v === undefined || v === null ? '' : String(v),
      );
      rows.push(values);
    }
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

const trimmed = (rows: string[][]): string[][] => {
  const out = rows.map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
};

function sampleRegister(dir: string, sample: string): Register {
  const register = createRegister(path.join(dir, `${sample}.ropa`), { legalName: sample });
  writeRegisterDocument(register, prepareRegisterDocument(register, sampleDocument(sample), 'replace'));
  return register;
}

describe.skipIf(!present && process.env.CI !== 'true')('the exports in LibreOffice', () => {
  it.each<[string, ExportFormat]>([
    ['full', 'full'],
    ['ICO', 'ico'],
    ['CNIL', 'cnil'],
    ['gap report', 'gaps'],
  ])('LibreOffice reads every sheet of the %s workbook as Ropa wrote it', async (_, format) => {
    const dir = tempDir();
    const register = sampleRegister(dir, 'omnicrm');
    const file = path.join(dir, `record-${format}.xlsx`);
    await exportRegister(register, { format, out: file });
    register.close();

    const written = await sheetsAsExcelJsReadsThem(file);
    const read = sheetsAsLibreOfficeReadsThem(file);
    expect([...read.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, rows] of written) {
      if (name === MACHINE_SHEET) continue;
      expect(trimmed(read.get(name)!), `sheet ${name}`).toEqual(trimmed(rows));
    }
  });

  it('LibreOffice opens the CSV files as the workbook shows them: accents, quotes and line breaks', async () => {
    const dir = tempDir();
    const register = sampleRegister(dir, 'omnicrm');
    const workbook = path.join(dir, 'record.xlsx');
    await exportRegister(register, { format: 'full', out: workbook });
    await exportRegister(register, { format: 'csv', out: path.join(dir, 'csv') });
    register.close();
    const files = CSV_TABLES.map((t) => path.join(dir, 'csv', csvFileName(t)));
    // UTF-8 (76) from line 1, every column as text, so a date or a number stays as it was written.
    const asText = Array.from({ length: 40 }, (_, i) => `${i + 1}/2`).join('/');
    soffice(dir, [
      `--infilter=CSV:44,34,76,1,${asText},0,false,false,false`,
      '--convert-to',
      'xlsx',
      '--outdir',
      path.join(dir, 'opened'),
      ...files,
    ]);
    const sheets = await sheetsAsExcelJsReadsThem(workbook);
    for (const table of CSV_TABLES) {
      const opened = await sheetsAsExcelJsReadsThem(
        path.join(dir, 'opened', csvFileName(table).replace(/\.csv$/, '.xlsx')),
      );
      const [rows] = [...opened.values()];
      expect(trimmed(rows!), table.name).toEqual(trimmed(sheets.get(table.name)!));
    }
  });

  // A DPO who exports the ICO or CNIL layout, works on it in LibreOffice and saves it, imports what the
  // untouched export imports: the same activities, parties and transfers, and the same warnings.
  it.each<[string, 'ico' | 'cnil']>([
    ['ICO', 'ico'],
    ['CNIL', 'cnil'],
  ])('the %s workbook re-saved by LibreOffice imports as the export itself does', async (_, format) => {
    const dir = tempDir();
    const register = sampleRegister(dir, 'omnicrm');
    const file = path.join(dir, `${format}.xlsx`);
    await exportRegister(register, { format, out: file });
    register.close();
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', path.join(dir, 'resaved'), file]);

    const imported = async (source: string, name: string) => {
      const target = createRegister(path.join(dir, `${name}.ropa`), { legalName: 'OmniCRM' });
      const result = await importFile(target, { source, format, mode: 'replace' });
      const out = path.join(dir, `${name}-full.xlsx`);
      await exportRegister(target, { format: 'full', out });
      target.close();
      // Compared in words (the visible sheets): ids are new at each import.
      const { [MACHINE_SHEET]: _ids, ...visible } = await workbookContent(out);
      const warnings = (result.warnings ?? []).map((w) => `${w.path.replace(source, 'FILE')}: ${w.message}`);
      return { counts: { ...result, warnings: undefined }, visible, warnings };
    };
    const fromExport = await imported(file, 'from-export');
    const fromLibreOffice = await imported(path.join(dir, 'resaved', `${format}.xlsx`), 'from-libreoffice');
    expect(fromExport.counts.activities).toBeGreaterThan(0);
    expect(fromLibreOffice.counts).toEqual(fromExport.counts);
    expect(fromLibreOffice.warnings).toEqual(fromExport.warnings);
    expect(fromLibreOffice.visible).toEqual(fromExport.visible);
  });

  it('a full workbook re-saved by LibreOffice imports back whole, with no edit reported', async () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const file = path.join(dir, 'record.xlsx');
    await exportRegister(register, { format: 'full', out: file });
    const original = register.activities.list();
    register.close();

    const resaved = path.join(dir, 'resaved');
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', resaved, file]);
    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target' });
    const summary = await importFullWorkbook(target, path.join(resaved, 'record.xlsx'), 'replace');
    expect(summary.warnings ?? []).toEqual([]);
    expect(summary).toMatchObject({ activities: 2, parties: 2, transfers: 1 });
    expect(target.activities.list()).toEqual(original);
    const again = path.join(dir, 'again.xlsx');
    await exportRegister(target, { format: 'full', out: again });
    target.close();
    expect(await workbookContent(again)).toEqual(await workbookContent(file));
  });
});
