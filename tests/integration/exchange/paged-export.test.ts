// A very large register is exported page by page from its file instead of from one document in memory;
// both ways must write the same workbook, and the page-by-page checks must find what one run finds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { writeFullWorkbook } from '../../../src/core/exchange/full-workbook';
import { exportRegisterDocument } from '../../../src/core/exchange/register-document';
import { createPagedView, createView } from '../../../src/core/exchange/view';
import { importFullWorkbook } from '../../../src/core/exchange/workbook-import';
import { checkInPages, runChecks } from '../../../src/core/rules';
import { createRegister } from '../../../src/core/store/register';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { workbookContent } from '../../helpers/workbook-content';

function largerRegister(dir: string) {
  const full = createFullRegister(dir);
  const { register, controller, processor } = full;
  // More activities than one page, each role on several pages, references out of insertion order.
  for (const n of [7, 3, 9, 1, 5]) {
    const { id: _c, purposes, retention, ...c } = controller;
    register.activities.save({
      ...c,
      reference: `HR-1${n}`,
      name: `Copy ${n}`,
      purposes: purposes.map(({ id: _p, ...p }) => p),
      retention: retention.map(({ id: _r, ...r }) => r),
    });
    const { id: _q, purposes: pp, retention: pr, ...p } = processor;
    register.activities.save({
      ...p,
      reference: `CL-0${n}`,
      name: `Client copy ${n}`,
      purposes: pp.map(({ id: _x, ...x }) => x),
      retention: pr.map(({ id: _y, ...y }) => y),
    });
  }
  return full;
}

describe('page-by-page export of a large register', () => {
  it('writes the same workbook as the in-memory export, and reads back without loss', async () => {
    const dir = tempDir();
    const { register } = largerRegister(dir);
    const meta = { lastChangeAt: null, asAt: null, filters: 'the whole register' };
    const now = new Date().toISOString();
    const inMemory = path.join(dir, 'memory.xlsx');
    const paged = path.join(dir, 'paged.xlsx');
    await writeFullWorkbook(inMemory, createView(exportRegisterDocument(register)), meta);
    await writeFullWorkbook(paged, createPagedView(register, now, 3), meta);
    expect(await workbookContent(paged)).toEqual(await workbookContent(inMemory));

    const original = register.activities.list();
    expect(original).toHaveLength(12);
    const viaExport = path.join(dir, 'via-export.xlsx');
    const result = await exportRegister(register, { format: 'full', out: viaExport, pagedFrom: 1 });
    expect(result.activities).toBe(12);
    register.close();
    const copy = createRegister(path.join(dir, 'copy.ropa'), { legalName: 'Copy' });
    await importFullWorkbook(copy, viaExport, 'replace');
    expect(copy.activities.list()).toEqual(original);
    copy.close();
  });

  it('finds page by page exactly what one run of the checks finds', () => {
    const dir = tempDir();
    const { register } = largerRegister(dir);
    const { activities, ...shared } = exportRegisterDocument(register);
    const today = '2026-11-23';
    const pages = (size: number) =>
      Array.from({ length: Math.ceil(activities.length / size) }, (_, i) =>
        activities.slice(i * size, (i + 1) * size),
      );
    const whole = runChecks(register, { today });
    register.close();
    const key = (f: { ruleId: string; target: { id: string }; message: string }) =>
      `${f.ruleId}|${f.target.id}|${f.message}`;
    expect(whole.length).toBeGreaterThan(3);
    expect(checkInPages(shared, pages(2), { today }).map(key).sort()).toEqual(whole.map(key).sort());
    expect(checkInPages(shared, [], { today }).every((f) => f.target.kind === 'organisation')).toBe(true);
  });
});
