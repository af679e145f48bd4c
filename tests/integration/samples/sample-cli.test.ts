// `ropa sample NAME OUT` end to end, then `ropa check` on what it created.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { ropa } from '../../helpers/ropa-cli';

describe('ropa sample', () => {
  it('lists the samples, creates one, and the check exits 1 on its real errors', () => {
    const list = ropa('sample');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/omnicrm\s+OmniCRM UK Ltd/);
    const file = path.join(tempDir(), 'crm.ropa');
    const created = ropa('sample', 'omnicrm', file);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('(5 activities)');
    const check = ropa('check', file, '--today', '2026-11-23', '--format', 'json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).counts.error).toBe(3);
    const unknown = ropa('sample', 'acme', path.join(tempDir(), 'a.ropa'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No sample "acme"');
  });
});
