// One entry point for every import format. Each reads and validates the whole file first, then writes in
// one transaction; a dry run performs the real import and rolls it back, so its verdict is the import's.
import fs from 'node:fs';
import {
  IMPORT_FORMATS,
  PREVIEW_FORMATS,
  type ImportPreview,
  type ImportResult,
  type ImportSummary,
} from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import { nextTurn } from '../next-turn';
import { describeIssues, zodIssues } from '../issues';
import type { Register } from '../store/register';
import { DEFAULT_LIMITS } from './file-guard';
import type { PhaseReporter } from './import-jobs';
import { prepareRegisterDocument, writeRegisterDocument } from './register-document';
import { ColumnMapping, MAPPED_FIELDS, planMappedImport, runMappedImport } from './mapped-import';
import { prepareMachineCopy, readMachineCopy, writeMachineCopy } from './workbook-import';
import { planCnilImport } from './cnil-import';
import { planIcoImport } from './ico-import';
import { planRegisterCopy } from './register-copy';
import { writeKeepingCopy } from './replace-backup';
import { previewOfPlan, previewRows, writeTemplatePlan } from './template-plan';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

export type ImportRequest = {
  source: string;
  format: ImportFormat;
  mode: 'replace' | 'merge';
  dryRun?: boolean | undefined;
  mapping?: unknown;
  /** For "register": the activities to copy; every one when left out. */
  activityIds?: readonly string[] | undefined;
};

class DryRunRollback extends Error {}

function readJsonSource(file: string): unknown {
  if (!fs.existsSync(file)) throw new RopaError('NOT_FOUND', `${file}: no such file.`);
  const size = fs.statSync(file).size;
  if (size > DEFAULT_LIMITS.maxFileBytes)
    throw new RopaError(
      'REFUSED_FILE',
      `${file}: the file is too large to import (${Math.round(size / 1e6)} MB).`,
    );
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RopaError(
      'INVALID_INPUT',
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`,
    );
  }
}

/** Runs `write` in a transaction; on a dry run, rolls it back after it succeeded. */
function commitOrRollBack(register: Register, dryRun: boolean, write: () => ImportSummary): ImportResult {
  if (!dryRun) return { ...write(), dryRun: false };
  let summary: ImportSummary | null = null;
  try {
    register.transaction(() => {
      summary = write();
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return { ...summary!, dryRun: true };
}

/** Checked and ready: how many activities it brings, and the write that records them. */
type Prepared = { activities: number; write(): ImportSummary };

/** Reads and checks the whole file (reporting each phase), writing nothing. */
async function prepare(
  register: Register,
  request: ImportRequest,
  onPhase: PhaseReporter,
): Promise<Prepared> {
  switch (request.format) {
    case 'json': {
      const document = readJsonSource(request.source);
      onPhase('checking');
      const prepared = prepareRegisterDocument(register, document, request.mode);
      return {
        activities: prepared.doc.activities.length,
        write: () => writeRegisterDocument(register, prepared),
      };
    }
    case 'mapped': {
      const plan = await planMappedImport(register, request.source, parseMapping(request.mapping));
      return {
        activities: plan.activities.length,
        write: () => ({ ...runMappedImport(register, plan), parties: 0, transfers: 0 }),
      };
    }
    case 'full': {
      const parsed = await readMachineCopy(request.source);
      onPhase('checking');
      const prepared = prepareMachineCopy(register, request.source, parsed, request.mode);
      return {
        activities: prepared.doc.activities.length,
        write: () => writeMachineCopy(register, prepared),
      };
    }
    // The templates add to the register whatever the mode: they carry no ids to merge by.
    case 'cnil': {
      const plan = await planCnilImport(register, request.source);
      return { activities: plan.activities.length, write: () => writeTemplatePlan(register, plan) };
    }
    case 'ico': {
      const plan = await planIcoImport(register, request.source);
      return { activities: plan.activities.length, write: () => writeTemplatePlan(register, plan) };
    }
    case 'register': {
      const plan = planRegisterCopy(register, request.source, request.activityIds);
      return { activities: plan.activities.length, write: () => writeTemplatePlan(register, plan) };
    }
  }
}

/**
 * Reads and checks the whole file, then writes it in one transaction. A cancel (through `signal`) is
 * honoured until the writing starts, so a cancelled import never leaves half a file in the register.
 */
export async function importFile(
  register: Register,
  request: ImportRequest,
  onPhase: PhaseReporter = () => undefined,
  signal?: AbortSignal,
): Promise<ImportResult> {
  onPhase('reading');
  const prepared = await prepare(register, request, (phase) => {
    signal?.throwIfAborted();
    onPhase(phase);
  });
  await nextTurn();
  signal?.throwIfAborted();
  onPhase('writing', prepared.activities);
  await nextTurn();
  signal?.throwIfAborted();
  const dryRun = request.dryRun ?? false;
  // Only Ropa's own files replace the register; every other layout adds to it whatever the mode.
  const replaces = request.mode === 'replace' && (request.format === 'json' || request.format === 'full');
  return writeKeepingCopy(register, replaces && !dryRun, () =>
    commitOrRollBack(register, dryRun, prepared.write),
  );
}

function parseMapping(raw: unknown): ColumnMapping {
  const parsed = ColumnMapping.safeParse(raw);
  if (!parsed.success)
    throw new RopaError(
      'INVALID_INPUT',
      `The column mapping is not valid:\n${describeIssues(zodIssues(parsed.error, 'mapping'))}\nExpected {"columns": {"<header>": "<field>"}, "role": "controller"|"processor", "sheet": "<sheet of a workbook, optional>"} with fields ${MAPPED_FIELDS.join(', ')}.`,
    );
  return parsed.data;
}

/** What an import would record, its first rows and every problem and warning, without writing. */
export async function previewImport(
  register: Register,
  source: string,
  mapping: unknown,
  format: PreviewFormat = 'mapped',
): Promise<ImportPreview> {
  if (format === 'cnil') return previewOfPlan(await planCnilImport(register, source));
  if (format === 'ico') return previewOfPlan(await planIcoImport(register, source));
  const plan = await planMappedImport(register, source, parseMapping(mapping));
  return {
    sheets: plan.sheets,
    sheet: plan.sheet,
    headers: plan.headers,
    ignoredColumns: plan.ignoredColumns,
    rows: previewRows(plan.activities),
    newTerms: plan.newTerms.map(({ list, label }) => ({ list, label })),
    issues: plan.issues,
    total: plan.activities.length,
  };
}
