// Export: choose the layout and filters, pick where to save, and say what happened, with "Show in folder".
import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportResult } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../lib/api';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';

type Format = (typeof EXPORT_FORMATS)[number];

const FORMATS: Record<Format, { label: string; extension: string }> = {
  full: { label: 'Full Article 30 workbook (xlsx)', extension: 'xlsx' },
  ico: { label: 'ICO template layout (xlsx)', extension: 'xlsx' },
  cnil: { label: 'CNIL register layout (xlsx)', extension: 'xlsx' },
  csv: { label: 'CSV (one file per table)', extension: 'csv' },
  json: { label: 'Ropa JSON document', extension: 'json' },
  dpv: { label: 'W3C DPV (JSON-LD)', extension: 'jsonld' },
};

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
  const [format, setFormat] = useState<Format>('full');
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [department, setDepartment] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setDone(null);
    const suggestedName = `${slug(summary?.organisation.legalName ?? '')}-article30.${FORMATS[format].extension}`;
    const out = await callApp('app:chooseExportFile', { suggestedName });
    if (!out) return;
    setBusy(true);
    try {
      setDone(
        await call('exports:write', {
          format,
          out,
          filters: {
            ...(role ? { role: role as 'controller' | 'processor' } : {}),
            ...(status ? { status: status as 'draft' | 'active' | 'retired' } : {}),
            ...(department.trim() ? { department: department.trim() } : {}),
          },
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
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
        <Select
          size="xs"
          label="Status"
          clearable
          data={['draft', 'active', 'retired']}
          value={status}
          onChange={setStatus}
        />
        <TextInput
          size="xs"
          label="Department"
          value={department}
          onChange={(e) => setDepartment(e.currentTarget.value)}
        />
      </Group>
      <Group>
        <Button size="xs" onClick={() => void run()} loading={busy}>
          Export…
        </Button>
        <Text size="xs" c="dimmed">
          {activities.length} activities in the register
        </Text>
      </Group>
      {done && (
        <Alert color="teal" data-testid="export-done">
          <Group justify="space-between">
            <Text size="xs">
              Exported {done.activities} activities to {done.file.split(/[\\/]/).pop()}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void callApp('app:showInFolder', { file: done.file })}
            >
              Show in folder
            </Button>
          </Group>
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
