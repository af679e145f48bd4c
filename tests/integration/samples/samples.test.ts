// The three sample registers: each loads into a real register file, exports losslessly, is what its spec
// builds, and carries the findings a regulator would raise on the policy it was built from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegisterDocument } from '../../../src/core/exchange/register-document';
import { runChecks, summariseFindings } from '../../../src/core/rules';
import { createSampleRegister, listSamples, sampleDocument } from '../../../src/core/samples';
import { buildSample } from '../../../src/core/samples/build';
import { omaxOrganisation, omaxSpec } from '../../../src/core/samples/omax';
import { omnicrmOrganisation, omnicrmSpec } from '../../../src/core/samples/omnicrm';
import { oomnisOrganisation, oomnisSpec } from '../../../src/core/samples/oomnis';
import { stabiliseDocument } from '../../../src/core/samples/stable-ids';
import { createRegister, openRegister } from '../../../src/core/store/register';
import { tempDir } from '../../helpers/temp-dir';

const TODAY = '2026-11-23';
const SPECS = {
  omax: [omaxOrganisation, omaxSpec],
  oomnis: [oomnisOrganisation, oomnisSpec],
  omnicrm: [omnicrmOrganisation, omnicrmSpec],
} as const;

function openSample(name: string) {
  const file = path.join(tempDir(), `${name}.ropa`);
  createSampleRegister(name, file).close();
  return openRegister(file);
}

const withoutExportTime = <T extends { exportedAt: string }>(doc: T) => ({ ...doc, exportedAt: '' });

