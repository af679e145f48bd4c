// Import: choose a file, confirm its layout (guessed from the file), then either map its columns with a
// live preview (other spreadsheets and CSV) or see what a dry run would bring in, and import for real.
import {
  Alert,
  Button,
  Group,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ImportResult } from '../../../../shared/ipc/contract';
import { ApiError, call, errorText } from '../../lib/api';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';
import {
  formatFromFile,
  IMPORT_FORMAT_CHOICES,
  isNotRopaWorkbook,
  type ImportFormat,
} from './import-formats';
import { ImportOutcome } from './ImportOutcome';
import { KeptCopy, ReplaceWarning } from './ReplaceNotes';
import { ImportProgressLine, useImportProgress } from './ImportProgressLine';
import { MappedImport } from './MappedImport';
import { RecentRegisterChoices } from './RecentRegisterChoices';
import { RegisterCopy } from './RegisterCopy';
import './import.css';
import { ErrorAlert } from './ErrorAlert';
import { counted } from '../../../../shared/counted';

type Mode = 'merge' | 'replace';

/** The mapping and the copy from another register run their own checks, as the user maps or chooses. */
const checkedByDryRun = (format: ImportFormat) => format !== 'mapped' && format !== 'register';
type DryRun = { result: ImportResult } | { error: string } | { busy: true } | { cancelled: string };

function describe(r: ImportResult): string {
  return [
    counted(r.activities, 'activity'),
    counted(r.parties, 'party'),
    counted(r.transfers, 'transfer'),
    counted(r.terms, 'term'),
  ].join(', ');
}

export function ImportScreen() {
  const refresh = useRegister((s) => s.refresh);
  const [mode, setMode] = useState<Mode>('merge');
  const [source, setSource] = useState<string | null>(null);
  const [format, setFormat] = useState<ImportFormat>('full');
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** A real import running (the dry run's state says when the check runs). */
  const [importing, setImporting] = useState(false);
  const [cancelled, setCancelled] = useState<string | null>(null);
  /** Bumped by "Check again", to run a cancelled check once more. */
  const [checks, setChecks] = useState(0);
  const checking = dryRun !== null && 'busy' in dryRun;
  const progress = useImportProgress(checking || importing);

  // Layouts other than the mapping are checked by a dry run: the real import, rolled back.
  useEffect(() => {
    if (!source || !checkedByDryRun(format) || done) return;
    let live = true;
    setDryRun({ busy: true });
    call('imports:run', { source, format, mode, dryRun: true })
      .then((result) => live && setDryRun({ result }))
      .catch(
        (e: unknown) =>
          live &&
          setDryRun(
            e instanceof ApiError && e.code === 'CANCELLED'
              ? { cancelled: e.message }
              : { error: errorText(e) },
          ),
      );
    return () => {
      live = false;
    };
  }, [source, format, mode, done, checks]);

  const start = (file: string, layout: ImportFormat) => {
    setDone(null);
    setDryRun(null);
    setCancelled(null);
    setFormat(layout);
    setSource(file);
  };

  const choose = async () => {
    setError(null);
    try {
      const file = await callApp('app:chooseImportFile');
      if (file) start(file, formatFromFile(file));
    } catch (e) {
      setError(errorText(e));
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
    setCancelled(null);
    setImporting(true);
    try {
      await imported(await call('imports:run', { source, format, mode, dryRun: false }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') setCancelled(e.message);
      else setError(errorText(e));
    } finally {
      setImporting(false);
    }
  };

  const wide = format === 'mapped' && source !== null && done === null;
  // Ropa's own files can replace the register; the other layouts add activities to it.
  const ownFile = format === 'json' || format === 'full';
  return (
    <ScrollArea h="100%">
      <Stack
        p="md"
        gap="sm"
        maw={wide ? 1200 : format === 'register' ? 820 : 620}
        data-testid="import-screen"
      >
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
        {(!source || done) && <RecentRegisterChoices onChoose={(file) => start(file, 'register')} />}
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
            {ownFile && (
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
        {source && !done && format === 'register' && (
          <RegisterCopy key={source} source={source} onImported={(r) => void imported(r)} />
        )}
        {source && !done && checkedByDryRun(format) && checking && <ImportProgressLine progress={progress} />}
        {source && !done && checkedByDryRun(format) && dryRun && 'cancelled' in dryRun && (
          <Alert color="gray" data-testid="import-cancelled">
            <Group justify="space-between">
              <Text size="xs">The check was cancelled. Nothing was imported.</Text>
              <Button size="compact-xs" variant="light" onClick={() => setChecks((n) => n + 1)}>
                Check the file again
              </Button>
            </Group>
          </Alert>
        )}
        {source && !done && checkedByDryRun(format) && dryRun && 'result' in dryRun && (
          <Alert color="blue" title="Nothing has changed yet" data-testid="dry-run">
            <Stack gap="xs">
              <Text size="xs">This file would bring in {describe(dryRun.result)}.</Text>
              {mode === 'replace' && ownFile && <ReplaceWarning />}
              <ImportOutcome result={dryRun.result} warningsOnly />
              <Group>
                <Button size="xs" onClick={() => void run()} loading={importing}>
                  Import
                </Button>
                {importing && <ImportProgressLine progress={progress} />}
              </Group>
            </Stack>
          </Alert>
        )}
        {source && !done && checkedByDryRun(format) && dryRun && 'error' in dryRun && (
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
        {done?.backup && <KeptCopy file={done.backup} />}
        {cancelled && (
          <Alert color="gray" data-testid="import-cancelled">
            <Text size="xs">{cancelled}</Text>
          </Alert>
        )}
        {error && <ErrorAlert message={error} />}
      </Stack>
    </ScrollArea>
  );
}
