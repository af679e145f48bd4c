// Reads Ropa's own full workbook back: the machine copy on its very hidden sheet holds every entity with its
// id, so export → import → export is lossless. Every problem is reported with sheet and row; nothing is
// written unless the whole document is valid (the register-document import runs in one transaction).
import ExcelJS from 'exceljs';
import type { ImportSummary } from '../../shared/ipc/contract';
import type { Issue } from '../../shared/ipc/result';
import { RopaError } from '../errors';
import { describeIssues } from '../issues';
import type { Register } from '../store/register';
import { DEFAULT_LIMITS, inspectSpreadsheet, type ImportLimits } from './file-guard';
import { decodeBlock, MACHINE_LISTS, MACHINE_SHEET } from './machine-copy';
import { readMachineSheetFast } from './machine-sheet';
import { prepareRegisterDocument, writeRegisterDocument, type PreparedDocument } from './register-document';
import { activityTableOf, applyVisibleEdits, type VisibleSheet } from './visible-edits';

/** Where an entity came from, for error messages: the sheet row of its block. */
type Located = { row: number };
export type ParsedWorkbook = {
  document: Record<string, unknown>;
  rows: Map<string, Located>;
  /** The visible activity sheets, read only when another program re-saved the file (see visible-edits). */
  visible: VisibleSheet[];
};

const cellText = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object' && 'richText' in value
      ? value.richText.map((r) => r.text).join('')
      : String(value);

const isList = (name: unknown): name is (typeof MACHINE_LISTS)[number] =>
  (MACHINE_LISTS as readonly unknown[]).includes(name);

type SheetRow = { sheet: number; number: number; values: ExcelJS.CellValue[] };

/**
 * exceljs 4.4's streaming reader relies on the order of the parts in the zip: on a file re-saved by another
 * program it may leave shared strings unresolved or fail on a missing workbook model. Then the file is read
 * again in memory, which any order allows.
 */
class UnresolvedCell extends Error {}

async function* streamRows(file: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheet = 0;
  for await (const worksheet of reader) {
    sheet += 1;
    for await (const row of worksheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      if (values.some((v) => typeof v === 'object' && v !== null && 'sharedString' in v))
        throw new UnresolvedCell();
      yield { sheet, number: row.number, values };
    }
  }
}

/** The whole workbook in memory: slower, but reads any part order (files re-saved by Excel). */
async function* bufferedRows(file: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let sheet = 0;
  for (const worksheet of workbook.worksheets) {
    sheet += 1;
    const rows: SheetRow[] = [];
    worksheet.eachRow((row) =>
      rows.push({ sheet, number: row.number, values: (row.values as ExcelJS.CellValue[]).slice(1) }),
    );
    yield* rows;
  }
}

