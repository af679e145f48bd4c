// Merging duplicate terms ("Email" and "E-mail address" after an import): every activity that uses the
// duplicate uses the kept term instead, and the duplicate goes. All or nothing, and each activity changed
// is saved through its repository, so the change log shows what the merge did to the record.
import {
  SPECIAL_KIND_NAMES,
  TERM_LIST_NAMES,
  type Activity,
  type ActivityFields,
  type Term,
} from '../../shared/domain';
import type { TermMergeResult } from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import type { Register } from '../store/register';

const ID_FIELDS = [
  'dataSubjectIds',
  'personalDataIds',
  'recipientCategoryIds',
  'dataSourceIds',
  'securityMeasureIds',
] as const satisfies readonly (keyof ActivityFields)[];

/** The ids with source replaced by target, each once, in the order they first appear. */
function replaced(ids: string[], sourceId: string, targetId: string): string[] {
  return [...new Set(ids.map((id) => (id === sourceId ? targetId : id)))];
}

/**
 * The activity pointing at target wherever it pointed at source. A purpose or retention rule keeps its own
 * row even when another one already names the target: two purposes may rest on different bases and two
 * retention rules may give different periods, and choosing between them is the DPO's call, not the merge's.
 */
export function withTermReplaced(activity: Activity, sourceId: string, targetId: string): Activity {
  const swap = (id: string | null) => (id === sourceId ? targetId : id);
  const next: Activity = {
    ...activity,
    purposes: activity.purposes.map((p) => ({ ...p, termId: swap(p.termId) })),
    retention: activity.retention.map((r) => ({ ...r, personalDataTermId: swap(r.personalDataTermId) })),
  };
  for (const field of ID_FIELDS) next[field] = replaced(activity[field], sourceId, targetId);
  return next;
}

function assertMergeable(source: Term, target: Term): void {
  if (source.id === target.id) {
    throw new RopaError(
      'INVALID_INPUT',
      `"${source.label}" cannot be merged into itself; pick another term.`,
    );
  }
  if (source.list !== target.list) {
    throw new RopaError(
      'CONFLICT',
      `"${source.label}" is in the ${TERM_LIST_NAMES[source.list]} list and "${target.label}" in the ${TERM_LIST_NAMES[target.list]} list; a term can only be merged into a term of its own list.`,
    );
  }
  if (source.special && target.special && source.special !== target.special) {
    throw new RopaError(
      'CONFLICT',
      `"${source.label}" is ${SPECIAL_KIND_NAMES[source.special]} and "${target.label}" is ${SPECIAL_KIND_NAMES[target.special]}; they are not the same kind of data, so one cannot be merged into the other.`,
    );
  }
}

/**
 * The target after the merge. Merging says the two terms name the same data, so what the record knew
 * through the duplicate is kept: a special mark carries over (merging "Health data" into an ordinary
 * "Medical notes" must not quietly drop Art 9 from the activities that hold it; the target becomes Art 9,
 * and the checks then ask every activity using it for its Art 9 condition), and a description or DPV IRI
 * fills the target's blank. What the target already says is never overwritten.
 */
function keptTarget(source: Term, target: Term): Term {
  return {
    ...target,
    special: target.special ?? source.special,
    description: target.description || source.description,
    dpvIri: target.dpvIri ?? source.dpvIri,
  };
}

/** Merges source into target in one transaction: a failure anywhere leaves the register as it was. */
export function mergeTerms(register: Register, sourceId: string, targetId: string): TermMergeResult {
  return register.transaction(() => {
    const source = register.terms.get(sourceId);
    const target = register.terms.get(targetId);
    assertMergeable(source, target);
    const kept = keptTarget(source, target);
    const changedTarget =
      kept.special !== target.special ||
      kept.description !== target.description ||
      kept.dpvIri !== target.dpvIri;
    const saved = changedTarget ? register.terms.save(kept) : target;
    const users = register.activities.usingTerm(source.id);
    for (const id of users) {
      register.activities.save(withTermReplaced(register.activities.get(id), source.id, target.id));
    }
    register.terms.delete(source.id);
    return { target: saved, activities: users.length };
  });
}
