// Import: choose a workbook or JSON file, see what a dry run would bring in, then import for real.
import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ImportResult } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../lib/api';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';

function describe(r: ImportResult): string {
  return `${r.activities} activities, ${r.parties} parties, ${r.transfers} transfers, ${r.terms} terms`;
}

export function ImportScreen() {
  const refresh = useRegister((s) => s.refresh);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [source, setSource] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const format = (file: string) => (file.toLowerCase().endsWith('.json') ? 'json' : 'full');

  const choose = async () => {
    setError(null);
    setDone(null);
    setPreview(null);
    const file = await callApp('app:chooseImportFile');
    if (!file) return;
    setSource(file);
    try {
      setPreview(await call('imports:run', { source: file, format: format(file), mode, dryRun: true }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const run = async () => {
    if (!source) return;
    try {
      setDone(await call('imports:run', { source, format: format(source), mode, dryRun: false }));
      setPreview(null);
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Stack p="md" gap="sm" maw={560} data-testid="import-screen">
      <Title order={2} size="h5">
        Import into the register
      </Title>
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(v) => setMode(v as 'merge' | 'replace')}
        data={[
          { value: 'merge', label: 'Merge with what is here' },
          { value: 'replace', label: 'Replace the register' },
        ]}
      />
      <Group>
        <Button size="xs" onClick={() => void choose()}>
          Choose a file…
        </Button>
        {source && (
          <Text size="xs" c="dimmed" className="break">
            {source}
          </Text>
        )}
      </Group>
      {preview && (
        <Alert color="blue" title="Nothing has changed yet">
          <Stack gap="xs">
            <Text size="xs">This file would bring in {describe(preview)}.</Text>
            <Button size="xs" onClick={() => void run()}>
              Import
            </Button>
          </Stack>
        </Alert>
      )}
      {done && <Alert color="teal">Imported {describe(done)}.</Alert>}
      {error && (
        <Alert color="red" role="alert">
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {error}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
