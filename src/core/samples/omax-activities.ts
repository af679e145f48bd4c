// OMAX Group Ltd's processing activities, section by section of its privacy policy.
import type { ActivitySpec } from './build';

const SECURITY = [
  'Encryption in transit',
  'Encryption at rest',
  'Access control',
  'Network security',
  'Logging and monitoring',
  'Staff training',
  'Regular security testing',
  'Incident and breach management',
  'Processor contracts (Art 28)',
];
const SECURITY_NOTES =
  'TLS in transit; encryption and access controls at rest; firewalls and intrusion detection; least privilege and role-based access with logged administrative access; staff policies and training; periodic assessments, vulnerability scans and penetration tests; incident response plan.';
const TRAFFIC = 'Traffic data (call detail records, SMS and session logs)';
const base = { security: SECURITY, securityNotes: SECURITY_NOTES };

export const omaxActivities: ActivitySpec[] = [
  {
    ...base,
    role: 'controller',
    reference: 'WEB-01',
    name: 'Website enquiries',
    description: 'Contact forms, chat, e-mail and phone enquiries.',
    department: 'Sales',
    purposes: [
      {
        description: 'Respond to and follow up enquiries',
        basis: 'art6-1-f',
        interest: 'Responding effectively to prospective customers and keeping business communications',
      },
    ],
    subjects: ['Complainants and enquirers', 'Prospects'],
    data: ['Identification data', 'Contact details', 'Employment details', 'Communications content'],
    recipients: ['Service providers (processors)'],
    sources: ['The data subject directly'],
    retention: [
      {
        rule: 'As long as needed to address the inquiry and a short period after, or longer if law requires.',
      },
    ],
    parties: [{ name: 'infrastructure', relation: 'processor', description: 'Hosting and support tools' }],
  },
  {
    ...base,
    role: 'controller',
    reference: 'ACC-01',
    name: 'Client account registration and management',
    description: 'Registration data, login credentials, profile and customer account ID for the dashboard.',
    department: 'Operations',
    purposes: [{ description: 'Create and administer accounts and authenticate users', basis: 'art6-1-b' }],
    subjects: ['Customers', 'Users of apps and online services'],
    data: ['Identification data', 'Contact details', 'Online identifiers'],
    recipients: ['Service providers (processors)', 'Group companies'],
    sources: ['The data subject directly'],
    retention: [{ rule: 'For as long as the account is active or the customer is subscribed.' }],
    parties: [{ name: 'infrastructure', relation: 'processor', description: 'Hosting' }],
  },
  {
    ...base,
    role: 'controller',
    reference: 'WEB-02',
    name: 'Website and platform technical data and cookies',
    description:
      'IP address, device and browser data, approximate location, cookies; security, fraud prevention, analytics and advertising.',
    department: 'Marketing',
    purposes: [
      {
        description: 'Display the site, keep it secure, prevent fraud and improve it',
        basis: 'art6-1-f',
        interest: 'Securing and improving the website and platform',
      },
      { description: 'Analytics and targeted OMAX advertising', basis: 'art6-1-a' },
    ],
    subjects: ['Website visitors', 'Users of apps and online services'],
    data: ['Online identifiers', 'Usage and behavioural data', 'Location data'],
    recipients: ['Marketing and advertising partners'],
    sources: ['Observed from use of services'],
    parties: [{ name: 'analytics', relation: 'processor', description: 'Analytics and advertising' }],
    notes:
      'Inferred: consent (PECR reg 6) for analytics and advertising cookies. No retention period stated.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'MKT-01',
    name: 'Marketing, newsletters and B2B prospecting',
    description:
      'Newsletters and promotions; prospects from events, whitepaper downloads and professional networks.',
    department: 'Marketing',
    purposes: [
      { description: 'E-mail and SMS marketing to new subscribers', basis: 'art6-1-a' },
      {
        description: 'Marketing of similar services to existing customers and B2B prospects',
        basis: 'art6-1-f',
        interest: 'Promoting OMAX services to customers and business prospects',
      },
    ],
    subjects: ['Newsletter subscribers', 'Customers', 'Prospects'],
    data: ['Identification data', 'Contact details', 'Employment details', 'Preferences and consents'],
    recipients: ['Service providers (processors)'],
    sources: ['The data subject directly', 'Publicly available sources'],
    parties: [{ name: 'infrastructure', relation: 'processor', description: 'E-mail delivery and CRM' }],
    notes: 'Opt-out by unsubscribe link or by contacting OMAX. No retention period stated.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'SVC-01',
    name: 'eSIM data services',
    description:
      'eSIM profile details, device identifiers, network usage records and approximate location derived from network access.',
    department: 'Network services',
    purposes: [
      { description: 'Provide mobile data service', basis: 'art6-1-b' },
      {
        description: 'Monitor performance, troubleshoot and plan capacity',
        basis: 'art6-1-f',
        interest: 'Quality and capacity of the network',
      },
    ],
    subjects: ['Customers', 'Users of apps and online services'],
    data: ['SIM and device identifiers (ICCID, IMSI, IMEI)', 'Location data', TRAFFIC],
    recipients: ['Telecom carriers and network operators'],
    sources: ['Observed from use of services'],
    retention: [
      {
        data: TRAFFIC,
        period: 12,
        unit: 'months',
        from: 'session',
        rule: 'Telecom traffic logs, e.g. 12 months',
      },
    ],
    parties: [
      { name: 'carriers', relation: 'recipient', description: 'Connectivity partners in other regions' },
    ],
    dpia: { criteria: ['wp248-3', 'wp248-5'] },
    notes:
      'Inferred WP248: systematic monitoring (location from network access) on a large scale (180+ countries).',
  },
  {
    ...base,
    role: 'controller',
    reference: 'SVC-02',
    name: 'SMS messaging services',
    description:
      'Sender and recipient numbers, time and message body, routed to mobile networks worldwide; content kept no longer than necessary.',
    department: 'Network services',
    purposes: [{ description: 'Route and deliver messages', basis: 'art6-1-b' }],
    subjects: ['Customers'],
    data: ['Contact details', 'Communications content', TRAFFIC],
    recipients: ['Telecom carriers and network operators'],
    sources: ['The data subject directly', 'Observed from use of services'],
    retention: [{ data: TRAFFIC, period: 12, unit: 'months', from: 'message' }],
    parties: [{ name: 'carriers', relation: 'recipient', description: 'Terminating operators' }],
    notes:
      'Retention of message content: "no longer than necessary" (no period). Categories not covered by a period are flagged.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'SVC-03',
    name: 'Voice and VoIP services (cloud phone, vPBX, SIP trunks, DID numbers)',
    description:
      'Call detail records, routing data, voicemail and call recordings when the customer uses those features.',
    department: 'Network services',
    purposes: [
      { description: 'Connect and route calls; voicemail and recording features', basis: 'art6-1-b' },
    ],
    subjects: ['Customers'],
    data: [TRAFFIC, 'Communications content', 'Contact details'],
    recipients: ['Telecom carriers and network operators'],
    sources: ['Observed from use of services'],
    retention: [{ data: TRAFFIC, period: 12, unit: 'months', from: 'call' }],
    parties: [{ name: 'carriers', relation: 'recipient', description: 'Partner carriers' }],
  },
  {
    ...base,
    role: 'controller',
    reference: 'SVC-04',
    name: 'E-mail hosting and domain services',
    description:
      'E-mail content and transmission logs; domain registrant contact details passed to registries.',
    department: 'Network services',
    purposes: [
      { description: 'Host e-mail and register domains', basis: 'art6-1-b' },
      { description: 'Publish and pass registrant data as registries require', basis: 'art6-1-c' },
    ],
    subjects: ['Customers'],
    data: ['Communications content', 'Domain registrant details', 'Online identifiers'],
    recipients: ['Domain registries'],
    sources: ['The data subject directly'],
    retention: [{ rule: 'E-mail content kept until the customer deletes it.' }],
    parties: [{ name: 'registries', relation: 'recipient', description: 'Domain registration' }],
    notes: 'The law behind registry disclosure is not named in the policy.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'BIL-01',
    name: 'Billing, payments and account balance',
    description:
      'Billing name and address, payment method, transactions, invoices, balance alerts and disputes.',
    department: 'Finance',
    purposes: [
      { description: 'Invoice, charge and handle billing enquiries', basis: 'art6-1-b' },
      {
        description: 'Keep financial records',
        basis: 'art6-1-c',
        law: 'UK tax law (policy: "6-7 years under UK tax laws")',
      },
    ],
    subjects: ['Customers'],
    data: ['Financial data', 'Purchase and transaction history', 'Contact details'],
    recipients: ['Banks and payment providers', 'Tax and social security authorities'],
    sources: ['The data subject directly'],
    retention: [
      {
        period: 7,
        unit: 'years',
        from: 'end of the financial year',
        rule: 'At least 6-7 years for financial records',
      },
    ],
    parties: [{ name: 'payments', relation: 'processor', description: 'Card and direct debit payments' }],
  },
  {
    ...base,
    role: 'controller',
    reference: 'KYC-01',
    name: 'Identity verification (KYC and SIM registration)',
    description:
      'ID copies, proof of address and, for eKYC, biometric data where local laws require SIM registration.',
    department: 'Compliance',
    purposes: [
      { description: 'Verify identity where SIM registration laws require it', basis: 'art6-1-c' },
      { description: 'Biometric eKYC', basis: 'art6-1-a' },
    ],
    subjects: ['Customers'],
    data: ['Government identifiers', 'Contact details', 'Biometric data for identification'],
    recipients: ['Other public authorities and regulators'],
    sources: ['The data subject directly'],
    art9: ['art9-2-a'],
    dpia: { criteria: ['wp248-4', 'wp248-8'] },
    notes:
      'Policy: consent "before processing any sensitive personal data (such as biometric information for eKYC)". Inferred WP248: sensitive data and innovative technology. The laws requiring registration are not named; no retention period stated.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'LEG-01',
    name: 'Telecom legal compliance and disclosures',
    description:
      'Retaining traffic data and answering lawful requests from authorities and law enforcement; protecting rights and investigating fraud and abuse.',
    department: 'Legal',
    purposes: [
      { description: 'Retain and disclose data where telecom laws require', basis: 'art6-1-c' },
      {
        description: 'Enforce terms, prevent fraud and spam, defend legal claims',
        basis: 'art6-1-f',
        interest: 'Protecting OMAX, customers and the public from fraud and abuse',
      },
    ],
    subjects: ['Customers'],
    data: [TRAFFIC, 'Contact details'],
    recipients: ['Police and law enforcement', 'Courts and tribunals', 'Professional advisers'],
    sources: ['Observed from use of services'],
    retention: [
      {
        data: TRAFFIC,
        period: 12,
        unit: 'months',
        from: 'creation',
        rule: 'e.g. 12 months where retention laws apply',
      },
    ],
  },
  {
    ...base,
    role: 'controller',
    reference: 'B2B-01',
    name: 'Business contacts: customers’ representatives, suppliers and partners',
    description: 'Business contact details to manage relationships, contracts, billing and service updates.',
    department: 'Sales',
    purposes: [
      {
        description: 'Manage business relationships',
        basis: 'art6-1-f',
        interest: 'Managing and growing business relationships',
      },
    ],
    subjects: ['Supplier and business contacts'],
    data: ['Contact details', 'Employment details'],
    recipients: ['Service providers (processors)', 'Group companies'],
    sources: ['The data subject directly', 'Other organisations'],
    parties: [
      { name: 'infrastructure', relation: 'processor', description: 'CRM' },
      { name: 'resellers', relation: 'recipient', description: 'Referral and commission data' },
    ],
    notes: 'No retention period stated.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'VIS-01',
    name: 'Office visitors and CCTV',
    description:
      'Visitor sign-in (name, contact, company, purpose) and CCTV images where premises are monitored.',
    department: 'Facilities',
    purposes: [
      {
        description: 'Secure premises, staff and assets',
        basis: 'art6-1-f',
        interest: 'Protecting the business, staff and assets',
      },
    ],
    subjects: ['Visitors to premises'],
    data: ['Identification data', 'Contact details', 'Images and recordings'],
    recipients: ['Police and law enforcement'],
    sources: ['The data subject directly'],
    security: [...SECURITY, 'Physical security'],
    dpia: { criteria: ['wp248-3'] },
    notes: 'No retention period stated for the visitor log or CCTV.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'REC-01',
    name: 'Recruitment',
    description:
      'Applications, CVs, references and background verification; right-to-work checks; equal opportunity monitoring.',
    department: 'HR',
    purposes: [
      {
        description: 'Assess and select candidates',
        basis: 'art6-1-f',
        interest: 'Evaluating and selecting qualified talent',
      },
      {
        description: 'Confirm the right to work',
        basis: 'art6-1-c',
        law: 'Inferred: Immigration, Asylum and Nationality Act 2006 s15–25',
      },
    ],
    subjects: ['Job applicants'],
    data: [
      'Identification data',
      'Contact details',
      'Education and training',
      'Employment details',
      'Racial or ethnic origin',
    ],
    recipients: ['Recruitment agencies'],
    sources: ['The data subject directly', 'Recruitment agencies'],
    art9: ['art9-2-g'],
    schedule1: ['dpa2018-sch1-p2-8'],
    retention: [
      {
        period: 12,
        unit: 'months',
        from: 'end of the recruitment process',
        rule: '6 months to 1 year for unsuccessful applications',
      },
    ],
    notes:
      'Inferred: equal opportunity monitoring data (racial or ethnic origin) under Art 9(2)(g) with DPA 2018 Sch 1 para 8; an appropriate policy document is needed.',
  },
  {
    ...base,
    role: 'controller',
    reference: 'HR-01',
    name: 'Employment administration and payroll',
    description:
      'Date of birth, NI number, visa/work permit, bank details, emergency contacts, benefits, performance, compensation, disciplinary and grievance records.',
    department: 'HR',
    purposes: [
      { description: 'Perform the employment contract and pay salaries', basis: 'art6-1-b' },
      {
        description: 'Tax, social security, health and safety obligations',
        basis: 'art6-1-c',
        law: 'Inferred: Income Tax (PAYE) Regulations 2003; Health and Safety at Work etc. Act 1974',
      },
      {
        description: 'Run efficient staffing operations; protect rights in legal claims',
        basis: 'art6-1-f',
        interest: 'Efficient staffing operations and defending legal claims',
      },
    ],
    subjects: ['Employees', 'Contractors and temporary workers', 'Next of kin and emergency contacts'],
    data: [
      'Identification data',
      'Contact details',
      'Government identifiers',
      'Financial data',
      'Employment details',
      'Health data',
    ],
    recipients: ['Tax and social security authorities', 'Pension providers', 'Professional advisers'],
    sources: ['The data subject directly'],
    art9: ['art9-2-b'],
    schedule1: ['dpa2018-sch1-p1-1'],
    notes:
      'Inferred: occupational health records are health data, under Art 9(2)(b) with DPA 2018 Sch 1 para 1 (appropriate policy document needed). The policy states retention only as "for a post-employment period as required by law".',
  },
  {
    ...base,
    role: 'processor',
    reference: 'PRC-01',
    name: 'SMS and voice services for business customers’ end users',
    description:
      'Sending SMS (incl. SMPP) and hosting calls for business customers’ end users on their instructions; no use for OMAX’s own purposes.',
    department: 'Network services',
    subjects: ['Customers'],
    data: ['Contact details', 'Communications content', TRAFFIC],
    parties: [
      {
        name: 'business-customers',
        relation: 'client-controller',
        description: 'Messaging and voice for their end users',
      },
      { name: 'carriers', relation: 'recipient', description: 'Terminating operators' },
    ],
  },
  {
    ...base,
    role: 'processor',
    reference: 'PRC-02',
    name: 'eSIM provisioning for business customers’ end users',
    description: 'Provisioning eSIM profiles for business customers’ end users on their instructions.',
    department: 'Network services',
    subjects: ['Users of apps and online services'],
    data: ['SIM and device identifiers (ICCID, IMSI, IMEI)', TRAFFIC],
    parties: [
      { name: 'business-customers', relation: 'client-controller', description: 'eSIM provisioning' },
    ],
  },
];
