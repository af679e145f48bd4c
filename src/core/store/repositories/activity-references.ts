// An activity may only point at terms of the right list and at parties that exist; the foreign keys
// would catch a missing row, but not say which field is wrong.
import type { ActivityFields, TermList } from '../../../shared/domain';
import type { Issue } from '../../../shared/ipc/result';
import { RopaError } from '../../errors';
import type { Db } from '../database';

export type ReferenceIndex = { termLists: Map<string, TermList>; partyIds: Set<string> };

export function buildReferenceIndex(db: Db): ReferenceIndex {
  const termLists = new Map(
    db
      .prepare<[], { id: string; list: TermList }>('SELECT id, list FROM term')
      .all()
      .map((t) => [t.id, t.list] as const),
  );
  const partyIds = new Set(
    db
      .prepare<[], { id: string }>('SELECT id FROM party')
      .all()
      .map((p) => p.id),
  );
  return { termLists, partyIds };
}

const LIST_OF_FIELD: [keyof ActivityFields, TermList][] = [
  ['dataSubjectIds', 'data-subject'],
  ['personalDataIds', 'personal-data'],
  ['recipientCategoryIds', 'recipient'],
  ['dataSourceIds', 'data-source'],
  ['securityMeasureIds', 'security-measure'],
];

export function activityReferenceIssues(activity: ActivityFields, index: ReferenceIndex, root = ''): Issue[] {
  const issues: Issue[] = [];
  const at = (path: string) => (root ? `${root}.${path}` : path);
  const checkTerm = (id: string | null, list: TermList, path: string) => {
    if (id === null) return;
    const actual = index.termLists.get(id);
    if (actual === undefined)
      issues.push({ path: at(path), message: `no term with id ${id} in this register` });
    else if (actual !== list)
      issues.push({ path: at(path), message: `term ${id} belongs to the ${actual} list, not ${list}` });
  };
  for (const [field, list] of LIST_OF_FIELD) {
    (activity[field] as string[]).forEach((id, i) => checkTerm(id, list, `${field}[${i}]`));
  }
  activity.purposes.forEach((p, i) => checkTerm(p.termId, 'purpose', `purposes[${i}].termId`));
  activity.retention.forEach((r, i) =>
    checkTerm(r.personalDataTermId, 'personal-data', `retention[${i}].personalDataTermId`),
  );
  activity.parties.forEach((l, i) => {
    if (!index.partyIds.has(l.partyId)) {
      issues.push({
        path: at(`parties[${i}].partyId`),
        message: `no party with id ${l.partyId} in this register`,
      });
    }
  });
  return issues;
}

export function assertActivityReferences(db: Db, activity: ActivityFields, index?: ReferenceIndex): void {
  const issues = activityReferenceIssues(activity, index ?? buildReferenceIndex(db));
  if (issues.length > 0) {
    throw new RopaError(
      'INVALID_INPUT',
      `The activity ${activity.reference} points at things this register does not have:\n${issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
      issues,
    );
  }
}
