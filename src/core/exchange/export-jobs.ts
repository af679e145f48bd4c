// The export running in a register session, so the app can show how far it has got and cancel it. One at a
// time: a second export waits for the user, not for the first to finish in the background.
import type { ExportProgress } from '../../shared/ipc/contract';
import { RopaError } from '../errors';

type Job = { rows: number; controller: AbortController };

export function exportJobs() {
  let current: Job | null = null;
  return {
    /** Runs one export, counting its rows and handing it the signal that cancels it. */
    async run<T>(work: (onRow: () => void, signal: AbortSignal) => Promise<T>): Promise<T> {
      if (current)
        throw new RopaError('CONFLICT', 'An export is already running: wait for it, or cancel it.');
      const job: Job = { rows: 0, controller: new AbortController() };
      current = job;
      try {
        return await work(() => void job.rows++, job.controller.signal);
      } finally {
        current = null;
      }
    },
    progress(): ExportProgress {
      return { running: current !== null, rows: current?.rows ?? 0 };
    },
    /** Stops the running export at its next row; what it was writing is deleted, an older file kept. */
    cancel(): { cancelled: boolean } {
      if (!current || current.controller.signal.aborted) return { cancelled: false };
      current.controller.abort(
        new RopaError(
          'CANCELLED',
          'The export was cancelled. Nothing was written; a file already at that place was left as it was.',
        ),
      );
      return { cancelled: true };
    },
  };
}
