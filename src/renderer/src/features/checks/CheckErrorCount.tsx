// The number of check errors beside "Checks" in the sidebar, re-counted after every change to the register.
import { useEffect } from 'react';
import { useRegister } from '../../stores/register-store';
import { useChecks } from './checks-store';
import { describeAllCounts } from '../../../../shared/finding-words';

/**
 * Long enough for the reads that follow a save (or the first screen) to go first, and for a burst of saves
 * to be counted once: checking a 10k-activity register occupies the core for most of a second.
 */
const RECOUNT_DELAY_MS = 500;

export function CheckErrorCount() {
  // register:summary is read again on every load and refresh, so its identity marks "the register changed".
  const summary = useRegister((s) => s.summary);
  const counts = useChecks((s) => s.counts);
  const refreshCounts = useChecks((s) => s.refreshCounts);
  useEffect(() => {
    if (!summary) return;
    const timer = setTimeout(() => void refreshCounts(), RECOUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary, refreshCounts]);
  if (!counts) return null;
  const title = describeAllCounts(counts, ' · ');
  return (
    <span
      className="mono"
      data-testid="check-error-count"
      title={title}
      aria-label={title}
      style={{ color: counts.error > 0 ? 'var(--mantine-color-red-text)' : 'var(--mantine-color-dimmed)' }}
    >
      {counts.error > 0 ? `⚠ ${counts.error}` : '0'}
    </span>
  );
}
