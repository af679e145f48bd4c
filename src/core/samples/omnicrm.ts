// OmniCRM UK Ltd, from its published privacy policy (effective 16 May 2026, /work/shared/seeds). Only what
// the policy says; what a careful DPO would infer is marked "Inferred:" in the notes.
import type { OrganisationFieldsInput } from '../../shared/domain';
import type { SampleSpec } from './build';

export const omnicrmOrganisation: OrganisationFieldsInput = {
  legalName: 'OmniCRM UK Ltd',
  tradingName: 'OmniCRM',
  companyNumber: '09618887',
  address: 'Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, BH23 6NW, United Kingdom',
  country: 'GB',
  roles: ['controller', 'processor'],
  jurisdictions: ['uk-gdpr'],
  notes:
    'Built from the OmniCRM privacy policy (effective 16 May 2026). The policy gives a contact e-mail that is obscured in the published text and names no DPO.',
};

const SECURITY = [
  'Encryption at rest',
  'Encryption in transit',
  'Access control',
  'Multi-factor authentication',
  'Logging and monitoring',
  'Backups and restore',
  'Confidentiality agreements',
];
const SECURITY_NOTES =
  'AES-256 at rest; TLS 1.2/1.3 in transit; role-based access, authentication monitoring and administrative access logging; MFA for all internal staff accounts; multi-tenant logical isolation by unique identifiers; audit logs; AWS-managed backup and redundancy; staff under contractual NDAs.';

