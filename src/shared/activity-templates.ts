// Starter activities for a small firm: what a DPO usually records for payroll, recruitment, customers,
// marketing, analytics, CCTV, suppliers and work done for clients as a processor. A template only fills a
// new draft; the DPO reviews it and saves. Terms are named by their starter-list key and label
// (resources/reference/terms.json) so a register that renamed or removed one gets it found or re-created.
// Each lawful basis says where the choice comes from, in `basisSource`, which the picker shows too.
import type {
  ActivityRole,
  Art9Condition,
  LawfulBasis,
  RetentionUnit,
  SpecialKind,
  TermList,
  Wp248Criterion,
} from './domain/codes';

/** A term of one of the register's lists: its starter key, and the label to find it by or create it with. */
export type TemplateTerm = { key: string; label: string; special?: SpecialKind };

export type TemplatePurpose = {
  purpose: TemplateTerm;
  description: string;
  /** null on a processor activity: the client controller decides the basis. */
  lawfulBasis: LawfulBasis | null;
  /** Why this basis, with the provision or guidance it rests on. */
  basisSource: string;
  /** For 6(1)(f): the interest pursued. The balancing test (LIA) is the DPO's to do and reference. */
  legitimateInterest?: string;
  /** For 6(1)(c): the law, when it is the same for every organisation under that regime. */
  lawReference?: { uk?: string; eu?: string };
};

export type TemplateRetention = {
  /** The personal data category it is for; null for the whole activity. */
  data: TemplateTerm | null;
  period: number | null;
  unit: RetentionUnit | null;
  fromEvent: string;
  rule: string;
  /** Where the suggestion comes from, shown in the picker. */
  source: string;
};

export type ActivityTemplate = {
  id: string;
  /** Short reference prefix, e.g. HR → HR-001. */
  prefix: string;
  role: ActivityRole;
  name: string;
  department: string;
  description: string;
  purposes: TemplatePurpose[];
  dataSubjects: TemplateTerm[];
  personalData: TemplateTerm[];
  recipients: TemplateTerm[];
  sources: TemplateTerm[];
  art9Conditions?: Art9Condition[];
  /** UK DPA 2018 Schedule 1 conditions, applied only when the register answers to the UK GDPR. */
  ukSchedule1Conditions?: string[];
  dpiaCriteria?: Wp248Criterion[];
  retention: TemplateRetention[];
};

/** The list each template field draws its terms from. */
export const TEMPLATE_TERM_LISTS = {
  dataSubjects: 'data-subject',
  personalData: 'personal-data',
  recipients: 'recipient',
  sources: 'data-source',
  purposes: 'purpose',
} as const satisfies Record<string, TermList>;

// Starter terms the templates use (key and label exactly as in resources/reference/terms.json; a unit
// test holds them to it).
const subject = {
  employees: { key: 'employees', label: 'Employees' },
  formerEmployees: { key: 'former-employees', label: 'Former employees' },
  applicants: { key: 'job-applicants', label: 'Job applicants' },
  customers: { key: 'customers', label: 'Customers' },
  subscribers: { key: 'subscribers', label: 'Newsletter subscribers' },
  serviceUsers: { key: 'service-users', label: 'Users of apps and online services' },
  websiteVisitors: { key: 'website-visitors', label: 'Website visitors' },
  premisesVisitors: { key: 'premises-visitors', label: 'Visitors to premises' },
  supplierContacts: { key: 'supplier-contacts', label: 'Supplier and business contacts' },
} satisfies Record<string, TemplateTerm>;

const data = {
  identification: { key: 'identification', label: 'Identification data' },
  contact: { key: 'contact-details', label: 'Contact details' },
  governmentIds: { key: 'government-identifiers', label: 'Government identifiers' },
  financial: { key: 'financial', label: 'Financial data' },
  employment: { key: 'employment-details', label: 'Employment details' },
  education: { key: 'education-training', label: 'Education and training' },
  onlineIds: { key: 'online-identifiers', label: 'Online identifiers' },
  usage: { key: 'usage-data', label: 'Usage and behavioural data' },
  communications: { key: 'communications', label: 'Communications content' },
  images: { key: 'images-recordings', label: 'Images and recordings' },
  purchases: { key: 'purchase-history', label: 'Purchase and transaction history' },
  preferences: { key: 'preferences', label: 'Preferences and consents' },
  health: { key: 'health-data', label: 'Health data', special: 'art9' },
} satisfies Record<string, TemplateTerm>;

