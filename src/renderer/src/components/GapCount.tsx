// What the checks find on a record (an activity with its transfers, or a party): a dot in the colour of the
// worst (red an error, orange a warning, green none) and the number of errors and warnings; notes alone count
// as complete. Nothing while the checks have not answered yet.
import type { FindingCounts } from '../../../shared/domain/finding';
import { describeCounts } from '../../../shared/finding-words';

type Props = {
  /** undefined: no finding; null: not checked yet. */
  counts: FindingCounts | undefined | null;
  testId: string;
};

export function GapCount({ counts, testId }: Props) {
  if (counts === null) return null;
  const serious = (counts?.error ?? 0) + (counts?.warning ?? 0);
  const state = counts && counts.error > 0 ? 'error' : serious > 0 ? 'warning' : 'complete';
  const label = counts ? describeCounts(counts) : 'no gaps found';
  return (
    <span
      className="gap-count"
      role="img"
      title={label}
      aria-label={label}
      data-testid={testId}
      data-state={state}
    >
      <span className={`dot dot-${state}`} aria-hidden />
      {serious > 0 && <span className="mono">{serious}</span>}
    </span>
  );
}
