// How far a running import has got (reading, checking, writing) and its Cancel, which works until the
// writing starts: from then on the transaction finishes whole, so the register is never left half-imported.
import { Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { counted } from '../../../../shared/counted';
import type { ImportProgress } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';

/** While `active`, the running import's progress, asked for every quarter second. */
export function useImportProgress(active: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!active) return setProgress(null);
    const ask = () =>
      call('imports:progress').then(
        (p) => setProgress(p.running ? p : null),
        () => undefined,
      );
    void ask();
    const timer = setInterval(() => void ask(), 250);
    return () => clearInterval(timer);
  }, [active]);
  return progress;
}

function phaseWords(p: ImportProgress | null): string {
  if (p?.phase === 'checking') return 'Checking every row…';
  if (p?.phase === 'writing')
    return p.dryRun
      ? 'Trying the import, to be rolled back…'
      : `Writing ${counted(p.activities ?? 0, 'activity')} in one transaction…`;
  return 'Reading the file…';
}

export function ImportProgressLine({ progress }: { progress: ImportProgress | null }) {
  const writing = progress?.phase === 'writing';
  return (
    <Group gap="xs" data-testid="import-progress">
      <Loader size="xs" />
      <Text size="xs">{phaseWords(progress)}</Text>
      <Button
        size="compact-xs"
        variant="default"
        disabled={writing}
        title={writing ? 'The register is being written in one transaction: it finishes whole.' : undefined}
        onClick={() => void call('imports:cancel')}
      >
        Cancel
      </Button>
    </Group>
  );
}
