// The activities table's rows ('activities:rows'), built from the repositories.
import type { Activity } from '../../shared/domain';
import type { ActivityRow } from '../../shared/ipc/activity-row';
import type { Register } from '../store/register';

type Purpose = Activity['purposes'][number];

/**
 * Read from the table columns, not whole records: on a 10k register this is what the first screen waits
 * for. The search text is the one the store keeps for "search as you type".
 */
export function activityRows(register: Register): ActivityRow[] {
  const special = new Set(
    register.terms
      .list('personal-data')
      .filter((t) => t.special !== null)
      .map((t) => t.id),
  );
  return register.activities.tableColumns().map(({ purposes, personalDataIds, ...row }) => ({
    ...row,
    lawfulBases: [
      ...new Set((JSON.parse(purposes) as Purpose[]).flatMap((p) => (p.lawfulBasis ? [p.lawfulBasis] : []))),
    ],
    special: (JSON.parse(personalDataIds) as string[]).some((id) => special.has(id)),
  }));
}
