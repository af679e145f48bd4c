// Export: choose the layout, the scope (role, status, department) and the date the record is "as at", pick
// where to save, follow a long export and cancel it, and say what happened, with "Show in folder".
import { localToday } from '../../../../shared/dates';
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { EXPORT_FORMATS } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { callApp } from '../../lib/app';
import { fileName } from '../../lib/file-name';
import { STATUS_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import { counted } from '../../../../shared/counted';
import { RecordAsSent } from './RecordAsSent';
import { useExportChoice, type ExportFormat } from './export-choice';
import { useExportJob } from './export-job';

type Format = ExportFormat;

/** What each layout is called, and the suggested file name's ending. */
const FORMATS: Record<Format, { label: string; extension: string; stem?: string }> = {
  full: { label: 'Full Article 30 workbook (xlsx)', extension: 'xlsx' },
  ico: { label: 'ICO template layout (xlsx)', extension: 'xlsx' },
  cnil: { label: 'CNIL register layout (xlsx)', extension: 'xlsx' },
  csv: { label: 'CSV (one file per table)', extension: 'csv' },
  json: { label: 'Ropa JSON document', extension: 'json' },
  dpv: { label: 'W3C DPV (JSON-LD)', extension: 'jsonld' },
  gaps: { label: 'Gap report: what the checks find, with owners (xlsx)', extension: 'xlsx', stem: 'gaps' },
};

const STATUSES = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

/** Why an "as at" date cannot be used, or null. Empty means the register as it is now. */
export function asAtProblem(asAt: string, now = localToday()): string | null {
  if (asAt === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) return 'a date, YYYY-MM-DD';
  if (asAt > now) return 'the record cannot be shown as at a day still to come';
  return null;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'register'
  );
}

export function ExportScreen() {
  const { summary, activities } = useRegister();
  const [format, setFormat] = useState<Format>(() => useExportChoice.getState().take());
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [department, setDepartment] = useState('');
  const [asAt, setAsAt] = useState('');
  const asAtError = asAtProblem(asAt);
  // The departments the register's activities name, offered as the department filter is typed.
  const departments = useMemo(
    () => [...new Set(activities.map((a) => a.department.trim()).filter(Boolean))].sort(),
    [activities],
  );
  const { running: busy, rows, done, doneFormat, cancelled, error } = useExportJob();

  const run = async () => {
    const { extension, stem = 'article30' } = FORMATS[format];
    const suggestedName = `${slug(summary?.organisation.legalName ?? '')}-${stem}.${extension}`;
    const out = await callApp('app:chooseExportFile', { suggestedName });
    if (!out) return;
    await useExportJob.getState().run({
      format,
      out,
      filters: {
        ...(role ? { role: role as 'controller' | 'processor' } : {}),
        ...(status ? { status: status as 'draft' | 'active' | 'retired' } : {}),
        ...(department.trim() ? { department: department.trim() } : {}),
        ...(asAt ? { asAt } : {}),
      },
    });
  };

  return (
    <Stack p="md" gap="sm" maw={560} data-testid="export-screen">
      <Title order={2} size="h5">
        Export the register
      </Title>
      <Select
        size="xs"
        label="Layout"
        data={EXPORT_FORMATS.map((f) => ({ value: f, label: FORMATS[f].label }))}
        value={format}
        onChange={(v) => v && setFormat(v as Format)}
        allowDeselect={false}
      />
      <Group grow>
        <Select
          size="xs"
          label="Role"
          clearable
          data={['controller', 'processor']}
          value={role}
          onChange={setRole}
        />
        <Select size="xs" label="Status" clearable data={STATUSES} value={status} onChange={setStatus} />
        <Autocomplete
          size="xs"
          label="Department"
          data={departments}
          value={department}
          onChange={setDepartment}
        />
      </Group>
      <TextInput
        size="xs"
        type="date"
        label="As at"
        description="The record as it stood at the end of that day, rebuilt from the change log. Empty: as it is now."
        max={localToday()}
        value={asAt}
        onChange={(e) => setAsAt(e.currentTarget.value)}
        error={asAtError}
      />
      <Group>
        <Button size="xs" onClick={() => void run()} loading={busy} disabled={asAtError !== null}>
          Export…
        </Button>
        {busy ? (
          <Group gap="xs" data-testid="export-progress">
            <Loader size="xs" />
            <Text size="xs">
              {rows === 0
                ? 'Reading and checking the register…'
                : `${rows.toLocaleString('en-GB')} rows written…`}
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => void call('exports:cancel')}>
              Cancel
            </Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {counted(activities.length, 'activity')} in the register
          </Text>
        )}
      </Group>
      {done && (
        <Alert color="teal" data-testid="export-done">
          <Group justify="space-between">
            <Text size="xs">
              Exported {counted(done.activities, 'activity')} to {fileName(done.file)}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void callApp('app:showInFolder', { file: done.file })}
            >
              Show in folder
            </Button>
          </Group>
          <RecordAsSent key={done.file + done.sha256} result={done} format={doneFormat} />
        </Alert>
      )}
      {cancelled && (
        <Alert color="gray" data-testid="export-cancelled">
          {cancelled}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
