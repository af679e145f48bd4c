// The activity the editor shows: read in full with activities:get when the selection changes (and again
// after each change to the register). The one on screen stays until the next has arrived, so a click on
// another row swaps the editor's content in one step instead of unmounting it first.
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/domain';
import type { ActivityRow } from '../../../../shared/ipc/activity-row';
import { call } from '../../lib/api';

export function useOpenActivity(
  id: string | null,
  rows: readonly ActivityRow[],
): [Activity | null, (activity: Activity | null) => void] {
  const [loaded, setLoaded] = useState<Activity | null>(null);
  useEffect(() => {
    if (!id) {
      setLoaded(null);
      return;
    }
    let current = true;
    call('activities:get', { id })
      .then((activity) => current && setLoaded(activity))
      .catch(() => current && setLoaded(null));
    return () => {
      current = false;
    };
  }, [id, rows]);
  return [loaded, setLoaded];
}
