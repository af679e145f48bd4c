// Importing someone else's spreadsheet: map each column to a Ropa field (a first guess from the headers),
// see the first rows as Ropa would record them and every problem with its row and column, updated at each
// change; Import is offered only when nothing is wrong.
import { Alert, Button, Group, Loader, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../../shared/ipc/contract';
import {
  fieldsMappedTwice,
  guessColumnMapping,
  MAPPABLE_FIELD_INFO,
  type ColumnMappingInput,
  type MappableField,
} from '../../../../shared/ipc/mapped-fields';
import { call, errorText } from '../../lib/api';
import { placeIssue } from './import-issues';
import { MappedPreview } from './MappedPreview';
import { MappingTable } from './MappingTable';
import { ErrorAlert } from './ErrorAlert';

export function MappedImport({
  source,
  onImported,
}: {
  source: string;
  onImported: (r: ImportResult) => void;
}) {
  const [headers, setHeaders] = useState<string[] | null>(null);
  // A workbook's sheets, and the one chosen (undefined: the first visible one, as the core picks).
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ColumnMappingInput | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The first call only reads the headers (nothing mapped yet); later calls follow the mapping. An answer
  // that arrives after the mapping changed again is dropped.
  useEffect(() => {
    let live = true;
    setBusy(true);
    const first = { columns: {}, role: 'controller' as const, ...(sheet ? { sheet } : {}) };
    call('imports:preview', { source, mapping: mapping ?? first })
      .then((result) => {
        if (!live) return;
        setError(null);
        if (mapping === null) {
          setHeaders(result.headers);
          setSheets(result.sheets ?? []);
          setMapping({
            columns: guessColumnMapping(result.headers),
            role: 'controller',
            ...(result.sheet ? { sheet: result.sheet } : {}),
          });
        } else setPreview(result);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setPreview(null);
        setError(errorText(e));
      })
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [source, mapping, sheet]);

  // Another sheet has other columns: read its headers and guess the mapping afresh.
  const chooseSheet = (name: string | null) => {
    if (!name || name === mapping?.sheet) return;
    setPreview(null);
    setHeaders(null);
    setMapping(null);
    setSheet(name);
  };

  const twice = useMemo(() => fieldsMappedTwice(mapping?.columns ?? {}), [mapping]);
  const issues = useMemo(() => (preview?.issues ?? []).map(placeIssue), [preview]);
  const problemsByColumn = useMemo(() => {
    const counts = new Map<string, number>();
    for (const issue of issues)
      if (issue.column !== null) counts.set(issue.column, (counts.get(issue.column) ?? 0) + 1);
    return counts;
  }, [issues]);

  const setField = (header: string, field: MappableField | null) =>
    setMapping((current) => {
      if (!current) return current;
      const columns = Object.fromEntries(Object.entries(current.columns).filter(([h]) => h !== header));
      return { ...current, columns: field ? { ...columns, [header]: field } : columns };
    });

  const run = async () => {
    if (!mapping) return;
    setBusy(true);
    try {
      onImported(await call('imports:run', { source, format: 'mapped', mapping, dryRun: false }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const ready =
    preview !== null &&
    !busy &&
    issues.length === 0 &&
    twice.size === 0 &&
    preview.total > 0 &&
    error === null;

  if (headers === null || mapping === null)
    return error ? (
      <ErrorAlert message={error} />
    ) : (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="xs">Reading the columns of the file…</Text>
      </Group>
    );

  return (
    <div className="mapping-layout" data-testid="mapped-import">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Columns
        </Text>
        <Text size="xs" c="dimmed">
          Choose the Ropa field each column fills. Ropa guessed from the headers; columns set to Ignore are
          not imported.
        </Text>
        {sheets.length > 1 && (
          <Select
            size="xs"
            label="Sheet"
            description="The workbook has several sheets: the one that lists the activities."
            data={sheets}
            value={mapping.sheet ?? null}
            onChange={chooseSheet}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Group gap="xs" wrap="nowrap">
          <Text size="xs">Rows that give no role are</Text>
          <SegmentedControl
            size="xs"
            aria-label="Role of rows without one"
            value={mapping.role}
            onChange={(role) => setMapping({ ...mapping, role: role as ColumnMappingInput['role'] })}
            data={[
              { value: 'controller', label: 'Controller' },
              { value: 'processor', label: 'Processor' },
            ]}
          />
        </Group>
        <MappingTable
          headers={headers}
          columns={mapping.columns}
          problemsByColumn={problemsByColumn}
          twice={new Set(twice.keys())}
          onChange={setField}
        />
      </Stack>
      <Stack gap="xs">
        {[...twice].map(([field, from]) => (
          <Alert key={field} color="orange" p="xs" data-testid="mapped-twice">
            <Text size="xs">
              {MAPPABLE_FIELD_INFO[field].label} is mapped from {from.length} columns ({from.join(', ')}); the
              import reads one. Map the others to another field or Ignore them.
            </Text>
          </Alert>
        ))}
        {preview && <MappedPreview preview={preview} issues={issues} />}
        {error && <ErrorAlert message={error} />}
        <Group gap="xs">
          <Button size="xs" disabled={!ready} onClick={() => void run()}>
            {preview && preview.total > 0
              ? `Import ${preview.total} ${preview.total === 1 ? 'activity' : 'activities'}`
              : 'Import'}
          </Button>
          {busy && <Loader size="xs" aria-label="Checking the file" />}
          {!busy && (issues.length > 0 || twice.size > 0) && (
            <Text size="xs" c="dimmed">
              Nothing has changed yet. Fix the problems to import.
            </Text>
          )}
        </Group>
      </Stack>
    </div>
  );
}
