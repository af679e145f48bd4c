// The export under way and what the last one did, kept outside the Export screen: a long export goes on
// while the user looks elsewhere, and coming back shows its progress or its outcome rather than a blank form.
import { create } from 'zustand';
import type { Input } from '../../../../shared/ipc/contract';
import type { ExportResult } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import type { ExportFormat } from './export-choice';

type ExportJob = {
  running: boolean;
  /** Rows written so far by the export under way. */
  rows: number;
  done: ExportResult | null;
  /** The layout of the finished export (the picker may have moved on since). */
  doneFormat: ExportFormat;
  cancelled: string | null;
  error: string | null;
  run(request: Input<'exports:write'>): Promise<void>;
};

/** How often a running export is asked how many rows it has written. */
const PROGRESS_EVERY_MS = 250;

export const useExportJob = create<ExportJob>((set, get) => ({
  running: false,
  rows: 0,
  done: null,
  doneFormat: 'full',
  cancelled: null,
  error: null,
  async run(request) {
    if (get().running) return;
    set({ running: true, rows: 0, done: null, cancelled: null, error: null, doneFormat: request.format });
    const timer = setInterval(() => {
      call('exports:progress').then(
        (p) => get().running && set({ rows: p.rows }),
        () => undefined,
      );
    }, PROGRESS_EVERY_MS);
    try {
      set({ done: await call('exports:write', request) });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') set({ cancelled: e.message });
      else set({ error: e instanceof ApiError ? e.message : String(e) });
    } finally {
      clearInterval(timer);
      set({ running: false });
    }
  },
}));

// Another register showing: the last export's outcome was about the one before.
useRegister.subscribe((state, previous) => {
  if (state.summary?.file !== previous.summary?.file && !useExportJob.getState().running)
    useExportJob.setState({ done: null, cancelled: null, error: null, rows: 0 });
});
