// The change log in words: which fields of an entity changed, with their values as a person reads them
// (term labels, party names, lawful bases by name), not as ids.
import type { Certification, Contact, FieldChange, HistoryEntry } from '../../shared/domain';
import { CERTIFICATION_SCHEME_LABELS } from '../../shared/domain/codes';
import type { ChangeEntry } from '../../shared/ipc/contract';
import { counted } from '../../shared/counted';
import { contactLabel, dpiaCriterionLabel } from '../exchange/labels';
import { referenceData } from '../reference';

export type Names = { term(id: string): string | undefined; party(id: string): string | undefined };

const LABELS: Record<string, string> = {
  legalName: 'legal name',
  lawfulBasis: 'lawful basis',
  purposes: 'purposes',
  dataSubjectIds: 'data subjects',
  personalDataIds: 'personal data',
  recipientCategoryIds: 'recipients',
  dataSourceIds: 'data sources',
  securityMeasureIds: 'security measures',
  securityNotes: 'security notes',
  art9Conditions: 'Art 9 conditions',
  art10Conditions: 'Art 10 conditions',
  art10LawReference: 'Art 10 law',
  ukSchedule1Conditions: 'DPA 2018 Schedule 1 conditions',
  retention: 'retention',
  parties: 'parties',
  dpia: 'DPIA',
  lastReviewedAt: 'last reviewed',
  nextReviewAt: 'next review',
  storageLocation: 'storage location',
  automatedDecisionMaking: 'automated decision-making',
  partyId: 'importer',
  activityId: 'activity',
  sccModule: 'SCC module',
  since: 'transfer date',
  tiaDate: 'TIA date',
  tiaReference: 'TIA reference',
  safeguardsDocumentation: 'documented safeguards',
  dpaSignedOn: 'DPA signed on',
  dpoContact: 'DPO',
  representative: 'representative (Art 27)',
  euRepresentative: 'EU representative',
  ukRepresentative: 'UK representative',
  dpo: 'DPO',
  reviewIntervalMonths: 'review interval (months)',
};
const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);
const basisName = new Map(referenceData.legalBases.art6.map((b) => [b.id as string, b.shortLabel as string]));

