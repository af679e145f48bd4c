// Cases where a naive rule would cry wolf; RULES.md says the law does not ask for more here.
import { describe, expect, it } from 'vitest';
import type { Activity, Transfer } from '../../../src/shared/domain';
import { runChecks } from '../../../src/core/rules';
import { tempDir } from '../../helpers/temp-dir';
import { americanUnderEuGdpr, createCleanRegister, TODAY, type CleanRegister } from './clean-register';

const ruleIds = (c: CleanRegister, today = TODAY) => runChecks(c.register, { today }).map((f) => f.ruleId);
const editController = (c: CleanRegister, change: Partial<Activity>) =>
  c.register.activities.save({ ...c.controller, ...change });

/** The clean register's importer moved to another country, without certifications, under another mechanism. */
function sendingTo(
  c: CleanRegister,
  country: string,
  mechanism: string,
  exporter?: { country: string; eu: true },
): CleanRegister {
  if (exporter) {
    c.register.organisation.save({
      ...c.register.organisation.get(),
      country: exporter.country,
      jurisdictions: ['eu-gdpr'],
    });
    // A processor in the UK is a transfer for an EU exporter; this test is about the other one.
    editController(c, { parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id) });
  }
  c.register.parties.save({ ...c.usImporter, country, certifications: [] });
  c.register.transfers.save({ ...c.transfer, country, mechanism });
  return c;
}

