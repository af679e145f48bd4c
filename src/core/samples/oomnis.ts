// oomnis Limited (FlexO workspace booking, Media4Display digital signage), from its published privacy
// policy (last updated 8 Sep 2021, /work/shared/seeds). Inferences are marked "Inferred:" in the notes.
import type { OrganisationFieldsInput } from '../../shared/domain';
import type { SampleSpec } from './build';

export const oomnisOrganisation: OrganisationFieldsInput = {
  legalName: 'oomnis Limited',
  contactEmail: 'privacy@oomnis.com',
  country: null,
  roles: ['controller', 'processor'],
  jurisdictions: ['eu-gdpr'],
  notes:
    'Built from the oomnis privacy policy (8 Sep 2021). Inferred: the policy addresses EEA individuals, so the EU GDPR applies; it does not state where oomnis is established (its Stripe link points to Stripe Hong Kong) — confirm the country and whether an EU representative (Art 27) is needed. The policy names a "data controller" contact (privacy@oomnis.com) but no DPO.',
};

const SECURITY = [
  'Access control',
  'Confidentiality agreements',
  'Processor contracts (Art 28)',
  'Backups and restore',
];
const SECURITY_NOTES =
  'Need-to-know access for employees, directors and contractors; processors chosen after verifying their data processing rules and security commitments.';