describe('sample registers', () => {
  it('lists the three samples', () => {
    expect(listSamples().map((s) => [s.name, s.organisation])).toEqual([
      ['omax', 'OMAX Group Ltd'],
      ['oomnis', 'oomnis Limited'],
      ['omnicrm', 'OmniCRM UK Ltd'],
    ]);
  });

  it.each(Object.keys(SPECS))('%s: the stored JSON is what its spec builds, ids included', (name) => {
    const [organisation, spec] = SPECS[name as keyof typeof SPECS];
    const register = createRegister(path.join(tempDir(), 'build.ropa'), organisation);
    buildSample(register, spec);
    const rebuilt = stabiliseDocument(name, exportRegisterDocument(register));
    register.close();
    expect(rebuilt).toEqual(sampleDocument(name));
  });

  it.each(Object.keys(SPECS))('%s: loads into a register file and exports losslessly', (name) => {
    const register = openSample(name);
    const exported = exportRegisterDocument(register);
    register.close();
    expect(withoutExportTime(exported)).toEqual(withoutExportTime(sampleDocument(name)));
  });

  it('refuses to overwrite an existing file and names an unknown sample', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.ropa');
    fs.writeFileSync(file, 'mine');
    expect(() => createSampleRegister('omax', file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    expect(() => createSampleRegister('acme', path.join(dir, 'y.ropa'))).toThrow(/No sample "acme".*omax/);
    expect(fs.existsSync(path.join(dir, 'y.ropa'))).toBe(false);
  });
});

describe('what each sample holds', () => {
  it('OMAX: controller and processor, telecom services, carriers and registries, its stated retention', () => {
    const doc = sampleDocument('omax');
    expect(doc.organisation).toMatchObject({
      legalName: 'OMAX Group Ltd',
      companyNumber: '16125244',
      country: 'GB',
      roles: ['controller', 'processor'],
    });
    expect(doc.activities.map((a) => a.reference).sort()).toEqual([
      'ACC-01',
      'B2B-01',
      'BIL-01',
      'HR-01',
      'KYC-01',
      'LEG-01',
      'MKT-01',
      'PRC-01',
      'PRC-02',
      'REC-01',
      'SVC-01',
      'SVC-02',
      'SVC-03',
      'SVC-04',
      'VIS-01',
      'WEB-01',
      'WEB-02',
    ]);
    expect(doc.activities.filter((a) => a.role === 'processor')).toHaveLength(2);
    expect(doc.parties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Partner carriers and mobile network operators', 'Domain name registries']),
    );
    const billing = doc.activities.find((a) => a.reference === 'BIL-01')!;
    expect(billing.retention[0]).toMatchObject({ period: 7, unit: 'years' });
    const recruitment = doc.activities.find((a) => a.reference === 'REC-01')!;
    expect(recruitment.retention[0]).toMatchObject({ period: 12, unit: 'months' });
    expect(doc.transfers.map((t) => [t.country, t.mechanism]).sort()).toEqual([
      ['CA', 'uk-adequacy-regs'],
      ['IN', 'uk-art49'],
      ['US', 'uk-addendum'],
      ['US', 'uk-idta'],
    ]);
  });

  it('oomnis: Google, Microsoft and Zoho as processors, calendar sync, 2-year backups', () => {
    const doc = sampleDocument('oomnis');
    expect(doc.parties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Google LLC', 'Microsoft Corporation', 'Zoho Corporation']),
    );
    const flexo = doc.activities.find((a) => a.reference === 'FLX-01')!;
    expect(flexo.role).toBe('processor');
    expect(flexo.description).toMatch(/calendar/i);
    expect(flexo.retention).toContainEqual(expect.objectContaining({ period: 2, unit: 'years' }));
    expect(doc.activities.map((a) => a.reference)).toEqual(expect.arrayContaining(['MKT-01', 'REC-01']));
  });

  it('OmniCRM: processor for health data, AWS in the US under the DPF, Twilio, payment providers, 30 days', () => {
    const doc = sampleDocument('omnicrm');
    const platform = doc.activities.find((a) => a.reference === 'PRC-01')!;
    const health = doc.terms.find((t) => t.label === 'Health data')!;
    expect(platform.role).toBe('processor');
    expect(platform.personalDataIds).toContain(health.id);
    expect(platform.retention[0]).toMatchObject({ period: 30, unit: 'days' });
    expect(platform.notes).toMatch(/48 hours/);
    const names = doc.parties.map((p) => p.name);
    for (const n of ['Amazon Web Services, Inc.', 'Twilio Inc.', 'Xero']) expect(names).toContain(n);
    expect(doc.transfers).toContainEqual(
      expect.objectContaining({ country: 'US', mechanism: 'uk-adequacy-dpf-ukext' }),
    );
  });
});

describe('the findings on each sample', () => {
  const findingsOf = (name: string) => {
    const register = openSample(name);
    const findings = runChecks(register, { today: TODAY });
    register.close();
    return findings;
  };
  const errors = (name: string) =>
    findingsOf(name)
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.ruleId} ${f.target.label}`)
      .sort();

  it('OMAX: no controller contact for its business customers; UK-only tools for EU GDPR transfers; the UK Addendum with no SCC module; DPIAs likely for eSIM and eKYC', () => {
    const findings = findingsOf('omax');
    expect(errors('omax')).toEqual([
      'art30.processor.client-contact PRC-01 SMS and voice services for business customers’ end users',
      'art30.processor.client-contact PRC-02 eSIM provisioning for business customers’ end users',
      // OMAX answers to the EU GDPR too, but records only UK tools for India (UK Art 49) and the US (the IDTA);
      // and the policy names "the UK IDTA/Addendum" with no EU SCC module: the Addendum alone is no mechanism.
      'transfer.regime-not-covered SVC-02: transfer to Partner carriers and mobile network operators (IN)',
      'transfer.regime-not-covered SVC-03: transfer to Partner carriers and mobile network operators (US)',
      'transfer.scc-module-missing PRC-01: transfer to Partner carriers and mobile network operators (US)',
    ]);
    const ids = findings.map((f) => `${f.ruleId} ${f.target.label.split(' ')[0]}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'organisation.eu-representative OMAX',
        'dpia.likely-required KYC-01',
        'dpia.likely-required SVC-01',
        'transfer.tia-missing SVC-03:',
        'retention.missing VIS-01',
        'transfer.derogation SVC-02:',
        'transfer.adequacy-partial SVC-01:',
        'lawfulness.appropriate-policy-document HR-01',
        'lawfulness.appropriate-policy-document REC-01',
      ]),
    );
    expect(summariseFindings(findings)).toEqual({ error: 5, warning: 30, info: 4 });
  });

  it('oomnis: US processors with no transfer mechanism named', () => {
    expect(errors('oomnis')).toEqual([
      'art30.processor.client-contact FLX-01 FlexO workspace booking service data (incl. calendar sync)',
      'transfer.mechanism-missing FLX-01: transfer to Zoho Corporation (US)',
      'transfer.mechanism-missing WEB-01: transfer to Zoho Corporation (US)',
      'transfer.not-recorded MKT-01 Marketing campaigns and newsletters',
      'transfer.not-recorded REC-01 Recruitment',
      'transfer.not-recorded SAL-01 Enquiries, events, sales and customer communications',
    ]);
    expect(summariseFindings(findingsOf('oomnis'))).toEqual({ error: 6, warning: 17, info: 1 });
  });

  it('OmniCRM: Twilio and Google Analytics in the US with no safeguard; AWS DPF never checked', () => {
    const findings = findingsOf('omnicrm');
    expect(errors('omnicrm')).toEqual([
      'art30.processor.client-contact PRC-01 CRM platform for customers (hosting, communications, support access)',
      'transfer.mechanism-missing PRC-01: transfer to Twilio Inc. (US)',
      'transfer.mechanism-missing WEB-02: transfer to Google LLC (US)',
    ]);
    expect(findings.filter((f) => f.ruleId === 'transfer.dpf-check-stale')).toHaveLength(3);
    expect(findings.map((f) => f.ruleId)).toContain('organisation.dpo');
  });
});
