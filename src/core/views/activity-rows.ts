// The activities table's rows ('activities:rows'), built from the repositories.
import type { Activity } from '../../shared/domain';
import type { ActivityRow } from '../../shared/ipc/activity-row';
import type { Register } from '../store/register';

function searchText(activity: Activity): string {
  return [
    activity.reference,
    activity.name,
    activity.description,
    activity.department,
    activity.owner,
    ...activity.systems,
    ...activity.purposes.map((p) => p.description),
  ]
    .join('\n')
    .toLowerCase();
}

export function activityRows(register: Register): ActivityRow[] {
  const special = new Set(
    register.terms
      .list('personal-data')
      .filter((t) => t.special !== null)
      .map((t) => t.id),
  );
  return register.activities.list().map((a) => ({
    id: a.id,
    role: a.role,
    reference: a.reference,
    name: a.name,
    department: a.department,
    status: a.status,
    updatedAt: a.updatedAt,
    nextReviewAt: a.nextReviewAt,
    lawfulBases: [...new Set(a.purposes.flatMap((p) => (p.lawfulBasis ? [p.lawfulBasis] : [])))],
    special: a.personalDataIds.some((id) => special.has(id)),
    search: searchText(a),
  }));
}
