// Each rule on a register that triggers it, and the same register without the fault, which must stay quiet.
import { describe, expect, it } from 'vitest';
import type { Activity, Party, Transfer } from '../../../src/shared/domain';
import { runChecks, summariseFindings } from '../../../src/core/rules';
import { tempDir } from '../../helpers/temp-dir';
import { americanUnderEuGdpr, createCleanRegister, TODAY, type CleanRegister } from './clean-register';

type Case = {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  does: string;
  breaks: (c: CleanRegister) => void;
};

const editController = (c: CleanRegister, change: Partial<Activity>) =>
  c.register.activities.save({ ...c.controller, ...change });
const editProcessorActivity = (c: CleanRegister, change: Partial<Activity>) =>
  c.register.activities.save({ ...c.processorActivity, ...change });
const editTransfer = (c: CleanRegister, change: Partial<Transfer>) =>
  c.register.transfers.save({ ...c.transfer, ...change });
const editParty = (c: CleanRegister, party: Party, change: Partial<Party>) =>
  c.register.parties.save({ ...party, ...change });
const purpose = (change: Partial<Activity['purposes'][number]>) => ({
  termId: null,
  description: 'Fraud checks',
  lawfulBasis: 'art6-1-f' as const,
  legitimateInterest: 'Preventing fraud',
  liaReference: 'LIA-1',
  lawReference: '',
  ...change,
});

/** The clean register's organisation under both regimes (GB, with its EU representative). */
const underBoth = (c: CleanRegister) =>
  c.register.organisation.save({
    ...c.register.organisation.get(),
    jurisdictions: ['uk-gdpr', 'eu-gdpr'],
    euRepresentative: { name: 'Rep', company: '', address: 'Dublin', email: '', phone: '' },
  });

/** The clean register's organisation in Ireland under the EU GDPR only (its UK processor link dropped). */
const underEuOnly = (c: CleanRegister) => {
  c.register.organisation.save({
    ...c.register.organisation.get(),
    country: 'IE',
    jurisdictions: ['eu-gdpr'],
  });
  editController(c, { parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id) });
};

