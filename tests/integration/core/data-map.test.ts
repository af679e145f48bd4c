// The data map drawn from a real register: who data is shared with, where it goes and under what, the gaps
// (a party abroad with no transfer, a transfer with no mechanism) and a retired mechanism; one activity or one
// party at a time; and a register too large to draw whole.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { createHandlers } from '../../../src/core/handlers';
import { MAP_ACTIVITY_LIMIT, dataMap } from '../../../src/core/views/data-map';
import { PartyFields, TransferFields, type DataMap } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';
import { TODAY, createCleanRegister } from '../rules/clean-register';

/** The edges in words, as the map's list shows them: "from → to: label [state]". */
function edgesInWords(map: DataMap): string[] {
  const names = new Map(
    [...map.activities, ...map.parties, ...map.destinations].map((n) => [n.id, n.label] as const),
  );
  return map.edges
    .map(
      (e) =>
        `${names.get(e.from)} → ${names.get(e.to)}: ${e.label}${e.state === 'ok' ? '' : ` [${e.state}]`}`,
    )
    .sort();
}

describe('the data map', () => {
  it('draws the whole register: activities, their parties, and where the data goes', () => {
    const c = createCleanRegister(tempDir());
    const map = dataMap(c.register, {}, TODAY);
    expect(map.activityCount).toBe(2);
    expect(map.activities.map((a) => a.label)).toEqual([
      'CU-01 Customer accounts',
      'SV-01 Hosting for clients',
    ]);
    expect(map.parties.map((p) => p.label)).toEqual(['Client Co GmbH', 'Hosting UK Ltd', 'Mailer Inc']);
    expect(map.destinations).toEqual([
      { id: 'country:DE', label: 'Germany (DE)', status: 'adequate' },
      { id: 'country:GB', label: 'United Kingdom (GB)', status: 'domestic' },
      { id: 'country:US', label: 'United States of America (US)', status: 'adequate-for-certified' },
    ]);
    expect(edgesInWords(map)).toEqual([
      'CU-01 Customer accounts → Hosting UK Ltd: processor',
      'CU-01 Customer accounts → Mailer Inc: processor; importer',
      'Client Co GmbH → Germany (DE): based here (adequate)',
      'Hosting UK Ltd → United Kingdom (GB): based here (domestic)',
      'Mailer Inc → United States of America (US): UK Extension to the EU-US DPF (certified recipient)',
      'SV-01 Hosting for clients → Client Co GmbH: client (controller)',
    ]);
    c.register.close();
  });

  it('marks, as the checks do, a US party or importer without the DPF certification the adequacy needs', () => {
    const c = createCleanRegister(tempDir());
    const ads = c.register.parties.save(
      PartyFields.parse({ name: 'Ads Inc', roles: ['processor'], country: 'US' }),
    );
    const track = c.register.parties.save(
      PartyFields.parse({ name: 'Track Inc', roles: ['processor'], country: 'US' }),
    );
    c.register.activities.save({
      ...c.controller,
      parties: [
        ...c.controller.parties,
        { partyId: ads.id, relation: 'processor', description: '' },
        { partyId: track.id, relation: 'processor', description: '' },
      ],
    });
    c.register.transfers.save(
      TransferFields.parse({
        activityId: c.controller.id,
        partyId: track.id,
        country: 'US',
        mechanism: 'uk-adequacy-dpf-ukext',
      }),
    );
    const words = () => edgesInWords(dataMap(c.register, { activityId: c.controller.id }, TODAY));
    expect(words()).toContain(
      'Ads Inc → United States of America (US): based here, not certified under the DPF, no transfer recorded [gap]',
    );
    expect(words()).toContain(
      "Track Inc → United States of America (US): UK Extension to the EU-US DPF (certified recipient), but the importer's certification is not recorded [gap]",
    );
    // Certified (the UK Extension, for a UK exporter), both are fine.
    const certified = [{ scheme: 'uk-extension-dpf' as const, reference: '', lastCheckedOn: TODAY }];
    c.register.parties.save({ ...ads, certifications: certified });
    c.register.parties.save({ ...track, certifications: certified });
    expect(words()).toContain(
      'Ads Inc → United States of America (US): based here (adequate for certified recipients)',
    );
    expect(words()).toContain(
      'Track Inc → United States of America (US): UK Extension to the EU-US DPF (certified recipient)',
    );
    c.register.close();
  });

  it('marks a party abroad with no transfer, a transfer with no mechanism, and a retired mechanism', () => {
    const c = createCleanRegister(tempDir());
    const cloud = c.register.parties.save(
      PartyFields.parse({ name: 'Cloud Pvt Ltd', roles: ['processor'], country: 'IN' }),
    );
    const sms = c.register.parties.save(
      PartyFields.parse({ name: 'SMS Co', roles: ['processor'], country: 'BR' }),
    );
    c.register.activities.save({
      ...c.controller,
      parties: [
        ...c.controller.parties,
        { partyId: cloud.id, relation: 'sub-processor', description: '' },
        { partyId: sms.id, relation: 'processor', description: '' },
      ],
    });
    c.register.transfers.save(
      TransferFields.parse({ activityId: c.controller.id, partyId: sms.id, country: 'BR' }),
    );
    c.register.transfers.save(
      TransferFields.parse({ activityId: c.controller.id, country: 'US', mechanism: 'eu-privacy-shield' }),
    );
    const words = edgesInWords(dataMap(c.register, { activityId: c.controller.id }, TODAY));
    expect(words).toContain('Cloud Pvt Ltd → India (IN): based here, no transfer recorded [gap]');
    expect(words).toContain('SMS Co → Brazil (BR): transfer mechanism not recorded [gap]');
    expect(words).toContain(
      'CU-01 Customer accounts → United States of America (US): EU-US Privacy Shield (Decision (EU) 2016/1250) [retired]',
    );
    c.register.close();
  });

  it('draws one activity, or one party with the activities that name it', () => {
    const c = createCleanRegister(tempDir());
    const one = dataMap(c.register, { activityId: c.processorActivity.id }, TODAY);
    expect(one.activities.map((a) => a.label)).toEqual(['SV-01 Hosting for clients']);
    expect(edgesInWords(one)).toEqual([
      'Client Co GmbH → Germany (DE): based here (adequate)',
      'SV-01 Hosting for clients → Client Co GmbH: client (controller)',
    ]);
    const party = dataMap(c.register, { partyId: c.usImporter.id }, TODAY);
    expect(party.activities.map((a) => a.label)).toEqual(['CU-01 Customer accounts']);
    expect(party.parties.map((p) => p.label)).toEqual(['Mailer Inc']);
    expect(party.edges.map((e) => e.kind).sort()).toEqual(['shares', 'transfer']);
    c.register.close();
  });

  it('draws a register too large to read whole as its parties and their destinations', () => {
    const c = createCleanRegister(tempDir());
    for (let i = 0; i < MAP_ACTIVITY_LIMIT; i++)
      c.register.activities.save({
        ...c.controller,
        id: undefined,
        reference: `GEN-${i}`,
        name: `Activity ${i}`,
      });
    const map = dataMap(c.register, {}, TODAY);
    expect(map.activityCount).toBe(MAP_ACTIVITY_LIMIT + 2);
    expect(map.activities).toEqual([]);
    expect(edgesInWords(map)).toEqual([
      'Client Co GmbH → Germany (DE): based here (adequate)',
      'Hosting UK Ltd → United Kingdom (GB): based here (domestic)',
      'Mailer Inc → United States of America (US): UK Extension to the EU-US DPF (certified recipient)',
    ]);
    c.register.close();
  });

  it('refuses one activity and one party at once, naming the field', async () => {
    const c = createCleanRegister(tempDir());
    const result = await dispatch(createHandlers(c.register), 'map:get', {
      activityId: c.controller.id,
      partyId: c.client.id,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        issues: [{ path: 'partyId', message: 'the map is drawn for one activity or one party, not both' }],
      },
    });
    c.register.close();
  });
});
