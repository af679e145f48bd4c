// Import: choose a file, confirm its layout (guessed from the file), then either map its columns with a
// live preview (other spreadsheets and CSV) or see what a dry run would bring in, and import for real.
import {
  Alert,
  Button,
  Group,
  Loader,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ImportResult } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../lib/api';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';
import {
  formatFromFile,
  IMPORT_FORMAT_CHOICES,
  isNotRopaWorkbook,
  type ImportFormat,
} from './import-formats';
import { ImportOutcome } from './ImportOutcome';
import { MappedImport } from './MappedImport';
import './import.css';
import { ErrorAlert } from './ErrorAlert';
import { counted } from '../../../../shared/counted';

type Mode = 'merge' | 'replace';
type DryRun = { result: ImportResult } | { error: string } | { busy: true };

function describe(r: ImportResult): string {
  return [
    counted(r.activities, 'activity'),
    counted(r.parties, 'party'),
    counted(r.transfers, 'transfer'),
    counted(r.terms, 'term'),
  ].join(', ');
}

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function ImportScreen() {
  const refresh = useRegister((s) => s.refresh);
  const [mode, setMode] = useState<Mode>('merge');
  const [source, setSource] = useState<string | null>(null);
  const [format, setFormat] = useState<ImportFormat>('full');
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Layouts other than the mapping are checked by a dry run: the real import, rolled back.
  useEffect(() => {
    if (!source || format === 'mapped' || done) return;
    let live = true;
    setDryRun({ busy: true });
    call('imports:run', { source, format, mode, dryRun: true })
      .then((result) => live && setDryRun({ result }))
      .catch((e: unknown) => live && setDryRun({ error: message(e) }));
    return () => {
      live = false;
    };
  }, [source, format, mode, done]);

  const choose = async () => {
    setError(null);
    try {
      const file = await callApp('app:chooseImportFile');
      if (!file) return;
      setDone(null);
      setDryRun(null);
      setFormat(formatFromFile(file));
      setSource(file);
    } catch (e) {
      setError(message(e));
    }
  };

  const imported = async (result: ImportResult) => {
    setDone(result);
    setDryRun(null);
    await refresh();
  };

  const run = async () => {
    if (!source) return;
    setError(null);
    try {
      await imported(await call('imports:run', { source, format, mode, dryRun: false }));
    } catch (e) {
      setError(message(e));
    }
  };

  const wide = format === 'mapped' && source !== null && done === null;
  return (
    <ScrollArea h="100%">
      <Stack p="md" gap="sm" maw={wide ? 1200 : 620} data-testid="import-screen">
        <Title order={2} size="h5">
          Import into the register
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={() => void choose()}>
            Choose a file…
          </Button>
          {source && (
            <Text size="xs" c="dimmed" className="break" data-testid="import-source">
              {source}
            </Text>
          )}
        </Group>
        {source && !done && (
          <Group gap="sm" align="flex-end">
            <Select
              size="xs"
              w={400}
              label="Layout of the file"
              data={IMPORT_FORMAT_CHOICES}
              value={format}
              onChange={(value) => value && setFormat(value as ImportFormat)}
              allowDeselect={false}
            />
            {/* Ropa's own files can replace the register; the other layouts add activities to it. */}
            {(format === 'json' || format === 'full') && (
              <SegmentedControl
                size="xs"
                aria-label="Import mode"
                value={mode}
                onChange={(v) => setMode(v as Mode)}
                data={[
                  { value: 'merge', label: 'Merge with what is here' },
                  { value: 'replace', label: 'Replace the register' },
                ]}
              />
            )}
          </Group>
        )}
        {source && !done && format === 'mapped' && (
          <MappedImport key={source} source={source} onImported={(r) => void imported(r)} />
        )}
        {source && !done && format !== 'mapped' && dryRun && 'busy' in dryRun && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="xs">Reading the file…</Text>
          </Group>
        )}
        {source && !done && format !== 'mapped' && dryRun && 'result' in dryRun && (
          <Alert color="blue" title="Nothing has changed yet" data-testid="dry-run">
            <Stack gap="xs">
              <Text size="xs">This file would bring in {describe(dryRun.result)}.</Text>
              <ImportOutcome result={dryRun.result} warningsOnly />
              <Group>
                <Button size="xs" onClick={() => void run()}>
                  Import
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {source && !done && format !== 'mapped' && dryRun && 'error' in dryRun && (
          <Alert
            color={format === 'full' && isNotRopaWorkbook(dryRun.error) ? 'yellow' : 'red'}
            title={
              format === 'full' && isNotRopaWorkbook(dryRun.error)
                ? 'This workbook was not exported by Ropa: choose its layout above'
                : 'This file cannot be imported as it is'
            }
            role="alert"
          >
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {dryRun.error}
            </Text>
          </Alert>
        )}
        {done && (
          <ImportOutcome result={done} onShowActivities={() => useRegister.getState().go('activities')} />
        )}
        {error && <ErrorAlert message={error} />}
      </Stack>
    </ScrollArea>
  );
}
