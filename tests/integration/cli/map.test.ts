// `ropa map` through the real CLI, as its own process, on a real register: the map in words, one activity,
// one party, a gap counted, and clear refusals.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PartyFields } from '../../../src/shared/domain';
import { ropa } from '../../helpers/ropa-cli';
import { tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from '../rules/clean-register';

function cleanRegisterFile(): string {
  const dir = tempDir();
  const c = createCleanRegister(dir);
  const cloud = c.register.parties.save(
    PartyFields.parse({ name: 'Cloud Pvt Ltd', roles: ['processor'], country: 'IN' }),
  );
  c.register.activities.save({
    ...c.controller,
    parties: [...c.controller.parties, { partyId: cloud.id, relation: 'sub-processor', description: '' }],
  });
  c.register.close();
  return path.join(dir, 'clean.ropa');
}

describe('ropa map', () => {
  it('writes the whole map in words, marks the gap and counts it', () => {
    const file = cleanRegisterFile();
    const result = ropa('map', file);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('CU-01 Customer accounts → Mailer Inc: processor; importer');
    expect(lines).toContain(
      'Mailer Inc → United States of America (US): UK Extension to the EU-US DPF (certified recipient)',
    );
    expect(lines).toContain('Cloud Pvt Ltd → India (IN): based here, no transfer recorded  [gap]');
    expect(lines.at(-1)).toBe('1 gap.');
  });

  it('draws one activity or one party, and refuses what it cannot find', () => {
    const file = cleanRegisterFile();
    const one = ropa('map', file, '--activity', 'sv-01');
    expect(one.stdout.trim().split('\n')).toEqual([
      'SV-01 Hosting for clients → Client Co GmbH: client (controller)',
      'Client Co GmbH → Germany (DE): based here (adequate)',
      'No gap.',
    ]);
    const party = ropa('map', file, '--party', 'mailer inc', '--json');
    expect(JSON.parse(party.stdout).activities.map((a: { label: string }) => a.label)).toEqual([
      'CU-01 Customer accounts',
    ]);
    const unknown = ropa('map', file, '--party', 'Nobody Ltd');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No party named "Nobody Ltd" in ${file}.`);
    expect(ropa('map', file, '--party', 'Mailer Inc', '--activity', 'CU-01').stderr).toContain(
      'Give --activity or --party, not both.',
    );
  });
});
