// OMAX Group Ltd (UK telecom: eSIM, SMS, VoIP, e-mail and domains), from its published privacy policy
// (last updated 8 April 2025, /work/shared/seeds). Inferences are marked "Inferred:" in the notes.
import type { OrganisationFieldsInput } from '../../shared/domain';
import type { SampleSpec } from './build';
import { omaxActivities } from './omax-activities';

export const omaxOrganisation: OrganisationFieldsInput = {
  legalName: 'OMAX Group Ltd',
  tradingName: 'OMAX',
  companyNumber: '16125244',
  address: '71-75 Shelton Street, Covent Garden, London, WC2H 9JQ, United Kingdom',
  country: 'GB',
  contactPhone: '+44 20 805 861 85',
  website: 'https://omaxtelecom.com',
  roles: ['controller', 'processor'],
  jurisdictions: ['uk-gdpr', 'eu-gdpr'],
  dpo: {
    kind: 'internal',
    name: 'Data Protection Officer',
    company: 'OMAX Group Ltd',
    address: '71-75 Shelton Street, Covent Garden, London, WC2H 9JQ, United Kingdom',
    email: '',
    phone: '+44 20 805 861 85',
  },
  notes:
    'Built from the OMAX privacy policy (8 April 2025). The DPO e-mail is obscured in the published text. Inferred: the EU GDPR also applies (services offered to EU/EEA users, Art 3(2)); the policy names no EU representative.',
};

export const omaxSpec: SampleSpec = {
  terms: [
    { list: 'personal-data', label: 'SIM and device identifiers (ICCID, IMSI, IMEI)' },
    { list: 'personal-data', label: 'Traffic data (call detail records, SMS and session logs)' },
    { list: 'personal-data', label: 'Domain registrant details' },
    { list: 'recipient', label: 'Telecom carriers and network operators' },
    { list: 'recipient', label: 'Domain registries' },
  ],
  parties: [
    {
      key: 'carriers',
      name: 'Partner carriers and mobile network operators',
      roles: ['recipient'],
      services: 'Terminate calls and SMS; provide eSIM connectivity in other regions.',
      notes: 'The policy names no carrier. Inferred: independent controllers for the traffic they carry.',
    },
    {
      key: 'registries',
      name: 'Domain name registries',
      roles: ['recipient'],
      services: 'Domain registration (registrant contact details, as registries require).',
    },
    {
      key: 'infrastructure',
      name: 'Cloud hosting and IT service providers',
      roles: ['processor'],
      services: 'Cloud hosting, data centres, databases, e-mail platforms, customer support tools.',
      notes: 'Named only as a category; the policy says they are bound by data processing agreements.',
    },
    {
      key: 'payments',
      name: 'Payment processors and gateways',
      roles: ['processor'],
      services: 'Card and direct debit payments for billing.',
    },
    {
      key: 'analytics',
      name: 'Analytics and advertising partners',
      roles: ['processor'],
      services: 'Website analytics; targeted OMAX ads on third-party platforms.',
    },
    {
      key: 'resellers',
      name: 'Business partners and resellers',
      roles: ['recipient'],
      services: 'Activation status and usage for commissions and support.',
    },
    {
      key: 'business-customers',
      name: 'OMAX business customers (controllers of their end users’ data)',
      roles: ['client-controller'],
      notes:
        'Inferred: the record should list each business customer with contact details; the policy gives none.',
    },
  ],
  activities: omaxActivities,
  transfers: [
    {
      activity: 'SVC-02',
      party: 'carriers',
      country: 'IN',
      mechanism: 'uk-art49',
      notes:
        'Policy: Art 49 derogation "necessary for the performance of our contract with you (like routing an SMS through a foreign operator you requested)"; India is named as a country without adequacy.',
    },
    {
      activity: 'SVC-03',
      party: 'carriers',
      country: 'US',
      mechanism: 'uk-idta',
      notes:
        'Policy: SCCs or the UK IDTA/Addendum for the USA or India. No transfer risk assessment on record.',
    },
    {
      activity: 'SVC-01',
      party: 'carriers',
      country: 'CA',
      mechanism: 'uk-adequacy-regs',
      notes:
        'Policy names Canada among destinations; UK adequacy regulations (commercial organisations under PIPEDA).',
    },
    {
      activity: 'PRC-01',
      party: 'carriers',
      country: 'US',
      mechanism: 'uk-addendum',
      notes:
        'Policy: "the UK International Data Transfer Agreement/Addendum, as relevant". Module not stated.',
    },
  ],
};