describe('checks stay quiet when', () => {
  it('health data rests on explicit consent, which needs no Schedule 1 condition under UK law', () => {
    const c = createCleanRegister(tempDir());
    editController(c, {
      personalDataIds: [c.term('personal-data', 'Health data')],
      art9Conditions: ['art9-2-a'],
    });
    expect(ruleIds(c)).toEqual([]);
  });

  it('Art 9(2)(b) is paired with the Schedule 1 employment condition (only the policy-document note)', () => {
    const c = createCleanRegister(tempDir());
    editController(c, {
      personalDataIds: [c.term('personal-data', 'Health data')],
      art9Conditions: ['art9-2-b'],
      ukSchedule1Conditions: ['dpa2018-sch1-p1-1'],
    });
    expect(ruleIds(c)).toEqual(['lawfulness.appropriate-policy-document']);
  });

  it('a processor activity holds special category data (the client controller decides its condition)', () => {
    const c = createCleanRegister(tempDir());
    c.register.activities.save({
      ...c.processorActivity,
      personalDataIds: [c.term('personal-data', 'Health data')],
    });
    expect(ruleIds(c)).toEqual([]);
  });

  it('a processor activity’s purposes describe the service it gives its clients', () => {
    const c = createCleanRegister(tempDir());
    const purposes = [
      'Providing the contracted services to each client',
      'Hosting and backup on the client’s instructions',
      'Developing our clients’ websites',
      'Training our customers’ staff on the platform',
      'Support for users of our platform, on our own servers',
      'AI-assisted features, only when the client enables them',
      'Client data is never used to train our AI models',
      'Staff training and development',
    ].map((description) => ({
      termId: null,
      description,
      lawfulBasis: null,
      legitimateInterest: '',
      liaReference: '',
      lawReference: '',
    }));
    c.register.activities.save({ ...c.processorActivity, purposes });
    expect(ruleIds(c)).toEqual([]);
  });

  it('a UK processor’s client controller is in Germany, which UK adequacy covers', () => {
    // Returning the data there is a transfer, but the record already names the client and its country
    // (Art 30(2)(a)) and adequacy needs nothing more.
    const c = createCleanRegister(tempDir());
    expect(c.client.country).toBe('DE');
    expect(ruleIds(c)).toEqual([]);
  });

  it('an EU controller discloses data to an EU agency (under Regulation 2018/1725, not Chapter V)', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'IE', 'none-intra-eea', { country: 'IE', eu: true });
    c.register.parties.save({ ...c.processor, country: null, internationalOrganisation: 'eu-institutions' });
    editController(c, {
      parties: [
        { partyId: c.usImporter.id, relation: 'processor', description: '' },
        { partyId: c.processor.id, relation: 'recipient', description: 'Reporting' },
      ],
    });
    expect(ruleIds(c)).toEqual([]);
  });

  it('a processor sits in the organisation’s own country', () => {
    const c = createCleanRegister(tempDir());
    expect(c.processor.country).toBe('GB');
    expect(ruleIds(c).filter((id) => id.startsWith('transfer.'))).toEqual([]);
  });

  it('an activity is retired', () => {
    const c = createCleanRegister(tempDir());
    editController(c, { status: 'retired', purposes: [], nextReviewAt: '2020-01-01' });
    c.register.transfers.save({ ...c.transfer, mechanism: 'eu-privacy-shield' });
    expect(ruleIds(c)).toEqual([]);
  });

  it('the pre-2021 SCCs were still usable by a UK exporter on the day checked', () => {
    const c = createCleanRegister(tempDir());
    c.register.transfers.save({ ...c.transfer, mechanism: 'eu-scc-2010-87' });
    expect(ruleIds(c, '2024-03-20')).not.toContain('transfer.mechanism-retired');
    expect(ruleIds(c, '2024-03-21')).toContain('transfer.mechanism-retired');
  });

  it('the pre-2021 SCCs were still usable by an EU exporter on 2022-12-26, not on 2022-12-27', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'IN', 'eu-scc-2010-87', { country: 'IE', eu: true });
    expect(ruleIds(c, '2022-12-26')).toEqual([]);
    expect(ruleIds(c, '2022-12-27')).toEqual(['transfer.mechanism-retired']);
  });

  it('criminal data "authorised by law" names the law, under the EU GDPR only', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'IN', 'eu-scc-m2-c2p', { country: 'IE', eu: true });
    c.register.transfers.save({
      ...c.transfer,
      country: 'IN',
      mechanism: 'eu-scc-m2-c2p',
      tiaDate: '2024-01-01',
    });
    const criminal = {
      personalDataIds: [c.term('personal-data', 'Criminal convictions')],
      art10Conditions: ['art10-authorised-by-law' as const],
      parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id),
    };
    editController(c, criminal);
    expect(ruleIds(c)).toEqual(['lawfulness.art10-law-reference']);
    editController(c, { ...criminal, art10LawReference: 'Criminal Justice Act 2011, s 19' });
    expect(ruleIds(c)).toEqual([]);
  });

  it('the UK Addendum names the module that fits the roles, with a TRA', () => {
    const c = createCleanRegister(tempDir());
    c.register.transfers.save({
      ...c.transfer,
      mechanism: 'uk-addendum',
      sccModule: '2',
      tiaDate: '2024-01-01',
    });
    expect(ruleIds(c)).toEqual([]);
  });

  it('an Irish controller uses the SCCs with a German processor (no TIA needed: not a transfer)', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'DE', 'eu-scc-m2-c2p', { country: 'IE', eu: true });
    expect(ruleIds(c)).toEqual(['transfer.mechanism-not-needed']);
    const note = runChecks(c.register, { today: TODAY }).find(
      (f) => f.ruleId === 'transfer.mechanism-not-needed',
    );
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('not a third country under the EU GDPR');
  });

  it('a UK controller uses the IDTA with a French processor (no TRA needed: France is adequate)', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'FR', 'uk-idta');
    expect(ruleIds(c)).toEqual(['transfer.mechanism-not-needed']);
    expect(runChecks(c.register, { today: TODAY })[0]?.message).toContain(
      'covered by adequacy under the UK GDPR',
    );
  });

  it('a UK controller names the EU SCCs for a French processor: a label to correct, not an error', () => {
    // France is adequate for a UK exporter: no mechanism is needed, so the EU mechanism (which a UK exporter
    // could use only with the Addendum) protects nothing that is missing.
    const c = sendingTo(createCleanRegister(tempDir()), 'FR', 'eu-scc-m2-c2p');
    expect(ruleIds(c)).toEqual(['transfer.mechanism-not-needed']);
    // The same mechanism to India, which needs one, is the error it was.
    const india = sendingTo(createCleanRegister(tempDir()), 'IN', 'eu-scc-m2-c2p');
    expect(ruleIds(india)).toContain('transfer.mechanism-regime');
  });

  it('a UK controller uses the IDTA with an Indian processor and no TRA: that one still warns', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'IN', 'uk-idta');
    expect(ruleIds(c)).toEqual(['transfer.tia-missing']);
  });

  it('a likely DPIA is recorded as completed', () => {
    const c = createCleanRegister(tempDir());
    editController(c, {
      dpia: { criteria: ['wp248-3', 'wp248-4'], status: 'completed', reference: 'DPIA-1' },
    });
    expect(ruleIds(c)).toEqual([]);
  });
});

