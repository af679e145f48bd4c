// Export/import benchmark: the full Article 30 workbook for 1k, 10k and 100k activities, and the import of
// the 10k workbook, each beside a baseline: a bare exceljs streaming writer writing the same cells with no
// styling and no queries (the cells are computed before its clock starts). Each measurement runs in its own process, so its peak RSS is its own.
// Run alone with `npx tsx tests/bench/exchange.ts`; `npm run bench` calls runExchangeBench().
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { coverRows } from '../../src/core/exchange/cover';
import { exportRegister } from '../../src/core/exchange/export';
import { MACHINE_SHEET, machineRows } from '../../src/core/exchange/machine-copy';
import { FULL_SHEETS } from '../../src/core/exchange/full-workbook';
import { FULL_TABLES } from '../../src/core/exchange/full-tables';
import { tableRows } from '../../src/core/exchange/table';
import { createView } from '../../src/core/exchange/view';
import { importFullWorkbook } from '../../src/core/exchange/workbook-import';
import { exportRegisterDocument } from '../../src/core/exchange/register-document';
import { createRegister, openRegister } from '../../src/core/store/register';
import { generateRegister } from './generate-register';

/** Wall time; CPU time of the whole process over the same span (every thread: zip compression runs in libuv's pool). */
type Measure = { ms: number; cpuMs: number; rows: number; rssMb: number };

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The process's own peak RSS. Linux keeps getrusage's maxRSS across exec (a worker would report its parent's
 * peak), so VmHWM from /proc is read where it exists.
 */
function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function worker(kind: string, registerFile: string, out: string): Promise<Measure> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  if (kind === 'export') {
    const register = openRegister(registerFile);
    let rows = 0;
    await exportRegister(register, { format: 'full', out }, () => void rows++);
    register.close();
    return { ms: performance.now() - start, cpuMs: cpuSince(cpuStart), rows, rssMb: peakRssMb() };
  }
  if (kind === 'baseline') {
    // Every cell the export writes (the cover, the six sheets, the machine copy), computed before the clock
    // starts: the baseline times only exceljs writing them.
    const register = openRegister(registerFile);
    const view = createView(exportRegisterDocument(register));
    const meta = { lastChangeAt: null, asAt: null, filters: 'the whole register' };
    const sheets: [string, unknown[][]][] = [
      ['Cover', await coverRows(view, meta)],
      ...FULL_TABLES.map((t, i): [string, unknown[][]] => [
        FULL_SHEETS[i + 1]!,
        [t.columns.map((c) => c.header), ...tableRows(t, view)],
      ]),
      [MACHINE_SHEET, await machineRows(view)],
    ];
    register.close();
    const begin = performance.now();
    const cpuBegin = process.cpuUsage();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out });
    let rows = 0;
    for (const [name, cells] of sheets) {
      const sheet = workbook.addWorksheet(name);
      for (const values of cells) {
        sheet.addRow(values).commit();
        rows++;
      }
      sheet.commit();
    }
    await workbook.commit();
    return { ms: performance.now() - begin, cpuMs: cpuSince(cpuBegin), rows, rssMb: peakRssMb() };
  }
  const target = createRegister(path.join(path.dirname(out), `import-${Date.now()}.ropa`), {
    legalName: 'Import target',
  });
  const summary = await importFullWorkbook(target, registerFile, 'replace');
  target.close();
  return {
    ms: performance.now() - start,
    cpuMs: cpuSince(cpuStart),
    rows: summary.activities,
    rssMb: peakRssMb(),
  };
}

function measure(kind: string, input: string, out: string): Measure {
  const result = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--worker', kind, input, out], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{'))
    throw new Error(`bench ${kind} failed:\n${result.stderr}`);
  return JSON.parse(line) as Measure;
}

/** The run with the median time of `runs` (each its own process), so one noisy run decides nothing. */
function median(runs: number, run: () => Measure): Measure {
  const all = Array.from({ length: runs }, run).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)]!;
}

function print(label: string, m: Measure, extra = ''): void {
  const rate = Math.round(m.rows / (m.ms / 1000));
  console.log(
    `${label.padEnd(40)} ${(m.ms / 1000).toFixed(2).padStart(7)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s) ${String(rate).padStart(9)} rows/s ${m.rssMb.toFixed(0).padStart(6)} MB peak RSS${extra}`,
  );
}

const verdict = (ok: boolean, target: string) => `  (target ${target}: ${ok ? 'met' : 'MISSED'})`;

/** Prints one line per measurement; returns whether every target was met. */
export function runExchangeBench(sizes: readonly number[] = [1_000, 10_000, 100_000]): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-exchange-'));
  let ok = true;
  try {
    for (const n of sizes) {
      const file = path.join(dir, `r${n}.ropa`);
      const started = performance.now();
      generateRegister(file, n).close();
      console.log(
        `register of ${n} activities generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const xlsx = path.join(dir, `full-${n}.xlsx`);
      // The 100k run takes long enough to be steady; smaller runs are timed three times (median).
      const runs = n >= 100_000 ? 1 : 3;
      const baseline = median(runs, () => measure('baseline', file, path.join(dir, `base-${n}.xlsx`)));
      const full = median(runs, () => measure('export', file, xlsx));
      print(`baseline: bare streaming writer, ${n}`, baseline);
      let extra = ` = ${(full.ms / baseline.ms).toFixed(2)}× baseline`;
      if (n === 10_000) {
        const met = full.ms <= 1.5 * baseline.ms && full.ms < 3000;
        ok &&= met;
        extra += verdict(met, '≤ 1.5× baseline and < 3 s');
      }
      if (n === 100_000) {
        const met = full.rssMb < 400;
        ok &&= met;
        extra += verdict(met, 'peak RSS < 400 MB');
      }
      print(`full Article 30 workbook, ${n}`, full, extra);
      if (n === 10_000) {
        const imported = median(3, () => measure('import', xlsx, path.join(dir, 'unused')));
        const met = imported.ms < 5000;
        ok &&= met;
        print(`import of the ${n} workbook`, imported, verdict(met, '< 5 s'));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

const args = process.argv.slice(2);
if (args[0] === '--worker') {
  worker(args[1]!, args[2]!, args[3]!)
    .then((m) => console.log(JSON.stringify(m)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
} else if (require.main === module) {
  const sizes = args.length > 0 ? args.map(Number) : undefined;
  process.exitCode = runExchangeBench(sizes) ? 0 : 1;
}