async function collect(
  file: string,
  source: AsyncGenerator<SheetRow>,
  limits: ImportLimits,
): Promise<ParsedWorkbook | null> {
  const document: Record<string, unknown> = { terms: [], parties: [], activities: [], transfers: [] };
  const rows = new Map<string, Located>();
  const problems: Issue[] = [];
  let found = false;
  let machineSheet = -1;
  const visible = new Map<number, VisibleSheet>();
  const counts = new Map<number, number>();
  for await (const row of source) {
    const count = (counts.get(row.sheet) ?? 0) + 1;
    counts.set(row.sheet, count);
    if (count > limits.maxRows + 1)
      throw new RopaError(
        'REFUSED_FILE',
        `${file}: a sheet has more than ${limits.maxRows} rows; Ropa imports at most ${limits.maxRows} rows a sheet. Nothing was imported.`,
      );
    const values = Array.from(row.values, cellText);
    const long = values.findIndex((v) => v.length > limits.maxCellChars);
    if (long >= 0)
      throw new RopaError(
        'REFUSED_FILE',
        `${file}: row ${row.number}, column ${long + 1} holds ${values[long]!.length} characters; a cell holds at most ${limits.maxCellChars}. Nothing was imported.`,
      );
    const [kind, ...chunks] = values;
    if (row.number === 1 && kind === 'header' && chunks.join('').includes('"ropa-register"'))
      machineSheet = row.sheet;
    if (row.number === 1) {
      const table = activityTableOf(values);
      if (table) visible.set(row.sheet, { table, rows: [] });
    } else visible.get(row.sheet)?.rows.push({ number: row.number, values });
    if (row.sheet !== machineSheet) continue;
    found = true;
    const where = `sheet "${MACHINE_SHEET}", row ${row.number}`;
    try {
      if (kind === 'header') Object.assign(document, JSON.parse(chunks.join('')));
      else if (kind === 'block') {
        for (const [list, value] of decodeBlock(chunks)) {
          if (list === 'organisation') document.organisation = value;
          else if (isList(list)) {
            const items = document[list] as unknown[];
            rows.set(`${list}[${items.length}]`, { row: row.number });
            items.push(value);
          } else problems.push({ path: where, message: `unknown entity kind "${String(list)}"` });
        }
      } else problems.push({ path: where, message: `unknown row kind "${kind}"` });
    } catch {
      problems.push({ path: where, message: 'the row cannot be decoded (was the hidden sheet edited?)' });
    }
  }
  if (!found) return null;
  if (problems.length > 0)
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: ${problems.length} problem(s); nothing was imported:\n${describeIssues(problems)}`,
      problems,
    );
  return { document, rows, visible: [...visible.values()] };
}

/** Reads every sheet (checking row and cell limits) and collects the machine copy's entities. */
export async function readMachineCopy(
  file: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<ParsedWorkbook> {
  inspectSpreadsheet(file, limits);
  try {
    const fast = readMachineSheetFast(file);
    if (fast !== null) {
      const rows = (async function* () {
        for (const row of fast) yield { sheet: 1, number: row.number, values: row.values };
      })();
      const parsed = await collect(file, rows, limits);
      if (parsed !== null) return parsed;
    }
    let parsed: ParsedWorkbook | null = null;
    try {
      parsed = await collect(file, streamRows(file), limits);
    } catch (error) {
      if (error instanceof RopaError) throw error;
    }
    // The streaming reader can also skip a sheet buffered last; the in-memory reader does not.
    parsed ??= await collect(file, bufferedRows(file), limits);
    if (parsed === null)
      throw new RopaError(
        'INVALID_INPUT',
        `${file}: this workbook was not exported by Ropa (it has no "${MACHINE_SHEET}" sheet). Import it with --format ico, cnil or a column mapping. Nothing was imported.`,
      );
    return parsed;
  } catch (error) {
    if (error instanceof RopaError) throw error;
    throw new RopaError(
      'REFUSED_FILE',
      `${file}: the workbook cannot be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
    );
  }
}

/** Turns `activities[3].name` into `sheet "ropa-data", row 2: activities[3].name`. */
function locate(issues: readonly Issue[], rows: Map<string, Located>): Issue[] {
  return issues.map((issue) => {
    const match = /^(\w+\[\d+\])(.*)$/.exec(issue.path);
    const at = match ? rows.get(match[1]!) : undefined;
    return at
      ? { ...issue, path: `sheet "${MACHINE_SHEET}", row ${at.row}: ${match![1]}${match![2]}` }
      : issue;
  });
}

export async function importFullWorkbook(
  register: Register,
  file: string,
  mode: 'replace' | 'merge',
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<ImportSummary> {
  return importMachineCopy(register, file, await readMachineCopy(file, limits), mode);
}

/** A machine copy checked whole, edits made in its visible sheets applied, ready to write. */
export type PreparedWorkbook = PreparedDocument & { warnings: Issue[] };

/** Checks a machine copy already read; problems are reported by sheet and row. Writes nothing. */
export function prepareMachineCopy(
  register: Register,
  file: string,
  { document, rows, visible }: ParsedWorkbook,
  mode: 'replace' | 'merge',
): PreparedWorkbook {
  try {
    const warnings = applyVisibleEdits(file, document, visible);
    return { ...prepareRegisterDocument(register, document, mode), warnings };
  } catch (error) {
    if (!(error instanceof RopaError) || !error.issues) throw error;
    const issues = locate(error.issues, rows);
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: ${issues.length} problem(s); nothing was imported:\n${describeIssues(issues)}`,
      issues,
    );
  }
}

export function writeMachineCopy(register: Register, prepared: PreparedWorkbook): ImportSummary {
  const summary = writeRegisterDocument(register, prepared);
  return prepared.warnings.length > 0 ? { ...summary, warnings: prepared.warnings } : summary;
}

/** Checks and writes a machine copy already read. */
export function importMachineCopy(
  register: Register,
  file: string,
  parsed: ParsedWorkbook,
  mode: 'replace' | 'merge',
): ImportSummary {
  return writeMachineCopy(register, prepareMachineCopy(register, file, parsed, mode));
}
