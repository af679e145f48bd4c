// Beside "Export…" in the sidebar while an export runs, so a user who looked elsewhere knows it goes on.
import { Loader } from '@mantine/core';
import { useExportJob } from './export-job';

export function ExportRunning() {
  const running = useExportJob((s) => s.running);
  return running ? <Loader size={12} aria-label="An export is running" data-testid="export-running" /> : null;
}