function words(field: string): string {
  return LABELS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

type Purpose = { description?: string; lawfulBasis?: string | null };
type Retention = { period?: number | null; unit?: string | null; rule?: string };
type Link = { partyId?: string; relation?: string };

function render(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (field.endsWith('Ids') && Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((id: string) => names.term(id) ?? id).join(', ');
  }
  if (field === 'purposes' && Array.isArray(value)) {
    return (value as Purpose[])
      .map(
        (p) =>
          `${p.description || 'purpose'} (${p.lawfulBasis ? (basisName.get(p.lawfulBasis) ?? p.lawfulBasis) : 'no basis'})`,
      )
      .join('; ');
  }
  if (field === 'retention' && Array.isArray(value)) {
    return (value as Retention[])
      .map((r) =>
        r.period !== null && r.period !== undefined ? `${r.period} ${r.unit ?? ''}`.trim() : r.rule || 'rule',
      )
      .join('; ');
  }
  if (field === 'parties' && Array.isArray(value)) {
    return (value as Link[])
      .map((l) => `${names.party(l.partyId ?? '') ?? l.partyId} (${l.relation})`)
      .join('; ');
  }
  if (field === 'partyId' && typeof value === 'string') return names.party(value) ?? value;
  if (field === 'dpia' && isObject(value)) {
    const criteria = Array.isArray(value.criteria) ? (value.criteria as string[]) : [];
    return inWords({ ...value, criteria: criteria.map(dpiaCriterionLabel) });
  }
  if (field === 'certifications' && Array.isArray(value)) {
    return value.length === 0
      ? '(none)'
      : (value as Certification[])
          .map(
            (c) =>
              `${CERTIFICATION_SCHEME_LABELS[c.scheme] ?? c.scheme}${c.reference ? ` (${c.reference})` : ''}, ${c.lastCheckedOn ? `checked ${c.lastCheckedOn}` : 'never checked'}`,
          )
          .join('; ');
  }
  if (Array.isArray(value))
    return value.length === 0
      ? '(none)'
      : value.map((v) => inWords(v)).join(value.some(isObject) ? '; ' : ', ');
  return inWords(value);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Any other value as a person reads it: a contact block (a DPO, a representative) as its details in a row,
 * another object (the DPIA, automated decision-making) as "what: value" pairs. Never raw JSON.
 */
function inWords(value: unknown): string {
  if (!isObject(value)) return Array.isArray(value) ? value.map(inWords).join(', ') : String(value);
  if ('email' in value && 'name' in value) {
    const details = contactLabel(value as Contact);
    const kind = value.kind === 'external' ? ' (external)' : '';
    return details === '' ? '(none)' : `${details}${kind}`;
  }
  const pairs = Object.entries(value)
    .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${words(k)}: ${typeof v === 'boolean' ? (v ? 'yes' : 'no') : inWords(v)}`);
  return pairs.length === 0 ? '(none)' : pairs.join('; ');
}

/** A single changed purpose reads better as "lawful basis of X from A to B" than as two purpose lists. */
function purposeChanges(before: Purpose[], after: Purpose[]): FieldChange[] | null {
  if (before.length !== after.length) return null;
  const changes: FieldChange[] = [];
  before.forEach((b, i) => {
    const a = after[i]!;
    if (b.description !== a.description)
      return void changes.push({
        field: 'purposes',
        label: 'purpose',
        from: b.description || '(none)',
        to: a.description || '(none)',
      });
    if (b.lawfulBasis !== a.lawfulBasis) {
      const name = (basis: string | null | undefined) => (basis ? (basisName.get(basis) ?? basis) : '(none)');
      changes.push({
        field: 'purposes',
        label: `lawful basis of "${a.description || `purpose ${i + 1}`}"`,
        from: name(b.lawfulBasis),
        to: name(a.lawfulBasis),
      });
    }
  });
  return changes.length > 0 ? changes : null;
}

export function fieldChanges(before: unknown, after: unknown, names: Names): FieldChange[] {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(field) || JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    const detailed =
      field === 'purposes'
        ? purposeChanges((b[field] ?? []) as Purpose[], (a[field] ?? []) as Purpose[])
        : null;
    if (detailed) changes.push(...detailed);
    else
      changes.push({
        field,
        label: words(field),
        from: render(field, b[field], names),
        to: render(field, a[field], names),
      });
  }
  return changes;
}

export function describeChange(entry: ChangeEntry, names: Names): HistoryEntry {
  const day = entry.at.slice(0, 10);
  const changes = entry.action === 'update' ? fieldChanges(entry.before, entry.after, names) : [];
  const detail = importDetail(entry);
  const what = `${entry.entity} ${entry.label}`;
  const summary =
    entry.action === 'create'
      ? `created on ${day}: ${what}`
      : entry.action === 'delete'
        ? `deleted on ${day}: ${what}`
        : entry.action === 'import'
          ? `imported on ${day}: ${entry.label}${detail ? `, ${detail}` : ''}`
          : `changed on ${day}: ${changes.length === 0 ? 'no field changed' : changes.map((c) => `${c.label} from ${c.from} to ${c.to}`).join('; ')}`;
  // Only the words go out: the records before and after stay in the change log (they can be whole activities).
  const { id, at, entity, entityId, action, label } = entry;
  return { id, at, entity, entityId, action, label, changes, summary, ...(detail ? { detail } : {}) };
}

/** What an import brought, from the counts it logged: "30 activities, 200 parties, 8 transfers, 106 terms". */
function importDetail(entry: ChangeEntry): string | null {
  if (entry.action !== 'import' || typeof entry.after !== 'object' || entry.after === null) return null;
  const counts = entry.after as Partial<Record<'activities' | 'parties' | 'transfers' | 'terms', number>>;
  const nouns = { activities: 'activity', parties: 'party', transfers: 'transfer', terms: 'term' } as const;
  const parts = (Object.keys(nouns) as (keyof typeof nouns)[])
    .filter((k) => typeof counts[k] === 'number')
    .map((k) => counted(counts[k]!, nouns[k]));
  return parts.length > 0 ? parts.join(', ') : null;
}
