// The import running in a register session, so the app can say which phase it is in and cancel it until it
// starts writing. A dry run (the check shown before importing) gives way to a newer one, as the user changes
// the layout or the mode; a real import never runs beside another.
import type { ImportPhase, ImportProgress } from '../../shared/ipc/contract';
import { RopaError } from '../errors';

type Job = {
  dryRun: boolean;
  phase: ImportPhase;
  activities: number | null;
  controller: AbortController;
  settled: Promise<unknown>;
};

export type PhaseReporter = (phase: ImportPhase, activities?: number) => void;

const cancelled = () =>
  new RopaError('CANCELLED', 'The import was cancelled. Nothing was imported; the register is as it was.');

export function importJobs() {
  let current: Job | null = null;
  return {
    async run<T>(
      dryRun: boolean,
      work: (onPhase: PhaseReporter, signal: AbortSignal) => Promise<T>,
    ): Promise<T> {
      while (current) {
        if (!current.dryRun)
          throw new RopaError('CONFLICT', 'An import is already running: wait for it to finish.');
        // Only the newest check is wanted: the older one stops at its next phase.
        const older = current;
        older.controller.abort(cancelled());
        await older.settled;
      }
      const job: Job = {
        dryRun,
        phase: 'reading',
        activities: null,
        controller: new AbortController(),
        settled: Promise.resolve(),
      };
      const onPhase: PhaseReporter = (phase, activities) => {
        job.phase = phase;
        if (activities !== undefined) job.activities = activities;
      };
      const result = work(onPhase, job.controller.signal);
      job.settled = result.catch(() => undefined);
      current = job;
      try {
        return await result;
      } finally {
        if (current === job) current = null;
      }
    },
    progress(): ImportProgress {
      return current
        ? { running: true, dryRun: current.dryRun, phase: current.phase, activities: current.activities }
        : { running: false, dryRun: false, phase: null, activities: null };
    },
    /** Stops the running import before it writes; once writing, it finishes (in one transaction). */
    cancel(): { cancelled: boolean } {
      if (!current || current.phase === 'writing' || current.controller.signal.aborted)
        return { cancelled: false };
      current.controller.abort(cancelled());
      return { cancelled: true };
    },
  };
}
