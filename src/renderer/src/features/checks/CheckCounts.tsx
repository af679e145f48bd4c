// What the checks find, beside "Checks" in the sidebar: errors in red, warnings in amber (UI.md: "Checks
// shows errors/warnings"), re-counted after every change to the register.
import { useEffect } from 'react';
import { useRegister } from '../../stores/register-store';
import { useChecks } from './checks-store';
import { describeAllCounts } from '../../../../shared/finding-words';

/**
 * Long enough for the reads that follow a save (or the first screen) to go first, and for a burst of saves
 * to be counted once: checking a 10k-activity register occupies the core for most of a second.
 */
const RECOUNT_DELAY_MS = 500;

export function CheckCounts() {
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
  const clean = counts.error === 0 && counts.warning === 0;
  return (
    <span className="mono" title={title} aria-label={title} data-testid="check-counts">
      {counts.error > 0 && (
        <span data-testid="check-error-count" style={{ color: 'var(--mantine-color-red-text)' }}>
          ⚠ {counts.error}
        </span>
      )}
      {counts.error > 0 && counts.warning > 0 && <span className="muted"> · </span>}
      {counts.warning > 0 && (
        <span data-testid="check-warning-count" className="count-warning">
          {counts.warning}
        </span>
      )}
      {clean && <span className="muted">0</span>}
    </span>
  );
}
