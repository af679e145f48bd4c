// The editor works on a full copy of the activity; a new one starts blank with the role chosen.
import type { Activity, ActivityFields } from '../../../../shared/domain';
import type { ActivityRole } from '../../../../shared/domain/codes';

export type ActivityDraftState = ActivityFields & { id?: string };
export type UpdateDraft = (patch: Partial<ActivityDraftState>) => void;
/** Field errors by path, as the contract reports them (`purposes[0].lawfulBasis`). */
export type FieldErrors = Record<string, string>;

export function blankActivity(role: ActivityRole, reference = ''): ActivityDraftState {
  return {
    role,
    reference,
    name: '',
    description: '',
    department: '',
    owner: '',
    status: 'draft',
    systems: [],
    storageLocation: '',
    dataSourceIds: [],
    securityMeasureIds: [],
    securityNotes: '',
    dpia: { criteria: [], status: 'not-assessed', reference: '' },
    automatedDecisionMaking: { used: false, description: '' },
    lastReviewedAt: null,
    nextReviewAt: null,
    notes: '',
    purposes: [],
    dataSubjectIds: [],
    personalDataIds: [],
    recipientCategoryIds: [],
    art9Conditions: [],
    art10Conditions: [],
    art10LawReference: '',
    ukSchedule1Conditions: [],
    retention: [],
    parties: [],
  };
}

export function draftOf(activity: Activity): ActivityDraftState {
  const { createdAt: _created, updatedAt: _updated, ...fields } = activity;
  return fields;
}

/**
 * The next free reference with a prefix, e.g. "PA-007", so a new activity can be saved at once. Counts
 * only the references with that prefix: the first HR activity is HR-001 whatever else the register holds.
 */
export function nextReference(existing: readonly string[], prefix: string): string {
  const mine = existing.filter((r) => r.startsWith(`${prefix}-`));
  const taken = new Set(mine);
  for (let n = mine.length + 1; ; n++) {
    const candidate = `${prefix}-${String(n).padStart(3, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}
