// One entry point for every import format. Each reads and validates the whole file first, then writes in
// one transaction; a dry run performs the real import and rolls it back, so its verdict is the import's.
import fs from 'node:fs';
import {
  IMPORT_FORMATS,
  type ImportPreview,
  type ImportResult,
  type ImportSummary,
} from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import { describeIssues, zodIssues } from '../issues';
import type { Register } from '../store/register';
import { DEFAULT_LIMITS } from './file-guard';
import { importRegisterDocument } from './register-document';
import { ColumnMapping, MAPPED_FIELDS, planMappedImport, runMappedImport } from './mapped-import';
import { importMachineCopy, readMachineCopy } from './workbook-import';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportRequest = {
  source: string;
  format: ImportFormat;
  mode: 'replace' | 'merge';
  dryRun?: boolean | undefined;
  mapping?: unknown;
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

export async function importFile(register: Register, request: ImportRequest): Promise<ImportResult> {
  const dryRun = request.dryRun ?? false;
  switch (request.format) {
    case 'json': {
      const document = readJsonSource(request.source);
      return commitOrRollBack(register, dryRun, () =>
        importRegisterDocument(register, document, request.mode),
      );
    }
    case 'mapped': {
      const plan = planMappedImport(register, request.source, parseMapping(request.mapping));
      return commitOrRollBack(register, dryRun, () => ({
        ...runMappedImport(register, plan),
        parties: 0,
        transfers: 0,
      }));
    }
    case 'full': {
      const parsed = await readMachineCopy(request.source);
      return commitOrRollBack(register, dryRun, () =>
        importMachineCopy(register, request.source, parsed, request.mode),
      );
    }
  }
}

function parseMapping(raw: unknown): ColumnMapping {
  const parsed = ColumnMapping.safeParse(raw);
  if (!parsed.success)
    throw new RopaError(
      'INVALID_INPUT',
      `The column mapping is not valid:\n${describeIssues(zodIssues(parsed.error, 'mapping'))}\nExpected {"columns": {"<header>": "<field>"}, "role": "controller"|"processor"} with fields ${MAPPED_FIELDS.join(', ')}.`,
    );
  return parsed.data;
}

/** What a mapped import would record, the first rows of it, and every problem, without writing. */
export function previewImport(register: Register, source: string, mapping: unknown): ImportPreview {
  const plan = planMappedImport(register, source, parseMapping(mapping));
  return {
    headers: plan.headers,
    ignoredColumns: plan.ignoredColumns,
    rows: plan.activities.slice(0, 10).map((a) => ({
      reference: a.reference,
      name: a.name,
      role: a.role,
      purposes: (a.purposes ?? []).map(
        (p) => `${p.description ?? ''}${p.lawfulBasis ? ` (${p.lawfulBasis})` : ''}`,
      ),
    })),
    newTerms: plan.newTerms.map(({ list, label }) => ({ list, label })),
    issues: plan.issues,
    total: plan.activities.length,
  };
}
