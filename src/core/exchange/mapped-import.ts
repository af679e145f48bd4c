// A spreadsheet a DPO already keeps, imported through a column mapping (header → Ropa field): every row is
// checked first and each problem is reported with file, row, column and what was expected; the preview
// shows the first rows as Ropa will record them; the import writes everything in one transaction.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import {
  ActivityFields,
  LAWFUL_BASES,
  type ActivityFieldsInput,
  type LawfulBasis,
  type TermList,
} from '../../shared/domain';
import type { Issue } from '../../shared/ipc/result';
import { RopaError } from '../errors';
import { describeIssues } from '../issues';
import { referenceData } from '../reference';
import type { Register } from '../store/register';
import { parseCsv } from './csv-read';
import { DEFAULT_LIMITS, inspectSpreadsheet, type ImportLimits } from './file-guard';

export const MAPPED_FIELDS = [
  'reference',
  'name',
  'role',
  'description',
  'department',
  'owner',
  'status',
  'purposes',
  'lawfulBasis',
  'dataSubjects',
  'personalData',
  'recipients',
  'securityMeasures',
  'dataSources',
  'retention',
  'systems',
  'storageLocation',
  'notes',
  'lastReviewedAt',
  'nextReviewAt',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const ColumnMapping = z.object({
  /** Header in the file → Ropa field. Unmapped columns are ignored and listed in the preview. */
  columns: z.record(z.string(), z.enum(MAPPED_FIELDS)),
  /** The role of every row when no column gives it. */
  role: z.enum(['controller', 'processor']).default('controller'),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

const TERM_FIELDS: Partial<Record<MappedField, TermList>> = {
  dataSubjects: 'data-subject',
  personalData: 'personal-data',
  recipients: 'recipient',
  securityMeasures: 'security-measure',
  dataSources: 'data-source',
};

const split = (text: string): string[] =>
  text
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function lawfulBasisOf(text: string): LawfulBasis | null {
  const t = text.trim().toLowerCase();
  for (const b of referenceData.legalBases.art6)
    if (
      b.id === t ||
      b.label.toLowerCase() === t ||
      b.shortLabel.toLowerCase() === t ||
      b.article.toLowerCase() === t
    )
      return LAWFUL_BASES.find((id) => id === b.id) ?? null;
  return null;
}

function dateOf(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  return fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : undefined;
}

export type MappedPlan = {
  headers: string[];
  ignoredColumns: string[];
  activities: (ActivityFieldsInput & { id: string })[];
  newTerms: { id: string; list: TermList; label: string }[];
  issues: Issue[];
};

/** Reads and checks every row; writes nothing. */
export function planMappedImport(
  register: Register,
  file: string,
  mapping: ColumnMapping,
  limits: ImportLimits = DEFAULT_LIMITS,
): MappedPlan {
  if (inspectSpreadsheet(file, limits) !== 'csv')
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: a mapped import reads CSV files; save the sheet as CSV (UTF-8) first.`,
    );
  const [headers = [], ...body] = parseCsv(fs.readFileSync(file, 'utf8'), file, limits);
  const issues: Issue[] = [];
  for (const header of Object.keys(mapping.columns))
    if (!headers.includes(header))
      issues.push({
        path: `${file}, row 1`,
        message: `the mapping names a column "${header}" the file does not have`,
      });
  const fieldAt = headers.map((h) => mapping.columns[h]);
  const terms = new Map(register.terms.list().map((t) => [`${t.list}:${t.label.toLowerCase()}`, t.id]));
  const newTerms: MappedPlan['newTerms'] = [];
  const termId = (list: TermList, label: string): string => {
    const key = `${list}:${label.toLowerCase()}`;
    let id = terms.get(key);
    if (id === undefined) {
      id = randomUUID();
      terms.set(key, id);
      newTerms.push({ id, list, label });
    }
    return id;
  };
  const references = new Map(
    register.activities.list().map((a) => [a.reference.toLowerCase(), 'the register']),
  );
  const activities: MappedPlan['activities'] = [];
  body.forEach((cells, index) => {
    const rowNo = index + 2;
    const at = (column: number) => `${file}, row ${rowNo}, column "${headers[column]}"`;
    const value = (field: MappedField) => {
      const column = fieldAt.indexOf(field);
      return column < 0 ? '' : (cells[column] ?? '').trim();
    };
    const column = (field: MappedField) => fieldAt.indexOf(field);
    const role = value('role').toLowerCase() || mapping.role;
    if (role !== 'controller' && role !== 'processor') {
      issues.push({
        path: at(column('role')),
        message: `expected "controller" or "processor", found "${value('role')}"`,
      });
      return;
    }
    const bases = split(value('lawfulBasis'));
    const purposes = split(value('purposes')).map((description, i) => {
      const text = bases[i] ?? bases[0];
      const basis = text === undefined || role === 'processor' ? null : lawfulBasisOf(text);
      if (text !== undefined && role === 'controller' && basis === null)
        issues.push({
          path: at(column('lawfulBasis')),
          message: `unknown lawful basis "${text}"; expected one of ${referenceData.legalBases.art6.map((b) => `${b.shortLabel} (${b.id})`).join(', ')}`,
        });
      return { description, lawfulBasis: basis };
    });
    const dates: Record<string, string | null> = {};
    for (const field of ['lastReviewedAt', 'nextReviewAt'] as const) {
      const d = dateOf(value(field));
      if (d === undefined)
        issues.push({
          path: at(column(field)),
          message: `expected a date written YYYY-MM-DD or DD/MM/YYYY, found "${value(field)}"`,
        });
      dates[field] = d ?? null;
    }
    const termIds = (field: MappedField) =>
      split(value(field)).map((label) => termId(TERM_FIELDS[field]!, label));
    const draft = {
      id: randomUUID(),
      role,
      reference: value('reference'),
      name: value('name'),
      description: value('description'),
      department: value('department'),
      owner: value('owner'),
      status: (value('status').toLowerCase() || 'draft') as ActivityFieldsInput['status'],
      systems: split(value('systems')),
      storageLocation: value('storageLocation'),
      notes: value('notes'),
      purposes,
      dataSubjectIds: role === 'controller' ? termIds('dataSubjects') : [],
      personalDataIds: role === 'controller' ? termIds('personalData') : [],
      recipientCategoryIds: role === 'controller' ? termIds('recipients') : [],
      securityMeasureIds: termIds('securityMeasures'),
      dataSourceIds: termIds('dataSources'),
      retention: value('retention') ? [{ rule: value('retention') }] : [],
      lastReviewedAt: dates.lastReviewedAt ?? null,
      nextReviewAt: dates.nextReviewAt ?? null,
    } satisfies ActivityFieldsInput & { id: string };
    const parsed = ActivityFields.safeParse(draft);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const col = fieldAt.findIndex(
          (f) => f !== undefined && (f === field || (field === 'purposes' && f === 'lawfulBasis')),
        );
        issues.push({ path: col >= 0 ? at(col) : `${file}, row ${rowNo}, ${field}`, message: issue.message });
      }
    const seen = references.get(draft.reference.toLowerCase());
    if (draft.reference && seen !== undefined)
      issues.push({
        path: at(column('reference')),
        message: `reference ${draft.reference} is already used in ${seen}`,
      });
    references.set(draft.reference.toLowerCase(), `row ${rowNo}`);
    activities.push(draft);
  });
  return {
    headers,
    ignoredColumns: headers.filter((h) => mapping.columns[h] === undefined),
    activities,
    newTerms,
    issues,
  };
}

/** Writes a checked plan in one transaction: new terms first, then the activities. */
export function runMappedImport(register: Register, plan: MappedPlan): { activities: number; terms: number } {
  if (plan.issues.length > 0)
    throw new RopaError(
      'INVALID_INPUT',
      `${plan.issues.length} problem(s); nothing was imported:\n${describeIssues(plan.issues)}`,
      plan.issues,
    );
  return register.transaction(() => {
    const ids = new Map<string, string>();
    for (const t of plan.newTerms)
      ids.set(
        t.id,
        register.terms.save({
          list: t.list,
          label: t.label,
          description: '',
          special: null,
          dpvIri: null,
          seedKey: null,
        }).id,
      );
    const to = (id: string) => ids.get(id) ?? id;
    for (const { id: _placeholder, ...draft } of plan.activities) {
      const fields = ActivityFields.parse({
        ...draft,
        dataSubjectIds: (draft.dataSubjectIds ?? []).map(to),
        personalDataIds: (draft.personalDataIds ?? []).map(to),
        recipientCategoryIds: (draft.recipientCategoryIds ?? []).map(to),
        securityMeasureIds: (draft.securityMeasureIds ?? []).map(to),
        dataSourceIds: (draft.dataSourceIds ?? []).map(to),
      });
      register.activities.save(fields);
    }
    return { activities: plan.activities.length, terms: plan.newTerms.length };
  });
}
