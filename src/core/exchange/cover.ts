// The cover sheet: who keeps the record, as at when, how much it holds and which Art 30 items are empty.
// (The rules engine's findings are not used here yet: the completeness summary counts empty items itself.)
import type { Activity, RegisterDocument } from '../../shared/domain';
import { contactLabel, countryLabel } from './labels';

export type CoverRow = [label: string, value: string | number];

type Item = { label: string; role: Activity['role']; empty: (a: Activity) => boolean };

/** The Art 30 items a reader expects on every activity; an empty one is a gap in the record. */
const ITEMS: readonly Item[] = [
  { label: '30(1)(b) purposes', role: 'controller', empty: (a) => a.purposes.length === 0 },
  {
    label: 'Art 6 lawful basis for every purpose',
    role: 'controller',
    empty: (a) => a.purposes.length === 0 || a.purposes.some((p) => p.lawfulBasis === null),
  },
  { label: '30(1)(c) data subjects', role: 'controller', empty: (a) => a.dataSubjectIds.length === 0 },
  { label: '30(1)(c) personal data', role: 'controller', empty: (a) => a.personalDataIds.length === 0 },
  {
    label: '30(1)(d) recipients',
    role: 'controller',
    empty: (a) =>
      a.recipientCategoryIds.length === 0 && !a.parties.some((p) => p.relation !== 'joint-controller'),
  },
  { label: '30(1)(f) time limits for erasure', role: 'controller', empty: (a) => a.retention.length === 0 },
  {
    label: '30(1)(g) security measures',
    role: 'controller',
    empty: (a) => a.securityMeasureIds.length === 0 && a.securityNotes === '',
  },
  {
    label: '30(2)(a) controllers processed for',
    role: 'processor',
    empty: (a) => !a.parties.some((p) => p.relation === 'client-controller'),
  },
  {
    label: '30(2)(d) security measures',
    role: 'processor',
    empty: (a) => a.securityMeasureIds.length === 0 && a.securityNotes === '',
  },
];

export function coverRows(
  doc: RegisterDocument,
  meta: { lastChangeAt: string | null; asAt: string | null; filters: string },
): CoverRow[] {
  const org = doc.organisation;
  const controller = doc.activities.filter((a) => a.role === 'controller');
  const processor = doc.activities.filter((a) => a.role === 'processor');
  const rows: CoverRow[] = [
    ['Record of processing activities (GDPR / UK GDPR Article 30)', ''],
    ['Organisation', org.legalName],
    ['Trading name', org.tradingName],
    ['Company number', org.companyNumber],
    ['Address', [org.address, countryLabel(org.country)].filter(Boolean).join('\n')],
    ['Contact', [org.contactEmail, org.contactPhone, org.website].filter(Boolean).join('\n')],
    ['Roles', org.roles.join(', ')],
    [
      'Data protection officer',
      org.dpo
        ? `${contactLabel(org.dpo)}${org.dpo.kind === 'external' ? ' (external)' : ''}`
        : 'none recorded',
    ],
    [
      'EU representative (Art 27)',
      org.euRepresentative ? contactLabel(org.euRepresentative) : 'none recorded',
    ],
    [
      'UK representative (UK GDPR Art 27)',
      org.ukRepresentative ? contactLabel(org.ukRepresentative) : 'none recorded',
    ],
    ['Exported on', doc.exportedAt.slice(0, 10)],
    ['As at', meta.asAt ?? 'the date of export'],
    ['Register last changed', meta.lastChangeAt?.slice(0, 10) ?? 'never'],
    ['Scope', meta.filters],
    ['Controller activities', controller.length],
    ['Processor activities', processor.length],
    ['Parties', doc.parties.length],
    ['Transfers', doc.transfers.length],
    ['Completeness (activities with the item empty)', ''],
  ];
  for (const item of ITEMS) {
    const pool = item.role === 'controller' ? controller : processor;
    if (pool.length === 0) continue;
    rows.push([item.label, `${pool.filter(item.empty).length} of ${pool.length} empty`]);
  }
  return rows;
}