export const omnicrmSpec: SampleSpec = {
  terms: [
    {
      list: 'data-subject',
      label: "Customers' contacts and clients",
      description: 'People whose data customers keep in their CRM.',
    },
    { list: 'personal-data', label: 'Identity documents (ID and passport scans)' },
  ],
  parties: [
    {
      key: 'customers',
      name: 'OmniCRM platform customers (each business account holder)',
      roles: ['client-controller'],
      notes:
        'Each customer is the controller of the data it keeps in OmniCRM (policy §3.2). Inferred: the record should list each customer or point to the customer list with contact details; the policy gives none.',
    },
    {
      key: 'aws',
      catalog: 'aws',
      name: 'Amazon Web Services, Inc.',
      country: 'US',
      certifications: [
        {
          scheme: 'eu-us-dpf',
          lastCheckedOn: null,
          reference: 'Inferred from policy §8 (EU-US DPF named); not checked',
        },
        {
          scheme: 'uk-extension-dpf',
          lastCheckedOn: null,
          reference: 'Inferred from policy §8; not checked',
        },
      ],
      notes: 'Inferred: the US entity; the policy names "Amazon Web Services" only.',
      roles: ['sub-processor'],
      services: 'Cloud infrastructure: all CRM data and platform hosting (US and Europe).',
    },
    {
      key: 'twilio',
      catalog: 'twilio',
      name: 'Twilio Inc.',
      country: 'US',
      roles: ['sub-processor'],
      services: 'SMS, calls and voicemail for the platform (policy §11).',
    },
    {
      key: 'stripe',
      catalog: 'stripe',
      roles: ['recipient'],
      country: null,
      notes:
        'Payment provider processing payment details under its own policy (§5). Inferred: country of the contracting entity not stated.',
    },
    {
      key: 'paypal',
      catalog: 'paypal',
      roles: ['recipient'],
      country: null,
      notes: 'Payment provider (§5). Inferred: country of the contracting entity not stated.',
    },
    {
      key: 'xero',
      catalog: 'xero',
      roles: ['processor'],
      country: null,
      notes:
        'Named among payment processors (§5). Inferred: used as accounting software (processor); location not stated.',
    },
    {
      key: 'quickbooks',
      catalog: 'intuit-quickbooks',
      roles: ['processor'],
      country: null,
      notes: 'Named among payment processors (§5). Inferred: accounting software; location not stated.',
    },
    {
      key: 'google-analytics',
      catalog: 'google-analytics',
      name: 'Google LLC',
      country: 'US',
      notes: 'Inferred: Google LLC; the policy names "Google Analytics" only.',
      roles: ['processor'],
      services: 'Website analytics (§15).',
    },
    {
      key: 'meta',
      catalog: 'meta-pixel',
      name: 'Meta Platforms Ireland Limited',
      country: 'IE',
      roles: ['joint-controller'],
      notes:
        'Meta Pixel on the website (§15). Inferred: Meta Platforms Ireland for UK/EU users, joint controller for the collection (CJEU C-40/17 Fashion ID).',
    },
  ],
  activities: [
    {
      role: 'controller',
      reference: 'WEB-01',
      name: 'Website enquiries and communications',
      description: 'Website forms and communications with the OmniCRM team (§3.1, §13).',
      department: 'Sales',
      purposes: [
        {
          description: 'Respond to enquiries and keep business records',
          basis: 'art6-1-f',
          interest: 'Answering prospective customers and keeping a record of the exchange',
        },
        {
          description: 'Relevant marketing to people who enquired',
          basis: 'art6-1-f',
          interest: 'Promoting OmniCRM to people who showed interest',
        },
      ],
      subjects: ['Complainants and enquirers', 'Prospects'],
      data: ['Contact details', 'Communications content'],
      recipients: ['Service providers (processors)'],
      sources: ['The data subject directly'],
      security: SECURITY,
      securityNotes: SECURITY_NOTES,
      parties: [{ name: 'aws', relation: 'processor', description: 'Hosting' }],
      notes:
        'Inferred: legitimate interests (the policy names no basis); no balancing test is on record. Retention: the policy says enquiry data "may be retained for customer service, relevant marketing and business record purposes" without a period.',
    },
    {
      role: 'controller',
      reference: 'WEB-02',
      name: 'Website analytics and marketing tracking',
      description: 'Google Analytics, Meta Pixel and CRM tracking scripts on the website (§15).',
      department: 'Marketing',
      purposes: [
        { description: 'Understand website usage and improve marketing performance', basis: 'art6-1-a' },
      ],
      subjects: ['Website visitors'],
      data: ['Online identifiers', 'Usage and behavioural data'],
      recipients: ['Marketing and advertising partners'],
      sources: ['Observed from use of services'],
      security: ['Access control'],
      retention: [
        {
          rule: 'Per cookie lifetimes set in the consent tool',
          period: 14,
          unit: 'months',
          from: 'collection',
        },
      ],
      parties: [
        { name: 'google-analytics', relation: 'processor', description: 'Website analytics' },
        { name: 'meta', relation: 'joint-controller', description: 'Meta Pixel' },
      ],
      notes:
        'Inferred: consent under PECR reg 6 for non-essential cookies ("cookie consent tools where implemented"). Inferred: 14 months is the Google Analytics default retention; the policy states none.',
    },
    {
      role: 'controller',
      reference: 'CUS-01',
      name: 'Customer accounts, support and managed service',
      description:
        'Access to the platform, customer support, managed service plans and platform maintenance (§6).',
      department: 'Customer success',
      purposes: [
        { description: 'Provide access to the CRM platform and its functionality', basis: 'art6-1-b' },
        { description: 'Customer support and managed service assistance', basis: 'art6-1-b' },
        {
          description: 'Monitor performance and maintain platform security',
          basis: 'art6-1-f',
          interest: 'Keeping the platform secure and available',
        },
      ],
      subjects: ['Customers', 'Users of apps and online services'],
      data: ['Contact details', 'Online identifiers', 'Usage and behavioural data'],
      recipients: ['Service providers (processors)'],
      sources: ['The data subject directly', 'Observed from use of services'],
      security: SECURITY,
      securityNotes: SECURITY_NOTES,
      retention: [
        {
          period: 30,
          unit: 'days',
          from: 'subscription cancellation',
          rule: 'Then permanently deleted from active systems (§13).',
        },
      ],
      parties: [{ name: 'aws', relation: 'processor', description: 'Hosting' }],
      notes:
        'Inferred: contract for the account; legitimate interests for security monitoring (no LIA on record). Platform for users aged 18 or over (§17).',
    },
    {
      role: 'controller',
      reference: 'BIL-01',
      name: 'Billing and payments',
      description:
        'Subscription payments through third-party payment providers; OmniCRM stores no card data (§5).',
      department: 'Finance',
      purposes: [
        { description: 'Take payment for subscriptions', basis: 'art6-1-b' },
        {
          description: 'Keep accounting records',
          basis: 'art6-1-c',
          law: 'Inferred: Companies Act 2006 s386–388 and HMRC record-keeping rules',
        },
      ],
      subjects: ['Customers'],
      data: ['Contact details', 'Financial data', 'Purchase and transaction history'],
      recipients: ['Banks and payment providers', 'Tax and social security authorities'],
      sources: ['The data subject directly'],
      security: ['Access control', 'Processor contracts (Art 28)'],
      parties: [
        { name: 'stripe', relation: 'recipient', description: 'Card payments' },
        { name: 'paypal', relation: 'recipient', description: 'PayPal payments' },
        { name: 'xero', relation: 'processor', description: 'Accounting' },
        { name: 'quickbooks', relation: 'processor', description: 'Accounting' },
      ],
      notes: 'The policy states no retention period for billing records.',
    },
    {
      role: 'processor',
      reference: 'PRC-01',
      name: 'CRM platform for customers (hosting, communications, support access)',
      description:
        "Storing and processing customers' CRM data on their instructions: contacts, communication records, relationship data, special category data in regulated sectors (medical history, treatment notes, appointments), identity documents; SMS, calls and voicemail; staff access for support, maintenance and managed service; optional AI-assisted features only when a customer enables them.",
      department: 'Engineering',
      systems: ['OmniCRM platform', 'AWS'],
      subjects: ["Customers' contacts and clients"],
      data: [
        'Contact details',
        'Communications content',
        'Health data',
        'Identity documents (ID and passport scans)',
      ],
      security: SECURITY,
      securityNotes: SECURITY_NOTES,
      retention: [
        {
          period: 30,
          unit: 'days',
          from: 'subscription cancellation',
          rule: 'Customers may export for 30 days; then permanently deleted from active systems.',
        },
      ],
      parties: [
        {
          name: 'customers',
          relation: 'client-controller',
          description: 'CRM hosting, communications, support and managed service',
        },
        { name: 'aws', relation: 'sub-processor', description: 'Hosting in the US and Europe' },
        { name: 'twilio', relation: 'sub-processor', description: 'SMS, voice and voicemail' },
      ],
      notes:
        'Breach: customers are notified within 48 hours of discovery (§14). Inferred: the processor itself records no Art 9 condition; each customer as controller needs one for health data.',
    },
  ],
  transfers: [
    {
      activity: 'PRC-01',
      party: 'aws',
      country: 'US',
      mechanism: 'uk-adequacy-dpf-ukext',
      notes:
        'Policy §8: "frameworks associated with the EU-US Data Privacy Framework, Standard Contractual Clauses where required".',
    },
    {
      activity: 'PRC-01',
      party: 'twilio',
      country: 'US',
      mechanism: null,
      notes: 'Policy names Twilio (§11) but no safeguard for it.',
    },
    {
      activity: 'CUS-01',
      party: 'aws',
      country: 'US',
      mechanism: 'uk-adequacy-dpf-ukext',
      notes: 'As PRC-01.',
    },
    {
      activity: 'WEB-01',
      party: 'aws',
      country: 'US',
      mechanism: 'uk-adequacy-dpf-ukext',
      notes: 'As PRC-01.',
    },
    {
      activity: 'WEB-02',
      party: 'google-analytics',
      country: 'US',
      mechanism: null,
      notes: 'The policy names no safeguard for analytics.',
    },
  ],
};
