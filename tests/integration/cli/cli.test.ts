// The `ropa` command end to end, as a separate process, on real register files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, tempDir } from '../../helpers/temp-dir';
import { ropa } from '../../helpers/ropa-cli';

describe('ropa CLI', () => {
  it('creates a register, adds a party from the catalog and an activity, and reports the counts', () => {
    const file = path.join(tempDir(), 'acme.ropa');
    expect(ropa('init', file, '--name', 'Acme Ltd', '--country', 'gb', '--role', 'both').code).toBe(0);
    const party = ropa('add-party', file, '--catalog', 'stripe', '--json');
    expect(party.code).toBe(0);
    expect(JSON.parse(party.stdout)).toMatchObject({ catalogId: 'stripe', roles: expect.any(Array) });
    expect(
      ropa('add-activity', file, '--role', 'processor', '--reference', 'SV-01', '--name', 'Hosting').code,
    ).toBe(0);
    const info = ropa('info', file, '--json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout);
    expect(summary.organisation).toMatchObject({
      legalName: 'Acme Ltd',
      country: 'GB',
      roles: ['controller', 'processor'],
    });
    expect(summary.counts).toMatchObject({ processorActivities: 1, controllerActivities: 0, parties: 1 });
  });

  it('adds a party with its certifications, and refuses an unknown scheme at its field', () => {
    const file = path.join(tempDir(), 'acme.ropa');
    ropa('init', file, '--name', 'Acme Ltd');
    const added = ropa(
      'add-party',
      file,
      '--name',
      'Mailer Inc',
      '--country',
      'us',
      '--certification',
      'eu-us-dpf:2026-11-01',
      'iso-27001',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).certifications).toEqual([
      { scheme: 'eu-us-dpf', reference: '', lastCheckedOn: '2026-11-01' },
      { scheme: 'iso-27001', reference: '', lastCheckedOn: null },
    ]);
    const refused = ropa('add-party', file, '--name', 'Other Inc', '--certification', 'dpf-gold');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/certifications\[0\]\.scheme/);
    expect(JSON.parse(ropa('parties', file, '--json').stdout)).toHaveLength(1);
  });

  it('adds a whole activity from JSON, and reports a bad one field by field without writing it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.ropa');
    ropa('init', file, '--name', 'A Ltd');
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(
      good,
      JSON.stringify({
        role: 'controller',
        reference: 'MK-01',
        name: 'Newsletter',
        purposes: [{ description: 'Send news', lawfulBasis: 'art6-1-a' }],
      }),
    );
    expect(ropa('add-activity', file, '--from-json', good).code).toBe(0);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        role: 'controller',
        reference: 'MK-02',
        name: 'X',
        purposes: [{ lawfulBasis: 'vibes' }],
        status: 'live',
      }),
    );
    const before = ropa('list', file, '--json').stdout;
    const refused = ropa('add-activity', file, '--from-json', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/status/);
    expect(refused.stderr).toMatch(/purposes\[0\]\.lawfulBasis/);
    expect(ropa('list', file, '--json').stdout).toBe(before);
  });

  it('exports JSON and imports it into another register; a dry run writes nothing', () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.ropa');
    ropa('init', source, '--name', 'Source Ltd');
    ropa('add-activity', source, '--role', 'controller', '--reference', 'HR-01', '--name', 'Payroll');
    const json = path.join(dir, 'source.json');
    expect(ropa('export', source, '--format', 'json', '--out', json).code).toBe(0);
    const target = path.join(dir, 'target.ropa');
    ropa('init', target, '--name', 'Target Ltd');
    const dry = ropa('import', target, json, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Nothing was written/);
    expect(JSON.parse(ropa('info', target, '--json').stdout).counts.controllerActivities).toBe(0);
    expect(ropa('import', target, json).code).toBe(0);
    const info = JSON.parse(ropa('info', target, '--json').stdout);
    expect(info.organisation.legalName).toBe('Source Ltd');
    expect(info.counts.controllerActivities).toBe(1);
  });

  it('refuses a file that is not a register with a clear message and exit code 1, leaving it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.ropa');
    fs.writeFileSync(file, 'not a database at all, just some notes about payroll\n');
    const before = sha256(file);
    const result = ropa('info', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.ropa is not a Ropa register: it is not an SQLite database file/);
    expect(sha256(file)).toBe(before);
  });

  it('says which file is not valid JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.ropa');
    ropa('init', file, '--name', 'A Ltd');
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ "format": ');
    const result = ropa('import', file, broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it('exits 2 on a usage mistake and 0 on --help', () => {
    expect(ropa('frobnicate').code).toBe(2);
    const help = ropa('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/add-activity/);
  });
});
