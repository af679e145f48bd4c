// Copying activities from another register: the other register's activities with a box each, what the copy
// would bring (a dry run: the real import, rolled back) after every change of the choice, then the copy.
import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { ImportResult, RegisterActivities } from '../../../../shared/ipc/contract';
import { counted } from '../../../../shared/counted';
import { REGISTER_COPY_LEAVES } from '../../../../shared/register-copy-words';
import { call, errorText } from '../../lib/api';
import { ErrorAlert } from './ErrorAlert';
import { ImportOutcome } from './ImportOutcome';
import { describeBrought } from './import-words';

/** A pause after the last click before the dry run, so ticking several boxes runs it once. */
const SETTLE_MS = 250;

export function RegisterCopy({
  source,
  onImported,
}: {
  source: string;
  onImported: (r: ImportResult) => void;
}) {
  const [other, setOther] = useState<RegisterActivities | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState('');
  const [dryRun, setDryRun] = useState<ImportResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [copying, setCopying] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('imports:registerActivities', { source })
      .then((result) => live && setOther(result))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [source]);

  // The ids in the other register's order, whatever order they were ticked in.
  const activityIds = useMemo(
    () => (other?.activities ?? []).filter((a) => chosen.has(a.id)).map((a) => a.id),
    [other, chosen],
  );

  useEffect(() => {
    setDryRun(null);
    setError(null);
    setChecking(activityIds.length > 0);
    if (activityIds.length === 0) return;
    let live = true;
    const timer = setTimeout(() => {
      call('imports:run', { source, format: 'register', activityIds, dryRun: true })
        .then((result) => live && setDryRun(result))
        .catch((e: unknown) => live && setError(errorText(e)))
        .finally(() => live && setChecking(false));
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, activityIds]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const all = other?.activities ?? [];
    return needle ? all.filter((a) => `${a.reference} ${a.name}`.toLowerCase().includes(needle)) : all;
  }, [other, search]);

  if (!other)
    return error ? (
      <ErrorAlert message={error} />
    ) : (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="xs">Reading the register…</Text>
      </Group>
    );

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allShown = shown.length > 0 && shown.every((a) => chosen.has(a.id));
  const someShown = shown.some((a) => chosen.has(a.id));
  const toggleShown = () =>
    setChosen((current) => {
      const next = new Set(current);
      for (const a of shown) {
        if (allShown) next.delete(a.id);
        else next.add(a.id);
      }
      return next;
    });

  const copy = async () => {
    setCopying(true);
    setError(null);
    try {
      onImported(await call('imports:run', { source, format: 'register', activityIds, dryRun: false }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setCopying(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="register-copy">
      <Text size="sm" fw={600}>
        Activities of {other.organisation || 'the other register'}
      </Text>
      {other.activities.length === 0 ? (
        <Text size="xs" c="dimmed">
          This register has no activities to copy.
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            Choose the activities to copy. The terms, parties and transfers they use come with them; a term or
            a party this register already has (same name) is used as it is.
          </Text>
          <TextInput
            size="xs"
            placeholder="Find by reference or name"
            aria-label="Find an activity to copy"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <div className="register-copy-list">
            <Table striped highlightOnHover fz="xs" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32}>
                    <Checkbox
                      size="xs"
                      aria-label="Choose every activity shown"
                      checked={allShown}
                      indeterminate={someShown && !allShown}
                      onChange={toggleShown}
                    />
                  </Table.Th>
                  <Table.Th>Ref</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((a) => (
                  <Table.Tr key={a.id} data-testid="copy-activity-row">
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        aria-label={`Copy ${a.reference} ${a.name}`}
                        checked={chosen.has(a.id)}
                        onChange={(e) => toggle(a.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td ff="monospace">{a.reference}</Table.Td>
                    <Table.Td>{a.name}</Table.Td>
                    <Table.Td>{a.role}</Table.Td>
                    <Table.Td>{a.status}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Text size="xs" c="dimmed" data-testid="copy-chosen">
            {counted(activityIds.length, 'activity')} chosen of {other.activities.length}
          </Text>
        </>
      )}
      {dryRun && (
        <Alert color="blue" title="Nothing has changed yet" data-testid="dry-run">
          <Stack gap="xs">
            <Text size="xs">The copy would bring in {describeBrought(dryRun)}.</Text>
            <Text size="xs">{REGISTER_COPY_LEAVES}</Text>
            <ImportOutcome result={dryRun} warningsOnly />
            <Group>
              <Button size="xs" onClick={() => void copy()} loading={copying}>
                Copy {counted(dryRun.activities, 'activity')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {checking && !dryRun && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="xs">Checking the copy…</Text>
        </Group>
      )}
      {error && <ErrorAlert message={error} />}
    </Stack>
  );
}
