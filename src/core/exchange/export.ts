// One entry point for every export format: scope the register, write atomically, report what was written.
import fs from 'node:fs';
import { EXPORT_FORMATS, type ExportResult } from '../../shared/ipc/contract';
import type { Register } from '../store/register';
import { writeFileAtomic } from './atomic-write';
import { fileSha256 } from './file-hash';
import { writeCnilWorkbook } from './cnil';
import { writeCsv } from './csv';
import { dpvDocument } from './dpv';
import { writeFindingsWorkbook } from './findings-report';
import { writeFullWorkbook } from './full-workbook';
import { writeIcoWorkbook } from './ico';
import { scopedDocument, type ExportFilters } from './scope';
import { createPagedView, createView, documentOf, type RegisterView } from './view';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportRequest = {
  format: ExportFormat;
  out: string;
  filters?: ExportFilters;
  /** From this many activities, an unfiltered full workbook is read from the register page by page. */
  pagedFrom?: number;
};

/**
 * A register this large does not fit in memory as one document: an unfiltered full workbook then reads its
 * activities a page at a time. Below it, one document in memory is quicker.
 */
export const PAGED_EXPORT_FROM = 25_000;

function hasFilters(filters: ExportFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** The register as the export sees it: the scoped document in memory, or the file itself page by page. */
function exportView(register: Register, request: ExportRequest): RegisterView {
  const filters = request.filters ?? {};
  const paged =
    request.format === 'full' &&
    !hasFilters(filters) &&
    register.activities.count() >= (request.pagedFrom ?? PAGED_EXPORT_FROM);
  return paged
    ? createPagedView(register, new Date().toISOString())
    : createView(scopedDocument(register, filters));
}

function describeScope(filters: ExportFilters): string {
  const parts = [
    filters.role && `${filters.role} activities`,
    filters.status && `status ${filters.status}`,
    filters.department && `department ${filters.department}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'the whole register';
}

export async function exportRegister(
  register: Register,
  request: ExportRequest,
  onRow?: () => void,
  signal?: AbortSignal,
): Promise<ExportResult> {
  const filters = request.filters ?? {};
  // A cancelled export stops at its next row (or page of checks) with the signal's reason.
  const row = signal
    ? () => {
        signal.throwIfAborted();
        onRow?.();
      }
    : onRow;
  const view = exportView(register, request);
  const meta = {
    lastChangeAt: register.changes.lastChangeAt(),
    asAt: filters.asAt ?? null,
    filters: describeScope(filters),
  };
  const files =
    request.format === 'csv'
      ? await writeCsv(request.out, view, row)
      : await writeFileAtomic(
          request.out,
          async (temp) => {
            switch (request.format) {
              case 'full':
                return writeFullWorkbook(temp, view, meta, row, signal);
              case 'ico':
                return writeIcoWorkbook(temp, view, row);
              case 'cnil':
                return writeCnilWorkbook(temp, view, row);
              case 'json':
                return fs.writeFileSync(temp, `${JSON.stringify(documentOf(view), null, 2)}\n`, 'utf8');
              case 'dpv':
                return fs.writeFileSync(temp, `${JSON.stringify(dpvDocument(view), null, 2)}\n`, 'utf8');
              case 'gaps':
                return writeFindingsWorkbook(temp, view, meta, row);
            }
          },
          signal,
        ).then(() => [request.out]);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  // The hash lets "record what was sent" store the fingerprint of the very file that went out.
  const sha256 = files.length === 1 ? await fileSha256(files[0]!) : null;
  return { file: request.out, files, activities: view.activityCount(), bytes, sha256 };
}