describe('adequacy is judged on the dates of the reference data', () => {
  function euExporterSendingTo(country: string, since: string): CleanRegister {
    const c = createCleanRegister(tempDir());
    c.register.organisation.save({
      ...c.register.organisation.get(),
      country: 'IE',
      jurisdictions: ['eu-gdpr'],
    });
    editController(c, {
      parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id),
    });
    c.register.parties.save({ ...c.usImporter, country, certifications: [] });
    c.register.transfers.save({ ...c.transfer, country, mechanism: 'eu-adequacy', since });
    return c;
  }

  it('accepts the UK across the renewal of its EU adequacy decision', () => {
    const c = euExporterSendingTo('GB', '2022-01-01');
    expect(ruleIds(c)).toEqual([]);
    expect(ruleIds(c, '2025-12-27')).toEqual([]);
  });

  it('flags a decision that has ended', () => {
    const c = euExporterSendingTo('GB', '2022-01-01');
    const findings = runChecks(c.register, { today: '2032-01-10' });
    expect(findings.map((f) => f.ruleId)).toContain('transfer.adequacy-expired');
    expect(findings.find((f) => f.ruleId === 'transfer.adequacy-expired')?.message).toContain('2031-12-27');
  });

  it('warns when the transfer began before the decision applied', () => {
    const c = euExporterSendingTo('BR', '2025-06-01');
    // Brazil's decision covers only those subject to the LGPD, hence the note on its scope.
    expect(ruleIds(c)).toEqual(['transfer.adequacy-after-start', 'transfer.adequacy-partial']);
    expect(ruleIds(c, '2026-01-01')).toContain('transfer.adequacy-not-adequate');
  });
});

describe('a transfer is judged against the day its mechanism began to exist', () => {
  const since = (c: CleanRegister, day: string, change: Partial<Transfer> = {}) =>
    c.register.transfers.save({ ...c.transfer, ...change, since: day });

  it('the UK Extension to the DPF: from 2023-10-12, not the day before', () => {
    const c = createCleanRegister(tempDir());
    since(c, '2023-10-12');
    expect(ruleIds(c)).toEqual([]);
    since(c, '2023-10-11');
    expect(ruleIds(c)).toEqual(['transfer.adequacy-after-start']);
    expect(runChecks(c.register, { today: TODAY })[0]?.message).toContain('(2023-10-12)');
  });

  it('the EU-US DPF for an EU exporter: from 2023-07-10', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'US', 'eu-adequacy-dpf', { country: 'IE', eu: true });
    c.register.parties.save({
      ...c.usImporter,
      certifications: [{ scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
    });
    const dpf = { mechanism: 'eu-adequacy-dpf' };
    since(c, '2023-07-10', dpf);
    expect(ruleIds(c)).toEqual([]);
    since(c, '2021-03-01', dpf);
    expect(ruleIds(c)).toEqual(['transfer.adequacy-after-start']);
  });

  it('the IDTA: from 2022-03-21', () => {
    const c = createCleanRegister(tempDir());
    const idta = { mechanism: 'uk-idta', tiaDate: '2024-01-01' };
    since(c, '2022-03-21', idta);
    expect(ruleIds(c)).toEqual([]);
    since(c, '2022-03-20', idta);
    expect(ruleIds(c)).toEqual(['transfer.mechanism-after-start']);
    expect(runChecks(c.register, { today: TODAY })[0]?.message).toContain('(2022-03-21)');
  });

  it('the 2021 EU SCCs: from 2021-06-27', () => {
    const c = sendingTo(createCleanRegister(tempDir()), 'IN', 'eu-scc-m2-c2p', { country: 'IE', eu: true });
    since(c, '2021-06-27', { country: 'IN', mechanism: 'eu-scc-m2-c2p', tiaDate: '2024-01-01' });
    expect(ruleIds(c)).toEqual([]);
    since(c, '2020-01-01', { country: 'IN', mechanism: 'eu-scc-m2-c2p', tiaDate: '2024-01-01' });
    expect(ruleIds(c)).toEqual(['transfer.mechanism-after-start']);
  });
});

