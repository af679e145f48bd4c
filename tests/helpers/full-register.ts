// A register that uses every field of every entity, for round-trip tests.
import path from 'node:path';
import type { Activity, Party, Transfer } from '../../src/shared/domain';
import { createRegister, type Register } from '../../src/core/store/register';

export type FullRegister = {
  register: Register;
  controller: Activity;
  processor: Activity;
  party: Party;
  client: Party;
  transfer: Transfer;
};

export function createFullRegister(dir: string, name = 'full.ropa'): FullRegister {
  const register = createRegister(path.join(dir, name), {
    legalName: 'Acme Widgets Ltd',
    tradingName: 'Acme',
    companyNumber: '01234567',
    address: '1 High Street\nLondon',
    country: 'GB',
    contactEmail: 'privacy@acme.example',
    contactPhone: '+44 20 7946 0000',
    website: 'https://acme.example',
    roles: ['controller', 'processor'],
    jurisdictions: ['uk-gdpr', 'eu-gdpr'],
    dpo: {
      kind: 'external',
      name: 'Dana Protector',
      company: 'DPO Services Ltd',
      address: '2 Low Road',
      email: 'dpo@dpo.example',
      phone: '+44 1',
    },
    euRepresentative: {
      name: 'Rep EU',
      company: 'EU Rep BV',
      address: 'Amsterdam',
      email: 'eu@rep.example',
      phone: '+31 1',
    },
    ukRepresentative: null,
    employeeCount: 42,
    reviewIntervalMonths: 6,
    notes: 'Register kept by the DPO.',
  });
  const term = (list: Parameters<Register['terms']['list']>[0], label: string) => {
    const found = register.terms.list(list).find((t) => t.label === label);
    return (
      found ??
      register.terms.save({ list: list!, label, description: '', special: null, dpvIri: null, seedKey: null })
    );
  };
  const health = register.terms.save({
    list: 'personal-data',
    label: 'Test health records',
    description: 'Sickness notes',
    special: 'art9',
    dpvIri: 'https://w3id.org/dpv/pd#Health',
    seedKey: null,
  });
  const party = register.parties.save({
    name: 'Amazon Web Services EMEA SARL',
    legalEntity: 'Amazon Web Services EMEA SARL',
    roles: ['processor', 'sub-processor'],
    country: 'US',
    internationalOrganisation: '',
    address: '38 Avenue John F. Kennedy, Luxembourg',
    contact: {
      name: 'AWS Privacy',
      company: 'AWS',
      address: '',
      email: 'aws-privacy@amazon.example',
      phone: '',
    },
    representative: null,
    dpoContact: { name: 'AWS DPO', company: '', address: '', email: 'dpo@amazon.example', phone: '' },
    website: 'https://aws.amazon.com',
    trustPage: 'https://aws.amazon.com/compliance/gdpr-center/',
    dpaSignedOn: '2024-01-15',
    dpaReference: 'AWS GDPR DPA',
    certifications: [
      { scheme: 'eu-us-dpf', lastCheckedOn: '2026-10-01', reference: 'DPF list entry' },
      { scheme: 'iso-27001', lastCheckedOn: null, reference: 'cert 123' },
    ],
    services: 'Hosting',
    catalogId: 'aws',
    notes: 'Main host',
  });
  const client = register.parties.save({
    name: 'Client Co GmbH',
    legalEntity: 'Client Co GmbH',
    roles: ['client-controller'],
    country: 'DE',
    internationalOrganisation: '',
    address: 'Berlin',
    contact: {
      name: 'Client DPO',
      company: 'Client Co',
      address: 'Berlin',
      email: 'dpo@client.example',
      phone: '+49 1',
    },
    representative: {
      name: 'Client UK rep',
      company: 'Rep Ltd',
      address: 'London',
      email: 'rep@client.example',
      phone: '',
    },
    dpoContact: null,
    website: '',
    trustPage: '',
    dpaSignedOn: null,
    dpaReference: '',
    certifications: [],
    services: '',
    catalogId: null,
    notes: '',
  });
  const controller = register.activities.save({
    role: 'controller',
    reference: 'HR-01',
    name: 'Payroll',
    description: 'Paying staff',
    department: 'HR',
    owner: 'Head of HR',
    status: 'active',
    systems: ['Sage Payroll', 'AWS'],
    storageLocation: 'AWS eu-west-2',
    dataSourceIds: [term('data-source', 'Test source').id],
    securityMeasureIds: [term('security-measure', 'Test encryption').id],
    securityNotes: 'Role-based access',
    dpia: { criteria: ['wp248-4', 'wp248-7'], status: 'completed', reference: 'DPIA-7' },
    automatedDecisionMaking: { used: true, description: 'Tax code checks' },
    lastReviewedAt: '2026-01-10',
    nextReviewAt: '2026-07-10',
    notes: 'Monthly run',
    purposes: [
      {
        termId: term('purpose', 'Test payroll').id,
        description: 'Pay salaries',
        lawfulBasis: 'art6-1-b',
        legitimateInterest: '',
        liaReference: '',
        lawReference: '',
      },
      {
        termId: null,
        description: 'Fraud prevention',
        lawfulBasis: 'art6-1-f',
        legitimateInterest: 'Preventing payroll fraud',
        liaReference: 'LIA-3',
        lawReference: '',
      },
    ],
    dataSubjectIds: [term('data-subject', 'Test employees').id],
    personalDataIds: [term('personal-data', 'Test bank details').id, health.id],
    recipientCategoryIds: [term('recipient', 'Test tax authority').id],
    art9Conditions: ['art9-2-b'],
    art10Conditions: ['art10-authorised-by-law'],
    art10LawReference: 'DPA 2018 Sch 1 para 1',
    ukSchedule1Conditions: [],
    retention: [
      { personalDataTermId: health.id, period: 6, unit: 'years', fromEvent: 'end of employment', rule: '' },
      {
        personalDataTermId: null,
        period: null,
        unit: null,
        fromEvent: '',
        rule: 'Until the dispute is closed',
      },
    ],
    parties: [{ partyId: party.id, relation: 'processor', description: 'Hosting' }],
  });
  const processor = register.activities.save({
    role: 'processor',
    reference: 'SV-01',
    name: 'Hosting for clients',
    description: '',
    department: 'Engineering',
    owner: 'CTO',
    status: 'draft',
    systems: [],
    storageLocation: '',
    dataSourceIds: [],
    securityMeasureIds: [],
    securityNotes: '',
    dpia: { criteria: [], status: 'not-assessed', reference: '' },
    automatedDecisionMaking: { used: false, description: '' },
    lastReviewedAt: null,
    nextReviewAt: null,
    notes: '',
    purposes: [],
    dataSubjectIds: [],
    personalDataIds: [],
    recipientCategoryIds: [],
    art9Conditions: [],
    art10Conditions: [],
    art10LawReference: '',
    ukSchedule1Conditions: [],
    retention: [],
    parties: [
      { partyId: client.id, relation: 'client-controller', description: 'Hosting and support of the CRM' },
      { partyId: party.id, relation: 'sub-processor', description: '' },
    ],
  });
  const transfer = register.transfers.save({
    activityId: controller.id,
    partyId: party.id,
    country: 'US',
    internationalOrganisation: '',
    mechanism: 'eu-scc-m2-c2p',
    sccModule: '2',
    since: '2024-02-01',
    tiaDate: '2024-01-20',
    tiaReference: 'TIA-1',
    supplementaryMeasures: 'Encryption with keys held in the UK',
    safeguardsDocumentation: '',
    notes: 'Backups',
  });
  return { register, controller, processor, party, client, transfer };
}