const recipient = {
  processors: { key: 'processors', label: 'Service providers (processors)' },
  tax: { key: 'tax-authorities', label: 'Tax and social security authorities' },
  police: { key: 'law-enforcement', label: 'Police and law enforcement' },
  banks: { key: 'banks', label: 'Banks and payment providers' },
  auditors: { key: 'auditors', label: 'Auditors' },
  advisers: { key: 'professional-advisers', label: 'Professional advisers' },
  insurers: { key: 'insurers', label: 'Insurers and brokers' },
  pensions: { key: 'pension-providers', label: 'Pension providers' },
  agencies: { key: 'recruitment-agencies', label: 'Recruitment agencies' },
} satisfies Record<string, TemplateTerm>;

const source = {
  subject: { key: 'data-subject', label: 'The data subject directly' },
  observed: { key: 'observed', label: 'Observed from use of services' },
  others: { key: 'third-party', label: 'Other organisations' },
  clients: { key: 'client-controller', label: 'Client controllers' },
  agencies: { key: 'recruitment-agencies', label: 'Recruitment agencies' },
} satisfies Record<string, TemplateTerm>;

const purpose = {
  payroll: { key: 'payroll', label: 'Payroll and benefits' },
  recruitment: { key: 'recruitment', label: 'Recruitment' },
  customers: { key: 'customer-management', label: 'Customer relationship management' },
  billing: { key: 'billing-accounting', label: 'Billing, invoicing and accounting' },
  directMarketing: { key: 'direct-marketing', label: 'Direct marketing' },
  analytics: { key: 'analytics', label: 'Website and service analytics' },
  security: { key: 'security', label: 'IT and physical security' },
  suppliers: { key: 'supplier-management', label: 'Supplier management' },
  legal: { key: 'legal-compliance', label: 'Compliance with legal obligations' },
  services: { key: 'service-provision', label: 'Providing products and services' },
} satisfies Record<string, TemplateTerm>;

