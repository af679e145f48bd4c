// A spreadsheet a DPO already keeps (CSV, or the first sheet of an .xlsx or .ods workbook, or the sheet the
// mapping names), imported through a column mapping (header → Ropa field): every row is checked first and
// each problem is reported with file, sheet, row, column and what was expected; the preview shows the first
// rows as Ropa will record them; the import writes everything in one transaction.
import { randomUUID } from 'node:crypto';
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
import { dateOf, splitList as split } from './cell-values';
import { DEFAULT_LIMITS, type ImportLimits } from './file-guard';
import type { Sheet } from './sheet-grid';
import { readSpreadsheet } from './sheet-read';
import { MAPPABLE_FIELDS } from '../../shared/ipc/mapped-fields';

/** The fields a column can be mapped to: one list, in src/shared, which the renderer reads too. */
export const MAPPED_FIELDS = MAPPABLE_FIELDS;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const ColumnMapping = z.object({
  /** Header in the file → Ropa field. Unmapped columns are ignored and listed in the preview. */
  columns: z.record(z.string(), z.enum(MAPPED_FIELDS)),
  /** The role of every row when no column gives it. */
  role: z.enum(['controller', 'processor']).default('controller'),
  /** The workbook's sheet to read (.xlsx, .ods); the first visible sheet when absent. */
  sheet: z.string().min(1).max(200).optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

const TERM_FIELDS: Partial<Record<MappedField, TermList>> = {
  dataSubjects: 'data-subject',
  personalData: 'personal-data',
  recipients: 'recipient',
  securityMeasures: 'security-measure',
  dataSources: 'data-source',
};

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

export type MappedPlan = {
  /** The workbook's visible sheets (none for a CSV), and the one read. */
  sheets: string[];
  sheet: string | null;
  headers: string[];
  ignoredColumns: string[];
  activities: (ActivityFieldsInput & { id: string })[];
  newTerms: { id: string; list: TermList; label: string }[];
  issues: Issue[];
};

/** The sheet the mapping names, or the first visible sheet that holds something. */
function pickSheet(file: string, sheets: readonly Sheet[], wanted: string | undefined): Sheet | undefined {
  if (wanted === undefined) return sheets.find((s) => !s.hidden && s.rows.length > 0) ?? sheets[0];
  const sheet =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!sheet)
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: the mapping names the sheet "${wanted}", which the workbook does not have; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}. Nothing was imported.`,
    );
  return sheet;
}

/** Reads and checks every row; writes nothing. */
export async function planMappedImport(
  register: Register,
  file: string,
  mapping: ColumnMapping,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<MappedPlan> {
  const book = await readSpreadsheet(file, limits, ['csv', 'xlsx', 'ods'], 'a mapped import');
  if (book.kind === 'csv' && mapping.sheet !== undefined)
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: the mapping names the sheet "${mapping.sheet}", but a CSV file has no sheets. Nothing was imported.`,
    );
  const sheet = pickSheet(file, book.sheets, mapping.sheet);
  const [head, ...body] = sheet?.rows ?? [];
  const headers = (head?.cells ?? []).map((h) => h.trim());
  const where = `${file}${sheet?.name ? `, sheet "${sheet.name}"` : ''}`;
  const issues: Issue[] = [];
  for (const header of Object.keys(mapping.columns))
    if (!headers.includes(header))
      issues.push({
        path: `${where}, row ${head?.number ?? 1}`,
        message: `the mapping names a column "${header}" the ${sheet?.name ? 'sheet' : 'file'} does not have`,
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
    register.activities.labels().map((a) => [a.reference.toLowerCase(), 'the register']),
  );
  const activities: MappedPlan['activities'] = [];
  body.forEach(({ cells, number: rowNo }) => {
    const at = (column: number) => `${where}, row ${rowNo}, column "${headers[column]}"`;
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
        issues.push({
          path: col >= 0 ? at(col) : `${where}, row ${rowNo}, ${field}`,
          message: issue.message,
        });
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
    sheets: book.kind === 'csv' ? [] : book.sheets.filter((s) => !s.hidden).map((s) => s.name),
    sheet: book.kind === 'csv' ? null : (sheet?.name ?? null),
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