const cases: Case[] = [
  {
    rule: 'organisation.contact',
    severity: 'error',
    does: 'gives no contact details for the organisation',
    breaks: (c) =>
      c.register.organisation.save({ ...c.register.organisation.get(), address: '', contactEmail: '' }),
  },
  {
    rule: 'organisation.dpo',
    severity: 'warning',
    does: 'has no DPO contact',
    breaks: (c) => c.register.organisation.save({ ...c.register.organisation.get(), dpo: null }),
  },
  {
    rule: 'organisation.eu-representative',
    severity: 'warning',
    does: 'answers to the EU GDPR from outside the EEA with no EU representative',
    breaks: (c) =>
      c.register.organisation.save({
        ...c.register.organisation.get(),
        jurisdictions: ['uk-gdpr', 'eu-gdpr'],
      }),
  },
  {
    rule: 'organisation.uk-representative',
    severity: 'warning',
    does: 'answers to the UK GDPR from outside the UK with no UK representative',
    breaks: (c) =>
      c.register.organisation.save({
        ...c.register.organisation.get(),
        country: 'IE',
        ukRepresentative: null,
      }),
  },
  {
    rule: 'organisation.art30-5',
    severity: 'info',
    does: 'has fewer than 250 employees',
    breaks: (c) => c.register.organisation.save({ ...c.register.organisation.get(), employeeCount: 12 }),
  },
  {
    rule: 'lawfulness.appropriate-policy-document',
    severity: 'info',
    does: 'relies on a Schedule 1 condition that needs an appropriate policy document',
    breaks: (c) =>
      editController(c, {
        personalDataIds: [c.term('personal-data', 'Health data')],
        art9Conditions: ['art9-2-b'],
        ukSchedule1Conditions: ['dpa2018-sch1-p1-1'],
      }),
  },
  {
    rule: 'transfer.privacy-shield-mentioned',
    severity: 'info',
    does: 'still mentions the Privacy Shield next to a valid mechanism',
    breaks: (c) => editTransfer(c, { notes: 'Previously under the EU-US Privacy Shield.' }),
  },
  {
    rule: 'art30.controller.purposes',
    severity: 'error',
    does: 'has a controller activity with no purpose',
    breaks: (c) => editController(c, { purposes: [] }),
  },
  {
    rule: 'art30.controller.data-subjects',
    severity: 'error',
    does: 'has a controller activity with no data subjects',
    breaks: (c) => editController(c, { dataSubjectIds: [] }),
  },
  {
    rule: 'art30.controller.personal-data',
    severity: 'error',
    does: 'has a controller activity with no data categories',
    breaks: (c) => editController(c, { personalDataIds: [] }),
  },
  {
    rule: 'art30.controller.recipients',
    severity: 'warning',
    does: 'has a controller activity with no recipients at all',
    breaks: (c) => {
      c.register.transfers.delete(c.transfer.id);
      editController(c, { recipientCategoryIds: [], parties: [] });
    },
  },
  {
    rule: 'art30.processor.client',
    severity: 'error',
    does: 'has a processor activity naming no controller',
    breaks: (c) => editProcessorActivity(c, { parties: [] }),
  },
  {
    rule: 'art30.processor.client-contact',
    severity: 'error',
    does: 'has a processor activity whose controller has no contact details',
    breaks: (c) => editParty(c, c.client, { contact: null, address: '' }),
  },
  {
    rule: 'art30.processor.categories',
    severity: 'error',
    does: 'does not describe the processing carried out for the controller',
    breaks: (c) =>
      editProcessorActivity(c, {
        description: '',
        parties: [{ partyId: c.client.id, relation: 'client-controller', description: '' }],
      }),
  },
  {
    rule: 'lawfulness.basis',
    severity: 'error',
    does: 'has a purpose without a lawful basis',
    breaks: (c) => editController(c, { purposes: [purpose({ lawfulBasis: null })] }),
  },
  {
    rule: 'lawfulness.legitimate-interest',
    severity: 'warning',
    does: 'relies on legitimate interests without stating the interest',
    breaks: (c) => editController(c, { purposes: [purpose({ legitimateInterest: '' })] }),
  },
  {
    rule: 'lawfulness.lia',
    severity: 'warning',
    does: 'relies on legitimate interests with no LIA reference',
    breaks: (c) => editController(c, { purposes: [purpose({ liaReference: '' })] }),
  },
  {
    rule: 'lawfulness.law-reference',
    severity: 'warning',
    does: 'relies on a legal obligation without naming the law',
    breaks: (c) => editController(c, { purposes: [purpose({ lawfulBasis: 'art6-1-c' })] }),
  },
  {
    rule: 'lawfulness.art9-condition',
    severity: 'error',
    does: 'processes health data with no Art 9 condition',
    breaks: (c) =>
      editController(c, {
        personalDataIds: [...c.controller.personalDataIds, c.term('personal-data', 'Health data')],
      }),
  },
  {
    rule: 'lawfulness.uk-schedule1-art9',
    severity: 'error',
    does: 'relies on Art 9(2)(b) under UK law with no Schedule 1 condition',
    breaks: (c) =>
      editController(c, {
        personalDataIds: [c.term('personal-data', 'Health data')],
        art9Conditions: ['art9-2-b'],
      }),
  },
  {
    rule: 'lawfulness.art10-condition',
    severity: 'error',
    does: 'processes criminal data with no Art 10 authority',
    breaks: (c) => editController(c, { personalDataIds: [c.term('personal-data', 'Criminal convictions')] }),
  },
  {
    rule: 'lawfulness.art10-law-reference',
    severity: 'warning',
    does: 'is under the EU GDPR only and processes criminal data "authorised by law" without naming the law',
    breaks: (c) => {
      underEuOnly(c);
      editController(c, {
        personalDataIds: [c.term('personal-data', 'Criminal convictions')],
        art10Conditions: ['art10-authorised-by-law'],
      });
    },
  },
  {
    rule: 'lawfulness.uk-schedule1-art10',
    severity: 'error',
    does: 'processes criminal data under UK law with no Schedule 1 condition',
    breaks: (c) =>
      editController(c, {
        personalDataIds: [c.term('personal-data', 'Criminal convictions')],
        art10Conditions: ['art10-authorised-by-law'],
      }),
  },
  {
    rule: 'lawfulness.processor-own-purpose',
    severity: 'warning',
    does: 'lists training its own AI among the purposes of a processor activity',
    breaks: (c) =>
      editProcessorActivity(c, {
        purposes: [purpose({ description: 'Train our AI models on client content', lawfulBasis: null })],
      }),
  },
  {
    rule: 'lawfulness.processor-own-purpose',
    severity: 'warning',
    does: 'lists product improvement among the purposes of a processor activity',
    breaks: (c) =>
      editProcessorActivity(c, {
        purposes: [purpose({ description: 'Product improvement', lawfulBasis: null })],
      }),
  },
  {
    rule: 'transfer.not-recorded',
    severity: 'warning',
    does: 'links a DPF-certified US processor with no transfer recorded',
    breaks: (c) => c.register.transfers.delete(c.transfer.id),
  },
  {
    rule: 'transfer.not-recorded',
    severity: 'error',
    does: 'links an uncertified US processor with no transfer recorded',
    breaks: (c) => {
      c.register.transfers.delete(c.transfer.id);
      editParty(c, c.usImporter, { certifications: [] });
    },
  },
  {
    rule: 'transfer.not-recorded',
    severity: 'error',
    does: 'discloses data to an international organisation with no transfer recorded',
    breaks: (c) => {
      editParty(c, c.processor, { country: null, internationalOrganisation: 'World Health Organization' });
      editController(c, {
        parties: c.controller.parties.map((l) =>
          l.partyId === c.processor.id ? { ...l, relation: 'recipient' as const } : l,
        ),
      });
    },
  },
  {
    rule: 'transfer.not-recorded',
    severity: 'error',
    does: 'processes data for a client controller in the US with no transfer back to it recorded',
    breaks: (c) => editParty(c, c.client, { country: 'US' }),
  },
  {
    rule: 'transfer.mechanism-missing',
    severity: 'error',
    does: 'records a transfer to India with no mechanism',
    breaks: (c) => editTransfer(c, { country: 'IN', mechanism: null }),
  },
  {
    rule: 'transfer.adequacy-not-named',
    severity: 'info',
    does: 'records a transfer to an adequate country without naming adequacy',
    breaks: (c) => editTransfer(c, { country: 'JP', mechanism: null, partyId: null }),
  },
  {
    rule: 'transfer.adequacy-not-adequate',
    severity: 'error',
    does: 'claims adequacy for a country without it',
    breaks: (c) => editTransfer(c, { country: 'IN', mechanism: 'uk-adequacy-regs' }),
  },
  {
    rule: 'transfer.adequacy-after-start',
    severity: 'warning',
    does: 'relies on adequacy for a transfer that began before the decision',
    breaks: (c) =>
      editTransfer(c, { country: 'KR', partyId: null, mechanism: 'uk-adequacy-regs', since: '2022-01-01' }),
  },
  {
    rule: 'transfer.adequacy-after-start',
    severity: 'warning',
    does: 'relies on the DPF for a transfer recorded as starting before the DPF existed',
    breaks: (c) => editTransfer(c, { since: '2021-01-01' }),
  },
  {
    rule: 'transfer.mechanism-after-start',
    severity: 'warning',
    does: 'relies on the IDTA for a transfer recorded as starting before the IDTA came into force',
    breaks: (c) => editTransfer(c, { mechanism: 'uk-idta', tiaDate: '2024-01-01', since: '2021-05-01' }),
  },
  {
    rule: 'transfer.adequacy-partial',
    severity: 'info',
    does: 'relies on the partial adequacy for Canada',
    breaks: (c) => {
      editParty(c, c.usImporter, { country: 'CA', certifications: [] });
      editTransfer(c, { country: 'CA', mechanism: 'uk-adequacy-regs' });
    },
  },
  {
    rule: 'transfer.dpf-not-us',
    severity: 'error',
    does: 'relies on the DPF for an importer outside the US',
    breaks: (c) => editTransfer(c, { country: 'IN' }),
  },
  {
    rule: 'transfer.dpf-not-certified',
    severity: 'error',
    does: 'relies on the DPF for an importer with no certification',
    breaks: (c) => editParty(c, c.usImporter, { certifications: [] }),
  },
  {
    rule: 'transfer.dpf-not-certified',
    severity: 'error',
    does: 'is a UK exporter relying on the UK Extension for an importer certified under the EU-US DPF only',
    breaks: (c) =>
      editParty(c, c.usImporter, {
        certifications: [{ scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
      }),
  },
  {
    rule: 'transfer.mechanism-regime',
    severity: 'error',
    does: 'is a UK exporter relying on the EU-US DPF for an importer certified under it only',
    breaks: (c) => {
      editParty(c, c.usImporter, {
        certifications: [{ scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
      });
      editTransfer(c, { mechanism: 'eu-adequacy-dpf' });
    },
  },
  {
    rule: 'transfer.dpf-check-stale',
    severity: 'warning',
    does: 'relies on a DPF certification last checked more than 12 months ago',
    breaks: (c) =>
      editParty(c, c.usImporter, {
        certifications: [{ scheme: 'uk-extension-dpf', lastCheckedOn: '2025-11-01', reference: '' }],
      }),
  },
  {
    rule: 'transfer.mechanism-retired',
    severity: 'error',
    does: 'cites the EU-US Privacy Shield',
    breaks: (c) => editTransfer(c, { mechanism: 'eu-privacy-shield' }),
  },
  {
    rule: 'transfer.mechanism-regime',
    severity: 'error',
    does: 'uses the EU SCCs alone for a UK exporter',
    breaks: (c) => editTransfer(c, { mechanism: 'eu-scc-m2-c2p', tiaDate: '2024-01-01' }),
  },
  {
    rule: 'transfer.tia-missing',
    severity: 'warning',
    does: 'relies on the IDTA with no transfer risk assessment',
    breaks: (c) => editTransfer(c, { mechanism: 'uk-idta' }),
  },
  {
    rule: 'transfer.mechanism-not-needed',
    severity: 'info',
    does: 'relies on the IDTA for an importer in a fully adequate country',
    breaks: (c) => {
      editParty(c, c.usImporter, { country: 'NZ', certifications: [] });
      editTransfer(c, { country: 'NZ', mechanism: 'uk-idta' });
    },
  },
  {
    rule: 'transfer.scc-module-missing',
    severity: 'error',
    does: 'uses the UK Addendum without naming the EU SCC module it amends',
    breaks: (c) => editTransfer(c, { mechanism: 'uk-addendum', tiaDate: '2024-01-01' }),
  },
  {
    rule: 'transfer.scc-module-missing',
    severity: 'warning',
    does: 'uses the 2021 EU SCCs without naming the module',
    breaks: (c) => {
      underEuOnly(c);
      editTransfer(c, { mechanism: 'eu-scc', tiaDate: '2024-01-01' });
    },
  },
  {
    rule: 'transfer.scc-module-conflict',
    severity: 'error',
    does: 'records SCC Module 2 as the mechanism and Module 3 as the module',
    breaks: (c) => {
      underBoth(c);
      editTransfer(c, { mechanism: 'eu-scc-m2-c2p', sccModule: '3', tiaDate: '2024-01-01' });
    },
  },
  {
    rule: 'transfer.scc-module-roles',
    severity: 'error',
    does: 'uses SCC Module 1 for a controller-to-processor transfer',
    breaks: (c) => editTransfer(c, { mechanism: 'uk-addendum', sccModule: '1', tiaDate: '2024-01-01' }),
  },
  {
    rule: 'transfer.regime-not-covered',
    severity: 'error',
    does: 'is under both regimes and sends data to India under the UK IDTA alone',
    breaks: (c) => {
      underBoth(c);
      editParty(c, c.usImporter, { country: 'IN', certifications: [] });
      editTransfer(c, { country: 'IN', mechanism: 'uk-idta', tiaDate: '2024-01-01' });
    },
  },
  {
    rule: 'transfer.regime-not-covered',
    severity: 'error',
    does: 'is under both regimes and relies on the EU-US DPF for an importer not in the UK Extension',
    breaks: (c) => {
      underBoth(c);
      editParty(c, c.usImporter, {
        certifications: [{ scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
      });
      editTransfer(c, { mechanism: 'eu-adequacy-dpf' });
    },
  },
  {
    rule: 'transfer.art49-safeguards',
    severity: 'error',
    does: 'relies on compelling legitimate interests without documented safeguards',
    breaks: (c) => {
      underBoth(c);
      editTransfer(c, { mechanism: 'eu-art49-1-2nd-compelling-li' });
    },
  },
  {
    rule: 'transfer.derogation',
    severity: 'info',
    does: 'relies on an Art 49 derogation',
    breaks: (c) => editTransfer(c, { mechanism: 'uk-art49' }),
  },
  {
    rule: 'transfer.not-domestic',
    severity: 'error',
    does: 'records a US transfer as within the UK',
    breaks: (c) => editTransfer(c, { mechanism: 'none-intra-uk' }),
  },
  {
    rule: 'processor.dpa-missing',
    severity: 'warning',
    does: 'uses a processor with no DPA date',
    breaks: (c) => editParty(c, c.processor, { dpaSignedOn: null }),
  },
  {
    rule: 'retention.missing',
    severity: 'warning',
    does: 'has no retention period',
    breaks: (c) => editController(c, { retention: [] }),
  },
  {
    rule: 'retention.categories',
    severity: 'warning',
    does: 'has retention periods that leave a data category uncovered',
    breaks: (c) =>
      editController(c, {
        personalDataIds: [
          c.term('personal-data', 'Contact details'),
          c.term('personal-data', 'Financial data'),
        ],
        retention: [
          {
            personalDataTermId: c.term('personal-data', 'Contact details'),
            period: 2,
            unit: 'years',
            fromEvent: '',
            rule: '',
          },
        ],
      }),
  },
  {
    rule: 'security.missing',
    severity: 'warning',
    does: 'describes no security measures',
    breaks: (c) => editController(c, { securityMeasureIds: [] }),
  },
  {
    rule: 'dpia.likely-required',
    severity: 'warning',
    does: 'ticks two WP248 criteria with no DPIA',
    breaks: (c) =>
      editController(c, {
        dpia: { criteria: ['wp248-3', 'wp248-4'], status: 'not-assessed', reference: '' },
      }),
  },
  {
    rule: 'review.overdue',
    severity: 'warning',
    does: 'has a review date in the past',
    breaks: (c) => editController(c, { nextReviewAt: '2026-11-01' }),
  },
  {
    rule: 'activity.draft',
    severity: 'info',
    does: 'has an activity still in draft',
    breaks: (c) => editController(c, { status: 'draft' }),
  },
];

describe('checks', () => {
  it('find nothing on a sound register', () => {
    const c = createCleanRegister(tempDir());
    expect(runChecks(c.register, { today: TODAY })).toEqual([]);
    c.register.close();
  });

  it.each(cases)('$rule ($severity) when the register $does', ({ rule, severity, breaks }) => {
    const c = createCleanRegister(tempDir());
    breaks(c);
    const findings = runChecks(c.register, { today: TODAY });
    const hit = findings.filter((f) => f.ruleId === rule);
    expect(hit.length, JSON.stringify(findings, null, 2)).toBeGreaterThan(0);
    expect(hit.every((f) => f.severity === severity)).toBe(true);
    expect(hit[0]!.message.length).toBeGreaterThan(10);
    expect(hit[0]!.article).not.toBe('');
    c.register.close();
  });

  it('count findings by severity, errors first', () => {
    const c = createCleanRegister(tempDir());
    editController(c, { purposes: [], status: 'draft', nextReviewAt: '2026-01-01' });
    const findings = runChecks(c.register, { today: TODAY });
    expect(summariseFindings(findings)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    c.register.close();
  });
});

describe('partial adequacy', () => {
  const partialFindings = (country: string, mechanism: string, eu = false) => {
    const c = createCleanRegister(tempDir());
    if (eu) {
      c.register.organisation.save({
        ...c.register.organisation.get(),
        country: 'IE',
        jurisdictions: ['eu-gdpr'],
      });
      editController(c, { parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id) });
    }
    editParty(c, c.usImporter, { country, certifications: [] });
    editTransfer(c, { country, mechanism, since: '2026-02-01' });
    const findings = runChecks(c.register, { today: TODAY });
    c.register.close();
    return findings;
  };

  it('quotes the scope of the decision and names the importer to confirm', () => {
    const findings = partialFindings('CA', 'uk-adequacy-regs');
    expect(findings.map((f) => f.ruleId)).toEqual(['transfer.adequacy-partial']);
    expect(findings[0]!.message).toBe(
      'The UK GDPR adequacy decision for Canada is partial, with this scope: "Commercial organisations: recipients subject to PIPEDA". Confirm Mailer Inc is within it; if not, this transfer needs another mechanism.',
    );
  });

  it('reads the EU decision for an EU exporter, without the research notes’ confidence marks', () => {
    const findings = partialFindings('BR', 'eu-adequacy', true);
    expect(findings.map((f) => f.ruleId)).toEqual(['transfer.adequacy-partial']);
    expect(findings[0]!.message).toContain('"Controllers and processors subject to the LGPD;');
    expect(findings[0]!.message).not.toMatch(/\[[A-Z]\]|scope wording/);
  });

  it('says nothing for a full decision (New Zealand)', () => {
    expect(partialFindings('NZ', 'uk-adequacy-regs')).toEqual([]);
  });
});

describe('an organisation under both the EU GDPR and the UK GDPR', () => {
  const dualToIndia = () => {
    const c = createCleanRegister(tempDir());
    underBoth(c);
    editParty(c, c.usImporter, { country: 'IN', certifications: [] });
    return c;
  };
  const findingsOf = (c: CleanRegister) => {
    const findings = runChecks(c.register, { today: TODAY });
    c.register.close();
    return findings;
  };

  it('is told which regime the IDTA leaves uncovered', () => {
    const c = dualToIndia();
    editTransfer(c, { country: 'IN', mechanism: 'uk-idta', tiaDate: '2024-01-01' });
    const findings = findingsOf(c);
    expect(findings.map((f) => [f.ruleId, f.article])).toEqual([['transfer.regime-not-covered', 'Art 44']]);
    expect(findings[0]!.message).toContain('also answers to the EU GDPR, under which IN needs a transfer');
  });

  it('is told the EU-US DPF alone leaves the UK side uncovered', () => {
    const c = createCleanRegister(tempDir());
    underBoth(c);
    editParty(c, c.usImporter, {
      certifications: [{ scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
    });
    editTransfer(c, { mechanism: 'eu-adequacy-dpf' });
    const findings = findingsOf(c);
    expect(findings.map((f) => [f.ruleId, f.article])).toEqual([
      ['transfer.regime-not-covered', 'UK GDPR Art 44'],
    ]);
    expect(findings[0]!.message).toContain('only for importers certified under the UK Extension');
  });

  it('is covered by the EU SCCs with the UK Addendum', () => {
    const c = dualToIndia();
    editTransfer(c, { country: 'IN', mechanism: 'uk-addendum', sccModule: '2', tiaDate: '2024-01-01' });
    expect(findingsOf(c)).toEqual([]);
  });

  it('is covered by two transfer records to the same importer, one under each regime', () => {
    const c = dualToIndia();
    editTransfer(c, { country: 'IN', mechanism: 'uk-idta', tiaDate: '2024-01-01' });
    c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      country: 'IN',
      mechanism: 'eu-scc-m2-c2p',
      tiaDate: '2024-01-01',
    });
    expect(findingsOf(c)).toEqual([]);
  });

  it('needs nothing more where the importer is in both DPF lists', () => {
    const c = createCleanRegister(tempDir());
    underBoth(c);
    editParty(c, c.usImporter, {
      certifications: [
        { scheme: 'eu-us-dpf', lastCheckedOn: '2026-06-01', reference: '' },
        { scheme: 'uk-extension-dpf', lastCheckedOn: '2026-06-01', reference: '' },
      ],
    });
    editTransfer(c, { mechanism: 'eu-adequacy-dpf' });
    expect(findingsOf(c)).toEqual([]);
  });
});

describe('a US organisation under the EU GDPR (Art 3(2)) and a party in the US', () => {
  /** Its US group company, linked to the customer activity in that relation. */
  const groupCompany = (relation: 'processor' | 'recipient' | 'joint-controller') => {
    const c = americanUnderEuGdpr(createCleanRegister(tempDir()));
    const parent = c.register.parties.save({
      ...c.usImporter,
      id: undefined,
      name: 'Parent Holdings Inc',
      roles: [relation],
      certifications: [],
    });
    c.controller = editController(c, {
      parties: [...c.controller.parties, { partyId: parent.id, relation, description: 'Group reporting' }],
    });
    return { c, parent };
  };
  const findingsOf = (c: CleanRegister) => runChecks(c.register, { today: TODAY });

  it('says nothing of its processor there: its own processing in its own country is no transfer', () => {
    expect(findingsOf(groupCompany('processor').c)).toEqual([]);
  });

  it.each(['recipient', 'joint-controller'] as const)(
    'finds disclosure to a %s there a transfer with none recorded',
    (relation) => {
      const findings = findingsOf(groupCompany(relation).c);
      expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['transfer.not-recorded', 'error']]);
      expect(findings[0]!.message).toBe(
        "Parent Holdings Inc is in US, the organisation's own country, which is a third country under the EU GDPR: disclosing data to another party there is a transfer (only the organisation's own processing there, itself or through its processors, is not). No transfer to it is recorded for this activity and nothing shows how the transfer is safeguarded.",
      );
    },
  );

  it('refuses "own processing in its own country" for another party there, or for another country', () => {
    const { c, parent } = groupCompany('recipient');
    const transfer = c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      partyId: parent.id,
      mechanism: 'none-own-country',
    });
    const onIt = () => findingsOf(c).filter((f) => f.target.id === transfer.id);
    expect(onIt().map((f) => [f.ruleId, f.severity])).toEqual([['transfer.not-domestic', 'error']]);
    expect(onIt()[0]!.message).toBe(
      "The transfer is recorded as the organisation's own processing in its own country, but Parent Holdings Inc is linked to this activity as a recipient, another party, and disclosing data to another party there is a transfer; US is a third country under the EU GDPR, so this is a transfer and needs a mechanism.",
    );
    c.register.transfers.save({ ...transfer, partyId: null, country: 'IN' });
    expect(onIt()[0]!.message).toContain('but the organisation is in US, not IN;');
    // Its own storage at home, so recorded, is what the option is for.
    c.register.transfers.save({ ...transfer, partyId: null, country: 'US' });
    expect(onIt()).toEqual([]);
  });
});

describe('a processor that uses client data for its own purposes (Art 28(10))', () => {
  it('is told to record that use as a controller activity with its own lawful basis', () => {
    const c = createCleanRegister(tempDir());
    const own = purpose({ description: 'Improve our products with usage data', lawfulBasis: null });
    editProcessorActivity(c, { purposes: [purpose({ description: 'Hosting', lawfulBasis: null }), own] });
    const findings = runChecks(c.register, { today: TODAY });
    expect(findings.map((f) => [f.ruleId, f.severity, f.article, f.target.id])).toEqual([
      ['lawfulness.processor-own-purpose', 'warning', 'Art 28(10), Art 6(1)', c.processorActivity.id],
    ]);
    expect(findings[0]!.message).toBe(
      'The purpose "Improve our products with usage data" reads as your own use of the client\'s data, not processing on its instructions: for that use you are a controller. Record it in a controller activity with its own lawful basis, and keep this processor activity to what you do for the client.',
    );
    // Moved to a controller activity with a basis, as the finding asks, it is an ordinary purpose.
    editProcessorActivity(c, { purposes: [] });
    editController(c, { purposes: [...c.controller.purposes, { ...own, lawfulBasis: 'art6-1-f' }] });
    expect(runChecks(c.register, { today: TODAY })).toEqual([]);
  });
});

describe('transfers the record must show, wherever the importer is', () => {
  const notRecorded = (c: CleanRegister) =>
    runChecks(c.register, { today: TODAY }).filter((f) => f.ruleId === 'transfer.not-recorded');

  /** The clean register's UK hosting company turned into an international organisation it discloses data to. */
  const toOrganisation = (c: CleanRegister, name: string) => {
    editParty(c, c.processor, { country: null, internationalOrganisation: name, roles: ['recipient'] });
    c.controller = editController(c, {
      parties: c.controller.parties.map((l) =>
        l.partyId === c.processor.id ? { ...l, relation: 'recipient' as const } : l,
      ),
    });
    return c;
  };

  it('an international organisation, judged by its adequacy where it has one', () => {
    const who = notRecorded(toOrganisation(createCleanRegister(tempDir()), 'World Health Organization'));
    expect(who.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'Hosting UK Ltd is an international organisation (World Health Organization), but no transfer to it is recorded for this activity and nothing shows how the transfer is safeguarded.',
      ],
    ]);
    // The European Patent Organisation, by its name, has EU adequacy: still a transfer to record.
    const c = toOrganisation(createCleanRegister(tempDir()), 'European Patent Organisation');
    underEuOnly(c);
    editController(c, { parties: [{ partyId: c.processor.id, relation: 'recipient', description: '' }] });
    expect(notRecorded(c).map((f) => f.severity)).toEqual(['warning']);
    // Recorded, it is covered.
    c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      partyId: c.processor.id,
      country: null,
      internationalOrganisation: 'epo',
      mechanism: 'eu-adequacy',
    });
    expect(notRecorded(c)).toEqual([]);
  });

  it('the client controller a processor returns the data to, where that needs safeguards', () => {
    const c = createCleanRegister(tempDir());
    editParty(c, c.client, { country: 'US' });
    const findings = notRecorded(c);
    expect(findings.map((f) => [f.severity, f.article, f.target.id])).toEqual([
      ['error', 'Art 30(2)(c), Art 44', c.processorActivity.id],
    ]);
    expect(findings[0]!.message).toBe(
      'Client Co GmbH, the controller you process this data for, is in US, a third country under the UK GDPR: returning the data to it or making it available to it there is a transfer (processor to controller, SCC Module 4), and none is recorded for this activity, nor how it is safeguarded.',
    );
    // With a representative of its own it may be under the GDPR itself, which the 2021 SCCs do not cover.
    editParty(c, c.client, {
      country: 'US',
      representative: { name: 'Rep', company: '', address: 'London', email: '', phone: '' },
    });
    expect(notRecorded(c)[0]!.message).toContain('(Art 3(2)), a case the 2021 SCCs do not cover');
    // DPF-certified under the UK Extension, adequacy covers the return: nothing to add to the record.
    editParty(c, c.client, {
      country: 'US',
      certifications: [{ scheme: 'uk-extension-dpf', lastCheckedOn: '2026-06-01', reference: '' }],
    });
    expect(notRecorded(c)).toEqual([]);
  });

  it('for an EU processor, its US client too', () => {
    const c = createCleanRegister(tempDir());
    underEuOnly(c);
    editParty(c, c.client, { country: 'US' });
    expect(notRecorded(c).map((f) => [f.severity, f.target.id])).toEqual([['error', c.processorActivity.id]]);
    c.register.transfers.save({
      ...c.transfer,
      id: undefined,
      activityId: c.processorActivity.id,
      partyId: c.client.id,
      mechanism: 'eu-scc-m4-p2c',
      tiaDate: '2026-01-01',
    });
    expect(runChecks(c.register, { today: TODAY }).filter((f) => f.target.id !== c.transfer.id)).toEqual([]);
  });
});
