// Register engine benchmark (issue 2 targets, 2-core machine): open + list 10k activities < 300 ms,
// a text search over 10k < 20 ms, peak RSS < 250 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerHistory } from '../../src/core/history';
import { reviewsDue } from '../../src/core/history/review';
import { checkReport } from '../../src/core/rules/report';
import { openRegister } from '../../src/core/store/register';
import { line, peakRssMb, time } from './measure';

export function runEngineBench(count = 10_000): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'));
  const file = path.join(dir, 'bench.ropa');
  try {
    const created = time(() =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(__dirname, 'generate-file.ts'), file, String(count)],
        {
          stdio: 'inherit',
        },
      ),
    );
    if (created.value.status !== 0) throw new Error('generating the register failed');
    line(`create ${count} activities`, created.ms);
    // Open cold, then list everything with relations: what the app does on start.
    const openList = time(() => {
      const register = openRegister(file);
      const all = register.activities.list();
      register.close();
      return all.length;
    });
    const register = openRegister(file);
    register.activities.list({ search: 'warm-up' });
    // Looking one activity up by text, as a DPO does ("payroll", a reference, a purpose's words).
    const lookups = ['ACT-009999', 'activity 4242 for', 'Purpose 1 of activity 777', 'no such words'];
    const searchTimes = lookups.map((q) => time(() => register.activities.list({ search: q }).length));
    // A broad query that matches an eighth of the register (reported, no target: the UI filters in memory).
    const broad = time(() => register.activities.list({ search: 'finance' }).length);
    const byId = time(() =>
      register.activities.get(register.activities.list({ search: 'ACT-005000' })[0]!.id),
    );
    // What the app asks after each save on a large register: the checks (the sidebar's count, the Overview,
    // Checks: the first run computes, the others reuse it until the next write), the reviews due, a list's
    // term usage and a page of history. Reported, no target: they show what a save costs the window.
    const checksFirst = time(() => checkReport(register, { limit: 0 }).counts.error);
    const checksAgain = time(() => checkReport(register, { limit: 0 }).counts.error);
    const due = time(() => reviewsDue(register).length);
    const usage = time(() => register.terms.usage('personal-data').length);
    const history = time(() => registerHistory(register).length);
    register.close();
    const worstSearch = Math.max(...searchTimes.map((s) => s.ms));
    const results = [
      line(`open + list ${openList.value} activities with relations`, openList.ms, 300),
      line(`look one up by text over ${count} (worst of ${lookups.length})`, worstSearch, 20),
      line(`broad search matching ${broad.value} activities`, broad.ms),
      line('get one activity by id', byId.ms),
      line(`checks over ${count} (first run)`, checksFirst.ms),
      line('checks again, no write since', checksAgain.ms),
      line('reviews due', due.ms),
      line('term usage of the personal data list', usage.ms),
      line('a page of history (200 entries)', history.ms),
      line('peak RSS (MB)', peakRssMb(), 250),
    ];
    return results.every(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