/** UK company law on accounting records, shared by the templates that keep invoices. */
const ACCOUNTING_LAW = {
  uk: 'Companies Act 2006 ss386–388 (accounting records); VAT Act 1994 Sch 11 para 6 (VAT records)',
};

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  {
    id: 'payroll',
    prefix: 'HR',
    role: 'controller',
    name: 'Payroll',
    department: 'HR',
    description:
      'Paying staff, deducting and reporting tax and contributions, and running pensions and benefits.',
    purposes: [
      {
        purpose: purpose.payroll,
        description: 'Paying salaries and providing benefits under the employment contract',
        // Wages are what the employment contract obliges the employer to pay: Art 6(1)(b).
        lawfulBasis: 'art6-1-b',
        basisSource:
          'GDPR Art 6(1)(b): needed to perform the employment contract (ICO, lawful basis: contract).',
      },
      {
        purpose: purpose.legal,
        description: 'Deducting and reporting income tax and social security contributions',
        // Employers must operate tax and contribution deductions by law: Art 6(1)(c).
        lawfulBasis: 'art6-1-c',
        basisSource:
          'GDPR Art 6(1)(c): tax and social security law obliges the employer to deduct and report (ICO, lawful basis: legal obligation).',
        lawReference: {
          uk: 'Income Tax (Pay As You Earn) Regulations 2003; Social Security Contributions and Benefits Act 1992',
        },
      },
    ],
    dataSubjects: [subject.employees, subject.formerEmployees],
    personalData: [
      data.identification,
      data.contact,
      data.governmentIds,
      data.financial,
      data.employment,
      data.health,
    ],
    recipients: [recipient.tax, recipient.pensions, recipient.banks, recipient.processors],
    sources: [source.subject],
    // Sickness absence for statutory sick pay is health data: employment law condition, Art 9(2)(b); under
    // UK law with DPA 2018 Sch 1 Part 1 para 1 (which needs an appropriate policy document).
    art9Conditions: ['art9-2-b'],
    ukSchedule1Conditions: ['dpa2018-sch1-p1-1'],
    retention: [
      {
        data: null,
        period: 6,
        unit: 'years',
        fromEvent: 'end of the tax year the record relates to',
        rule: '',
        source:
          'UK: HMRC requires PAYE records for at least 3 years after the tax year (PAYE Regulations 2003 reg 97); 6 years covers contract claims (Limitation Act 1980 s5).',
      },
    ],
  },
  {
    id: 'recruitment',
    prefix: 'HR',
    role: 'controller',
    name: 'Recruitment',
    department: 'HR',
    description: 'Advertising vacancies, assessing applicants, interviewing and making offers.',
    purposes: [
      {
        purpose: purpose.recruitment,
        description: 'Assessing applications and deciding whom to employ',
        // An application is a step the applicant asks for before a contract: Art 6(1)(b).
        lawfulBasis: 'art6-1-b',
        basisSource:
          'GDPR Art 6(1)(b): steps taken at the applicant’s request before entering into a contract (ICO employment guidance, recruitment).',
      },
      {
        purpose: purpose.legal,
        description: 'Checking the successful applicant’s right to work',
        // Right-to-work checks are required of employers by immigration law: Art 6(1)(c).
        lawfulBasis: 'art6-1-c',
        basisSource: 'GDPR Art 6(1)(c): employers must check the right to work before employment starts.',
        lawReference: { uk: 'Immigration, Asylum and Nationality Act 2006 ss15–25' },
      },
    ],
    dataSubjects: [subject.applicants],
    personalData: [data.identification, data.contact, data.employment, data.education, data.governmentIds],
    recipients: [recipient.agencies, recipient.processors],
    sources: [source.subject, source.agencies],
    retention: [
      {
        data: null,
        period: 6,
        unit: 'months',
        fromEvent: 'the recruitment decision (unsuccessful applicants)',
        rule: 'Successful applicants’ data moves to the personnel file.',
        source:
          'Common practice: long enough to answer a discrimination claim (UK: 3 months less a day to bring it, Equality Act 2010 s123, plus early conciliation).',
      },
    ],
  },
  {
    id: 'customers',
    prefix: 'SA',
    role: 'controller',
    name: 'Customer accounts and CRM',
    department: 'Sales',
    description: 'Keeping customer accounts, taking and fulfilling orders, support, invoicing and payment.',
    purposes: [
      {
        purpose: purpose.customers,
        description: 'Managing customer accounts, orders and support',
        // Serving the customer is what the contract with them is for: Art 6(1)(b).
        lawfulBasis: 'art6-1-b',
        basisSource:
          'GDPR Art 6(1)(b): needed to perform the contract with the customer (ICO, lawful basis: contract).',
      },
      {
        purpose: purpose.billing,
        description: 'Invoicing and keeping accounting records',
        // Companies must keep accounting and VAT records: Art 6(1)(c).
        lawfulBasis: 'art6-1-c',
        basisSource: 'GDPR Art 6(1)(c): company and tax law require accounting and VAT records.',
        lawReference: ACCOUNTING_LAW,
      },
    ],
    dataSubjects: [subject.customers],
    personalData: [data.identification, data.contact, data.financial, data.purchases, data.communications],
    recipients: [recipient.processors, recipient.banks, recipient.auditors],
    sources: [source.subject],
    retention: [
      {
        data: null,
        period: 6,
        unit: 'years',
        fromEvent: 'end of the customer relationship',
        rule: '',
        source:
          'UK: contract claims can be brought for 6 years (Limitation Act 1980 s5); VAT records are kept 6 years.',
      },
    ],
  },
  {
    id: 'marketing-emails',
    prefix: 'MK',
    role: 'controller',
    name: 'Marketing e-mails and newsletter',
    department: 'Marketing',
    description:
      'Sending the newsletter and marketing e-mails to people who signed up, and measuring opens and clicks.',
    purposes: [
      {
        purpose: purpose.directMarketing,
        description: 'Sending marketing e-mails and the newsletter',
        // E-mail marketing to individuals needs prior consent under e-privacy law, so the GDPR basis is
        // consent too. (Existing customers under the "soft opt-in" are a separate purpose on 6(1)(f).)
        lawfulBasis: 'art6-1-a',
        basisSource:
          'GDPR Art 6(1)(a): electronic marketing to individuals needs their prior consent (UK PECR reg 22; ePrivacy Directive Art 13; ICO direct marketing guidance).',
      },
    ],
    dataSubjects: [subject.subscribers],
    personalData: [data.identification, data.contact, data.preferences, data.usage],
    recipients: [recipient.processors],
    sources: [source.subject, source.observed],
    retention: [
      {
        data: null,
        period: null,
        unit: null,
        fromEvent: '',
        rule: 'Until consent is withdrawn; then only the e-mail address is kept on a suppression list, so no further messages are sent (Art 21(3)).',
        source:
          'A person who objects must get no more marketing (Art 21(3)); the suppression list is what makes that hold.',
      },
    ],
  },
  {
    id: 'website-analytics',
    prefix: 'MK',
    role: 'controller',
    name: 'Website analytics',
    department: 'Marketing',
    description: 'Measuring how visitors use the website with analytics cookies, to improve it.',
    purposes: [
      {
        purpose: purpose.analytics,
        description: 'Measuring how the website is used in order to improve it',
        // Analytics cookies are not strictly necessary, so storing them needs consent under e-privacy
        // law; the processing that follows rests on that consent.
        lawfulBasis: 'art6-1-a',
        basisSource:
          'GDPR Art 6(1)(a): non-essential cookies need consent (UK PECR reg 6; ePrivacy Directive Art 5(3); ICO cookies guidance).',
      },
    ],
    dataSubjects: [subject.websiteVisitors],
    personalData: [data.onlineIds, data.usage],
    recipients: [recipient.processors],
    sources: [source.observed],
    retention: [
      {
        data: null,
        period: 25,
        unit: 'months',
        fromEvent: 'collection',
        rule: '',
        source:
          'CNIL guidance on audience measurement: cookies last at most 13 months and the data is kept at most 25 months.',
      },
    ],
  },
  {
    id: 'cctv',
    prefix: 'FA',
    role: 'controller',
    name: 'CCTV at our premises',
    department: 'Facilities',
    description:
      'Video cameras covering entrances and the car park, recorded and viewed only after an incident.',
    purposes: [
      {
        purpose: purpose.security,
        description: 'Protecting people and property and investigating incidents',
        // A private business filming its own premises for security relies on legitimate interests
        // (EDPB Guidelines 3/2019); the balancing test must be done and referenced.
        lawfulBasis: 'art6-1-f',
        legitimateInterest: 'Keeping staff, visitors and property safe, and providing evidence of incidents',
        basisSource:
          'GDPR Art 6(1)(f): EDPB Guidelines 3/2019 on video devices (§§17–22); ICO video surveillance guidance. Record the balancing test (LIA).',
      },
    ],
    dataSubjects: [subject.premisesVisitors, subject.employees],
    // Plain CCTV images are not biometric data unless processed to identify people (EDPB 3/2019 §74).
    personalData: [data.images],
    recipients: [recipient.police, recipient.insurers, recipient.processors],
    sources: [source.observed],
    dpiaCriteria: ['wp248-3'],
    retention: [
      {
        data: null,
        period: 30,
        unit: 'days',
        fromEvent: 'recording',
        rule: 'Longer only for footage of an incident, kept with its case.',
        source:
          'EDPB Guidelines 3/2019 §121: a few days is usually enough, and more than 72 hours needs a reason; CNIL: at most one month.',
      },
    ],
  },
  {
    id: 'suppliers',
    prefix: 'FI',
    role: 'controller',
    name: 'Supplier management',
    department: 'Finance',
    description: 'Keeping contacts at suppliers, placing orders, and paying and accounting for invoices.',
    purposes: [
      {
        purpose: purpose.suppliers,
        description: 'Managing orders, contracts and payments with suppliers',
        // The contacts are staff of a supplier company, not parties to the contract themselves, so the
        // basis is legitimate interests (a sole trader's would be contract, 6(1)(b)).
        lawfulBasis: 'art6-1-f',
        legitimateInterest: 'Running our business relationships with suppliers',
        basisSource:
          'GDPR Art 6(1)(f): business contacts at a supplier are not parties to its contract (ICO legitimate interests guidance). Record the balancing test (LIA).',
      },
      {
        purpose: purpose.billing,
        description: 'Paying invoices and keeping accounting records',
        lawfulBasis: 'art6-1-c',
        basisSource: 'GDPR Art 6(1)(c): company and tax law require accounting and VAT records.',
        lawReference: ACCOUNTING_LAW,
      },
    ],
    dataSubjects: [subject.supplierContacts],
    personalData: [data.identification, data.contact, data.employment, data.financial],
    recipients: [recipient.banks, recipient.auditors, recipient.advisers],
    sources: [source.subject, source.others],
    retention: [
      {
        data: null,
        period: 6,
        unit: 'years',
        fromEvent: 'end of the contract',
        rule: '',
        source: 'UK: contract claims can be brought for 6 years (Limitation Act 1980 s5).',
      },
    ],
  },
  {
    id: 'client-processing',
    prefix: 'SV',
    role: 'processor',
    name: 'Services to clients (as processor)',
    department: 'Operations',
    description:
      'Hosting, storing and supporting the personal data clients put into our services, only on their documented instructions (Art 28(3)(a)).',
    purposes: [
      {
        purpose: purpose.services,
        description: 'Providing the contracted services to each client',
        // A processor has no lawful basis of its own (Art 28): the client controller decides it.
        lawfulBasis: null,
        basisSource:
          'None: as a processor you act for the client controller, whose basis it is (Art 28, Art 30(2)).',
      },
    ],
    dataSubjects: [subject.customers, subject.serviceUsers],
    personalData: [data.identification, data.contact, data.usage],
    recipients: [recipient.processors],
    sources: [source.clients],
    retention: [
      {
        data: null,
        period: null,
        unit: null,
        fromEvent: '',
        rule: 'For the term of each client contract; deleted or returned at its end, as the client chooses (Art 28(3)(g)).',
        source: 'Art 28(3)(g): the processor deletes or returns the data at the end of the services.',
      },
    ],
  },
];