describe('an organisation outside the EEA under the EU GDPR (Art 3(2)) keeps data in its own country', () => {
  /** A transfer record of the controller activity: to the US, with no importer unless one is given. */
  const recordUs = (c: CleanRegister, change: Partial<Transfer>) =>
    c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      activityId: c.controller.id,
      partyId: null,
      country: 'US',
      mechanism: null,
      ...change,
    });

  it('through its US processor, with no transfer recorded', () => {
    const c = americanUnderEuGdpr(createCleanRegister(tempDir()));
    expect(c.controller.parties.map((l) => [l.partyId, l.relation])).toEqual([
      [c.usImporter.id, 'processor'],
    ]);
    expect(ruleIds(c)).toEqual([]);
  });

  it('recorded as a transfer with no mechanism, or as its own processing in its own country', () => {
    const c = americanUnderEuGdpr(createCleanRegister(tempDir()));
    const own = recordUs(c, {});
    expect(ruleIds(c)).toEqual([]);
    c.register.transfers.save({ ...own, mechanism: 'none-own-country' });
    recordUs(c, { partyId: c.usImporter.id, mechanism: 'none-own-country' });
    expect(ruleIds(c)).toEqual([]);
  });

  it('labelled as within the EEA or under the SCCs: a label to correct, not an error', () => {
    const c = americanUnderEuGdpr(createCleanRegister(tempDir()));
    recordUs(c, { mechanism: 'none-intra-eea' });
    recordUs(c, { partyId: c.usImporter.id, mechanism: 'eu-scc-m2-c2p' });
    const findings = runChecks(c.register, { today: TODAY });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['transfer.mechanism-not-needed', 'info'],
      ['transfer.mechanism-not-needed', 'info'],
    ]);
    expect(findings[1]!.message).toBe(
      "US is the organisation's own country: keeping the data there, itself or through its processors, is not a restricted transfer, so it needs no transfer mechanism and no transfer impact assessment. Record it as no restricted transfer (the organisation's own processing in its own country) in place of SCC Module 2 — controller to processor.",
    );
  });

  it('a UK organisation also under the EU GDPR records its own UK storage as within the UK', () => {
    const c = createCleanRegister(tempDir());
    c.register.organisation.save({
      ...c.register.organisation.get(),
      jurisdictions: ['uk-gdpr', 'eu-gdpr'],
      euRepresentative: { name: 'Rep', company: '', address: 'Dublin', email: '', phone: '' },
    });
    const own = recordUs(c, { country: 'GB', partyId: c.processor.id, mechanism: 'none-intra-uk' });
    const onIt = runChecks(c.register, { today: TODAY }).filter((f) => f.target.id === own.id);
    expect(onIt).toEqual([]);
    // Labelled as within the EEA, which the UK is not: a label to correct, not an error.
    c.register.transfers.save({ ...own, mechanism: 'none-intra-eea' });
    expect(runChecks(c.register, { today: TODAY }).filter((f) => f.target.id === own.id)).toEqual([
      expect.objectContaining({ ruleId: 'transfer.mechanism-not-needed', severity: 'info' }),
    ]);
  });
});
