// The register as one JSON document (lossless), and its import: validate everything first, report every
// problem with its path, then write it all in one transaction — or nothing.
import {
  REGISTER_DOCUMENT_FORMAT,
  REGISTER_DOCUMENT_VERSION,
  RegisterDocument,
  type Activity,
  type RegisterDocument as RegisterDocumentType,
} from '../../shared/domain';
import type { ImportSummary } from '../../shared/ipc/contract';
import type { Issue } from '../../shared/ipc/result';
import { RopaError } from '../errors';
import { describeIssues, zodIssues } from '../issues';
import {
  activityReferenceIssues,
  buildReferenceIndex,
  type ReferenceIndex,
} from '../store/repositories/activity-references';
import type { Register } from '../store/register';
import { codeIssues } from '../validate-codes';

export function exportRegisterDocument(register: Register): RegisterDocumentType {
  return {
    format: REGISTER_DOCUMENT_FORMAT,
    version: REGISTER_DOCUMENT_VERSION,
    exportedAt: new Date().toISOString(),
    organisation: register.organisation.get(),
    terms: register.terms.list(),
    parties: register.parties.list(),
    activities: register.activities.list(),
    transfers: register.transfers.list(),
  };
}

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (index: number) => string,
  what: string,
): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else issues.push({ path: path(index), message: `${what} ${k} appears twice (first at index ${first})` });
  });
  return issues;
}

/** Everything wrong with a parsed document that its schema alone cannot see. */
function documentIssues(doc: RegisterDocumentType, existing: ReferenceIndex | null): Issue[] {
  const index: ReferenceIndex = {
    termLists: new Map([...(existing?.termLists ?? []), ...doc.terms.map((t) => [t.id, t.list] as const)]),
    partyIds: new Set([...(existing?.partyIds ?? []), ...doc.parties.map((p) => p.id)]),
  };
  const activityIds = new Set(doc.activities.map((a) => a.id));
  const issues: Issue[] = [
    ...duplicates(
      doc.terms,
      (t) => t.id,
      (i) => `terms[${i}].id`,
      'id',
    ),
    ...duplicates(
      doc.terms,
      (t) => `${t.list}:${t.label.toLowerCase()}`,
      (i) => `terms[${i}].label`,
      'term',
    ),
    ...duplicates(
      doc.parties,
      (p) => p.id,
      (i) => `parties[${i}].id`,
      'id',
    ),
    ...duplicates(
      doc.activities,
      (a) => a.id,
      (i) => `activities[${i}].id`,
      'id',
    ),
    ...duplicates(
      doc.activities,
      (a) => a.reference.toLowerCase(),
      (i) => `activities[${i}].reference`,
      'reference',
    ),
    ...duplicates(
      doc.transfers,
      (t) => t.id,
      (i) => `transfers[${i}].id`,
      'id',
    ),
    ...codeIssues({ countries: { country: doc.organisation.country } }, 'organisation'),
  ];
  doc.parties.forEach((p, i) =>
    issues.push(...codeIssues({ countries: { country: p.country } }, `parties[${i}]`)),
  );
  doc.activities.forEach((a, i) => {
    issues.push(...activityReferenceIssues(a, index, `activities[${i}]`));
    issues.push(...codeIssues({ ukSchedule1: a.ukSchedule1Conditions }, `activities[${i}]`));
  });
  doc.transfers.forEach((t, i) => {
    const root = `transfers[${i}]`;
    if (!activityIds.has(t.activityId)) {
      issues.push({
        path: `${root}.activityId`,
        message: `no activity with id ${t.activityId} in the document`,
      });
    }
    if (t.partyId !== null && !index.partyIds.has(t.partyId)) {
      issues.push({ path: `${root}.partyId`, message: `no party with id ${t.partyId}` });
    }
    issues.push(...codeIssues({ countries: { country: t.country }, mechanism: t.mechanism }, root));
  });
  return issues;
}

/**
 * In a merge, a document term with the same list and label as one the register has (the starter lists of
 * two registers, say) is the same term: the document's references are pointed at the register's.
 */
function reuseExistingTerms(register: Register, doc: RegisterDocumentType): RegisterDocumentType {
  const existing = new Map(register.terms.list().map((t) => [`${t.list}:${t.label.toLowerCase()}`, t.id]));
  const remap = new Map<string, string>();
  for (const term of doc.terms) {
    const id = existing.get(`${term.list}:${term.label.toLowerCase()}`);
    if (id !== undefined && id !== term.id) remap.set(term.id, id);
  }
  if (remap.size === 0) return doc;
  const to = (id: string) => remap.get(id) ?? id;
  const toNullable = (id: string | null) => (id === null ? null : to(id));
  return {
    ...doc,
    terms: doc.terms.filter((t) => !remap.has(t.id)),
    activities: doc.activities.map((a) => ({
      ...a,
      dataSubjectIds: a.dataSubjectIds.map(to),
      personalDataIds: a.personalDataIds.map(to),
      recipientCategoryIds: a.recipientCategoryIds.map(to),
      dataSourceIds: a.dataSourceIds.map(to),
      securityMeasureIds: a.securityMeasureIds.map(to),
      purposes: a.purposes.map((p) => ({ ...p, termId: toNullable(p.termId) })),
      retention: a.retention.map((r) => ({ ...r, personalDataTermId: toNullable(r.personalDataTermId) })),
    })),
  };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A document checked whole and ready to write: its problems were all reported before this exists. */
export type PreparedDocument = { doc: RegisterDocumentType; mode: 'replace' | 'merge' };

/** Validates a document against the schema and the register (in a merge); throws every problem at once. */
export function prepareRegisterDocument(
  register: Register,
  raw: unknown,
  mode: 'replace' | 'merge',
): PreparedDocument {
  const parsed = RegisterDocument.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new RopaError(
      'INVALID_INPUT',
      `The document is not a valid Ropa register:\n${describeIssues(issues)}`,
      issues,
    );
  }
  const doc = mode === 'merge' ? reuseExistingTerms(register, parsed.data) : parsed.data;
  const issues = documentIssues(doc, mode === 'merge' ? buildReferenceIndex(register.db) : null);
  if (issues.length > 0) {
    throw new RopaError(
      'INVALID_INPUT',
      `The document has ${issues.length} problem(s); nothing was imported:\n${describeIssues(issues)}`,
      issues,
    );
  }
  return { doc, mode };
}

/** Writes a prepared document in one transaction. */
export function writeRegisterDocument(register: Register, { doc, mode }: PreparedDocument): ImportSummary {
  return register.transaction(() => {
    if (mode === 'replace') {
      for (const table of ['transfer', 'activity', 'party', 'term'])
        register.db.prepare(`DELETE FROM ${table}`).run();
      register.organisation.restore(doc.organisation);
    }
    doc.terms.forEach((t) => register.terms.restore(t));
    doc.parties.forEach((p) => register.parties.restore(p));
    // In id order: each index then grows at its end instead of splitting pages all over the tree.
    [...doc.activities].sort(byId).forEach((a: Activity) => register.activities.restore(a));
    doc.transfers.forEach((t) => register.transfers.restore(t));
    const summary = {
      terms: doc.terms.length,
      parties: doc.parties.length,
      activities: doc.activities.length,
      transfers: doc.transfers.length,
    };
    register.changes.record('register', doc.organisation.id, 'import', `import (${mode})`, null, summary);
    return summary;
  });
}

export function importRegisterDocument(
  register: Register,
  raw: unknown,
  mode: 'replace' | 'merge',
): ImportSummary {
  return writeRegisterDocument(register, prepareRegisterDocument(register, raw, mode));
}
