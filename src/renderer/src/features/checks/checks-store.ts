// What the checks say, for the places that show it outside the Checks screen: the register's counts beside
// "Checks" in the sidebar, each activity's in the activities table, each party's in the parties list, and
// the findings on the open activity for the editor's section dots.
import { create } from 'zustand';
import type { Finding, FindingCounts, FindingSeverity } from '../../../../shared/domain/finding';
import { call } from '../../lib/api';
import type { EditorSection } from '../activities/completeness';

export type ChecksFilter = { severity: FindingSeverity | null; article: string | null };

type ChecksState = {
  /** Every finding on the register, counted; null until the first run has answered. */
  counts: FindingCounts | null;
  /** The findings on each activity and its transfers, counted (activities without any left out). */
  byActivity: Record<string, FindingCounts> | null;
  /** The findings on each party (parties without any left out). */
  byParty: Record<string, FindingCounts> | null;
  /** The activity whose findings are held, and those findings (null while they are being read). */
  activityId: string | null;
  activityFindings: Finding[] | null;
  /**
   * A finding clicked in Checks: once that activity is open, the editor scrolls to its section and puts the
   * focus on the field the finding names (when it names one the editor shows).
   */
  focus: { activityId: string; section: EditorSection; field?: string | undefined } | null;
  /** What the Checks screen shows: one severity, one provision, or everything (null). */
  filter: ChecksFilter;
  setFilter(filter: Partial<ChecksFilter>): void;
  refreshCounts(): Promise<void>;
  /** Reads the findings on one activity (again, after a save); null forgets them. */
  loadActivity(id: string | null): Promise<void>;
};

// Answers can arrive out of order (a slow whole-register run, quick saves): only the latest call's lands.
let countsCall = 0;
let activityCall = 0;

export const useChecks = create<ChecksState>((set, get) => ({
  counts: null,
  byActivity: null,
  byParty: null,
  activityId: null,
  activityFindings: null,
  focus: null,
  filter: { severity: null, article: null },
  setFilter(filter) {
    set({ filter: { ...get().filter, ...filter } });
  },
  async refreshCounts() {
    const mine = ++countsCall;
    try {
      // limit 0: the sidebar and the tables need the counts, not tens of thousands of findings.
      const { counts, byActivity, byParty } = await call('checks:run', {
        limit: 0,
        perActivity: true,
        perParty: true,
      });
      if (mine === countsCall) set({ counts, byActivity: byActivity ?? null, byParty: byParty ?? null });
    } catch {
      if (mine === countsCall) set({ counts: null, byActivity: null, byParty: null });
    }
  },
  async loadActivity(id) {
    const mine = ++activityCall;
    if (id === null) {
      set({ activityId: null, activityFindings: null });
      return;
    }
    // Keep what is shown for this activity while it is re-read, so the dots do not flicker on save.
    if (get().activityId !== id) set({ activityId: id, activityFindings: null });
    try {
      const { findings } = await call('checks:run', { activityId: id });
      if (mine === activityCall) set({ activityId: id, activityFindings: findings });
    } catch {
      // The activity is gone (deleted in another window, or undone): nothing to show for it.
      if (mine === activityCall) set({ activityId: id, activityFindings: null });
    }
  },
}));
