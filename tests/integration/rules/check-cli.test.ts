// `ropa check` as a separate process: findings grouped by severity, JSON for machines, exit code on errors.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from './clean-register';
import { ropa } from '../../helpers/ropa-cli';

describe('ropa check', () => {
  it('exits 0 on a sound register and 1 once it has an error, listing errors before warnings', () => {
    const c = createCleanRegister(tempDir());
    const file = c.register.file;
    c.register.close();
    const clean = ropa('check', file, '--today', '2026-11-23');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('0 error(s), 0 warning(s), 0 note(s).');

    const reopened = createCleanRegister(tempDir());
    reopened.register.activities.save({ ...reopened.controller, purposes: [], nextReviewAt: '2026-01-01' });
    reopened.register.close();
    const broken = ropa('check', reopened.register.file, '--today', '2026-11-23');
    expect(broken.code).toBe(1);
    expect(broken.stdout.indexOf('Errors (1)')).toBeLessThan(broken.stdout.indexOf('Warnings (1)'));
    expect(broken.stdout).toContain('[art30.controller.purposes] CU-01 Customer accounts');

    const json = ropa('check', reopened.register.file, '--format', 'json', '--today', '2026-11-23');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(report.findings[0]).toMatchObject({
      ruleId: 'art30.controller.purposes',
      article: 'Art 30(1)(b)',
    });
  });
});
