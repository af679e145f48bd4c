// One entry point for every export format: scope the register, write atomically, report what was written.
import fs from 'node:fs';
import { EXPORT_FORMATS, type ExportResult } from '../../shared/ipc/contract';
import type { Register } from '../store/register';
import { writeFileAtomic } from './atomic-write';
import { writeCnilWorkbook } from './cnil';
import { writeCsv } from './csv';
import { dpvDocument } from './dpv';
import { writeFullWorkbook } from './full-workbook';
import { writeIcoWorkbook } from './ico';
import { scopedDocument, type ExportFilters } from './scope';
import { createView } from './view';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportRequest = { format: ExportFormat; out: string; filters?: ExportFilters };

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
): Promise<ExportResult> {
  const filters = request.filters ?? {};
  const doc = scopedDocument(register, filters);
  const meta = {
    lastChangeAt: register.changes.lastChangeAt(),
    asAt: filters.asAt ?? null,
    filters: describeScope(filters),
  };
  const files =
    request.format === 'csv'
      ? await writeCsv(request.out, createView(doc), onRow)
      : await writeFileAtomic(request.out, async (temp) => {
          switch (request.format) {
            case 'full':
              return writeFullWorkbook(temp, doc, meta, onRow);
            case 'ico':
              return writeIcoWorkbook(temp, doc, onRow);
            case 'cnil':
              return writeCnilWorkbook(temp, doc, onRow);
            case 'json':
              return fs.writeFileSync(temp, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
            case 'dpv':
              return fs.writeFileSync(
                temp,
                `${JSON.stringify(dpvDocument(doc, createView(doc)), null, 2)}\n`,
                'utf8',
              );
          }
        }).then(() => [request.out]);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return { file: request.out, files, activities: doc.activities.length, bytes };
}
