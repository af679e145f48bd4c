// A small register that passes every check, for rule tests: each test breaks one thing and expects the
// one finding it causes, and the untouched register shows that no rule fires on a sound record.
import path from 'node:path';
import type { Activity, Party, TermList, Transfer } from '../../../src/shared/domain';
import { createRegister, type Register } from '../../../src/core/store/register';

export const TODAY = '2026-11-23';

export type CleanRegister = {
  register: Register;
  controller: Activity;
  processorActivity: Activity;
  processor: Party;
  client: Party;
  usImporter: Party;
  transfer: Transfer;
  term(list: TermList, label: string): string;
};

export function createCleanRegister(dir: string): CleanRegister {
  const register = createRegister(path.join(dir, 'clean.ropa'), {
    legalName: 'Clean Co Ltd',
    address: '1 High Street, London',
    country: 'GB',
    contactEmail: 'privacy@clean.example',
    roles: ['controller', 'processor'],
    jurisdictions: ['uk-gdpr'],
    dpo: {
      kind: 'internal',
      name: 'Dee Pio',
      company: '',
      address: '',
      email: 'dpo@clean.example',
      phone: '',
    },
  });
  const term = (list: TermList, label: string): string => {
    const found = register.terms.list(list).find((t) => t.label === label);
    if (!found) throw new Error(`no starter term ${list}/${label}`);
    return found.id;
  };
  const party = (name: string, country: string, extra: Partial<Party> = {}): Party =>
    register.parties.save({
      name,
      legalEntity: '',
      roles: [],
      country,
      internationalOrganisation: '',
      address: 'Somewhere 1',
      contact: { name: 'Privacy', company: name, address: '', email: 'privacy@party.example', phone: '' },
      representative: null,
      dpoContact: null,
      website: '',
      trustPage: '',
      dpaSignedOn: '2025-01-10',
      dpaReference: '',
      certifications: [],
      services: '',
      catalogId: null,
      notes: '',
      ...extra,
    });
  const processor = party('Hosting UK Ltd', 'GB', { roles: ['processor'] });
  const usImporter = party('Mailer Inc', 'US', {
    roles: ['processor'],
    certifications: [{ scheme: 'uk-extension-dpf', lastCheckedOn: '2026-06-01', reference: 'DPF list' }],
  });
  const client = party('Client Co GmbH', 'DE', { roles: ['client-controller'], dpaSignedOn: null });
  const base = {
    description: '',
    department: 'Ops',
    owner: 'COO',
    status: 'active' as const,
    systems: [],
    storageLocation: '',
    dataSourceIds: [],
    securityMeasureIds: [term('security-measure', 'Access control')],
    securityNotes: '',
    dpia: { criteria: [], status: 'not-assessed' as const, reference: '' },
    automatedDecisionMaking: { used: false, description: '' },
    lastReviewedAt: '2026-06-01',
    nextReviewAt: '2027-06-01',
    notes: '',
    art9Conditions: [],
    art10Conditions: [],
    art10LawReference: '',
    ukSchedule1Conditions: [],
  };
  const controller = register.activities.save({
    ...base,
    role: 'controller',
    reference: 'CU-01',
    name: 'Customer accounts',
    purposes: [
      {
        termId: null,
        description: 'Provide the service',
        lawfulBasis: 'art6-1-b',
        legitimateInterest: '',
        liaReference: '',
        lawReference: '',
      },
    ],
    dataSubjectIds: [term('data-subject', 'Customers')],
    personalDataIds: [term('personal-data', 'Contact details')],
    recipientCategoryIds: [term('recipient', 'Service providers (processors)')],
    retention: [
      { personalDataTermId: null, period: 6, unit: 'years', fromEvent: 'account closure', rule: '' },
    ],
    parties: [
      { partyId: processor.id, relation: 'processor', description: 'Hosting' },
      { partyId: usImporter.id, relation: 'processor', description: 'E-mail' },
    ],
  });
  const processorActivity = register.activities.save({
    ...base,
    role: 'processor',
    reference: 'SV-01',
    name: 'Hosting for clients',
    description: 'Storage and backup of client data',
    purposes: [],
    dataSubjectIds: [],
    personalDataIds: [],
    recipientCategoryIds: [],
    retention: [],
    parties: [{ partyId: client.id, relation: 'client-controller', description: 'Hosting' }],
  });
  const transfer = register.transfers.save({
    activityId: controller.id,
    partyId: usImporter.id,
    country: 'US',
    internationalOrganisation: '',
    mechanism: 'uk-adequacy-dpf-ukext',
    sccModule: null,
    since: '2024-01-01',
    tiaDate: null,
    tiaReference: '',
    supplementaryMeasures: '',
    safeguardsDocumentation: '',
    notes: '',
  });
  return { register, controller, processorActivity, processor, client, usImporter, transfer, term };
}

/**
 * The clean register's organisation moved to the US, answering to the EU GDPR under Art 3(2) with its EU
 * representative: its US e-mail processor is then in its own country (the transfer record to it dropped), and
 * its UK hosting link is dropped (the UK is a third country for it; that case is tested elsewhere).
 */
export function americanUnderEuGdpr(c: CleanRegister): CleanRegister {
  c.register.organisation.save({
    ...c.register.organisation.get(),
    country: 'US',
    jurisdictions: ['eu-gdpr'],
    euRepresentative: { name: 'Rep', company: 'EU Rep Ltd', address: 'Dublin', email: '', phone: '' },
  });
  c.register.transfers.delete(c.transfer.id);
  c.controller = c.register.activities.save({
    ...c.controller,
    parties: c.controller.parties.filter((l) => l.partyId !== c.processor.id),
  });
  return c;
}