export const oomnisSpec: SampleSpec = {
  terms: [
    {
      list: 'personal-data',
      label: 'Calendar and meeting details',
      description: 'Meeting titles, agendas, descriptions, locations, attendee names and e-mails.',
    },
    { list: 'data-subject', label: 'Meeting attendees' },
  ],
  parties: [
    {
      key: 'google',
      catalog: 'google-analytics',
      name: 'Google LLC',
      country: 'US',
      notes: 'Policy names "Google Inc." (now Google LLC).',
      roles: ['processor'],
      services: 'Google Analytics (policy: "Google Inc.: Analytics").',
    },
    {
      key: 'microsoft',
      catalog: 'microsoft',
      name: 'Microsoft Corporation',
      country: 'US',
      notes: 'Policy names "Microsoft Inc.". Inferred: Microsoft Corporation (US).',
      roles: ['processor', 'sub-processor'],
      services: 'Azure VMs and Microsoft 365.',
    },
    {
      key: 'zoho',
      catalog: 'zoho',
      roles: ['processor', 'sub-processor'],
      services: 'Zoho One (CRM, ERP, marketing automation), Zoho Analytics, Zoho SalesIQ.',
      notes: 'Policy names "Zoho Inc.". Inferred: the US entity.',
      country: 'US',
    },
    {
      key: 'stripe',
      catalog: 'stripe',
      roles: ['processor'],
      country: null,
      notes:
        'Card payments (policy links Stripe Hong Kong). Inferred: contracting entity and country not stated.',
    },
    {
      key: 'customers',
      name: 'FlexO and online service customers (employers and system providers)',
      roles: ['client-controller'],
      notes:
        'Organisations that entrust "service data" to oomnis. Inferred: the record should list each with contact details; the policy gives none.',
    },
  ],
  activities: [
    {
      role: 'controller',
      reference: 'SAL-01',
      name: 'Enquiries, events, sales and customer communications',
      description:
        'Contacts via forms, e-mail, phone, chat and social networks; event registrations; recorded interactions with sales and support; surveys and feedback.',
      department: 'Sales',
      purposes: [
        { description: 'Reply to enquiries and give event information', basis: 'art6-1-b' },
        {
          description: 'Record and analyse interactions to improve them',
          basis: 'art6-1-f',
          interest: 'Improving interactions with customers',
        },
        {
          description: 'Surveys and feedback about products and services',
          basis: 'art6-1-f',
          interest: 'Improving products and services',
        },
      ],
      subjects: ['Customers', 'Prospects', 'Complainants and enquirers'],
      data: ['Identification data', 'Contact details', 'Communications content'],
      recipients: ['Service providers (processors)'],
      sources: ['The data subject directly', 'Other organisations'],
      security: SECURITY,
      securityNotes: SECURITY_NOTES,
      parties: [{ name: 'zoho', relation: 'processor', description: 'CRM' }],
      notes:
        'Retention: kept "only if we have received your approval… or a specific legal basis"; no period stated.',
    },
    {
      role: 'controller',
      reference: 'MKT-01',
      name: 'Marketing campaigns and newsletters',
      description:
        'Campaigns about oomnis products and products distributed for others; first contact with prospects from marketing data providers; campaign analysis.',
      department: 'Marketing',
      purposes: [
        { description: 'Newsletters and campaigns', basis: 'art6-1-a' },
        {
          description: 'First marketing contact with potential customers from curated lists',
          basis: 'art6-1-f',
          interest: 'Establishing a first marketing contact with potential customers',
        },
      ],
      subjects: ['Prospects', 'Newsletter subscribers', 'Customers'],
      data: ['Identification data', 'Contact details', 'Employment details'],
      recipients: ['Service providers (processors)'],
      sources: ['The data subject directly', 'Data brokers and list providers'],
      security: SECURITY,
      parties: [{ name: 'zoho', relation: 'processor', description: 'Marketing automation' }],
      notes:
        'Opt-out by "unsubscribe" or privacy@oomnis.com. Inferred: consent for newsletters. No retention period stated.',
    },
    {
      role: 'controller',
      reference: 'WEB-01',
      name: 'Website and service analytics, cookies and logs',
      description:
        'Browser, device and server data in logs; first- and third-party cookies, beacons, tags and scripts to identify visitors, track navigation and engagement.',
      department: 'Marketing',
      purposes: [
        {
          description: 'Understand and segment visitors; analyse trends; targeted engagement',
          basis: 'art6-1-a',
        },
      ],
      subjects: ['Website visitors', 'Users of apps and online services'],
      data: ['Online identifiers', 'Usage and behavioural data', 'Location data'],
      recipients: ['Service providers (processors)'],
      sources: ['Observed from use of services'],
      security: ['Access control'],
      parties: [
        { name: 'google', relation: 'processor', description: 'Google Analytics' },
        { name: 'zoho', relation: 'processor', description: 'Zoho Analytics and SalesIQ' },
      ],
      dpia: { criteria: ['wp248-1', 'wp248-3'] },
      notes:
        'Inferred: consent (ePrivacy Directive art 5(3)) for non-essential cookies. Inferred WP248: evaluation/profiling (segmenting, targeted engagement) and systematic monitoring of navigation.',
    },
    {
      role: 'controller',
      reference: 'ACC-01',
      name: 'Online service accounts (FlexO, Media4Display)',
      description:
        'Name, e-mail and limited PII to identify and authenticate users and send service notices; PII provided by employers or service providers.',
      department: 'Operations',
      purposes: [
        {
          description: 'Set up and maintain accounts, authenticate, send service notices',
          basis: 'art6-1-b',
        },
      ],
      subjects: ['Users of apps and online services'],
      data: ['Identification data', 'Contact details', 'Online identifiers'],
      recipients: ['Service providers (processors)'],
      sources: ['The data subject directly', 'Other organisations'],
      security: SECURITY,
      securityNotes: SECURITY_NOTES,
      retention: [
        {
          rule: 'While the commercial relationship is active; inactive fragments in backups at most 2 years.',
          period: 2,
          unit: 'years',
          from: 'deletion from active systems',
        },
      ],
      parties: [{ name: 'microsoft', relation: 'processor', description: 'Azure hosting' }],
    },
    {
      role: 'controller',
      reference: 'PAY-01',
      name: 'Purchases and payment processing',
      description: 'Name and contact information for transaction documents; card payments through Stripe.',
      department: 'Finance',
      purposes: [{ description: 'Create transaction documentation and take payment', basis: 'art6-1-b' }],
      subjects: ['Customers'],
      data: ['Identification data', 'Contact details', 'Purchase and transaction history'],
      recipients: ['Banks and payment providers'],
      sources: ['The data subject directly'],
      security: SECURITY,
      parties: [{ name: 'stripe', relation: 'processor', description: 'Card payments' }],
      notes: 'No retention period stated.',
    },
    {
      role: 'controller',
      reference: 'REC-01',
      name: 'Recruitment',
      description:
        'Curated contact lists from resume databases and staff service providers; hiring decisions.',
      department: 'HR',
      purposes: [
        { description: 'Hire new employees', basis: 'art6-1-f', interest: 'Hiring new employees', lia: '' },
      ],
      subjects: ['Job applicants'],
      data: ['Identification data', 'Contact details', 'Employment details'],
      recipients: ['Service providers (processors)'],
      sources: ['Recruitment agencies'],
      security: SECURITY,
      parties: [
        {
          name: 'zoho',
          relation: 'processor',
          description: 'Zoho One (recruitment in the suite). Inferred.',
        },
      ],
      notes: 'No retention period stated.',
    },
    {
      role: 'processor',
      reference: 'FLX-01',
      name: 'FlexO workspace booking service data (incl. calendar sync)',
      description:
        'Customers’ "service data": schedules, meetings, titles, agendas, locations, attendee names and e-mails; data synchronised from Microsoft 365, Google Workspace/Calendar and Outlook when a user or employer enables it; resource-usage analytics for the customer; staff access to resolve issues.',
      department: 'Operations',
      systems: ['FlexO', 'Microsoft Azure', 'Zoho One'],
      subjects: ['Employees', 'Meeting attendees'],
      data: ['Identification data', 'Contact details', 'Calendar and meeting details'],
      security: SECURITY,
      securityNotes: `${SECURITY_NOTES} EU data kept in the EU where oomnis hosts it.`,
      retention: [
        {
          rule: 'Held while the commercial relationship is active; deleted on request after termination, otherwise at routine maintenance (about yearly).',
        },
        {
          rule: 'Backups kept at most 2 years.',
          period: 2,
          unit: 'years',
          from: 'deletion from active systems',
        },
      ],
      parties: [
        {
          name: 'customers',
          relation: 'client-controller',
          description: 'Workspace booking, calendar sync, usage analytics and support',
        },
        { name: 'microsoft', relation: 'sub-processor', description: 'Azure hosting' },
        { name: 'zoho', relation: 'sub-processor', description: 'Technical and commercial support' },
      ],
    },
  ],
  transfers: [
    {
      activity: 'WEB-01',
      party: 'google',
      country: 'US',
      mechanism: null,
      notes:
        'The policy relies on "the privacy policy covenants provided by that party"; no mechanism named.',
    },
    { activity: 'WEB-01', party: 'zoho', country: 'US', mechanism: null, notes: 'No mechanism named.' },
    { activity: 'FLX-01', party: 'zoho', country: 'US', mechanism: null, notes: 'No mechanism named.' },
    {
      activity: 'FLX-01',
      party: 'microsoft',
      country: 'US',
      mechanism: 'eu-scc-m3-p2p',
      notes:
        'Inferred: Microsoft Products and Services DPA includes the 2021 SCCs; the policy names none. No TIA on record.',
    },
  ],
};
