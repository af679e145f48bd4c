// The copies of the record that were sent (as-sent snapshots, recorded from the Export screen or with
// `ropa snapshot`), and what has changed in the register since each: the question a DPO is asked when a
// regulator holds last year's export.
import { localToday } from '../../../../shared/dates';
import { Button, ScrollArea, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { SnapshotDiff, SnapshotInfo } from '../../../../shared/domain';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { ApiError, call } from '../../lib/api';
import { MasterDetail } from '../../components/MasterDetail';
import { OpenableRow } from '../../components/OpenableRow';
import { useRegister } from '../../stores/register-store';
import { formatLabel } from './sent-formats';
import { SnapshotDiffView } from './SnapshotDiffView';

export function SentCopies() {
  const { activities, parties, transfers, terms, summary } = useRegister();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [diff, setDiff] = useState<SnapshotDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  useEffect(() => {
    call('snapshots:list').then(setSnapshots, fail);
  }, []);

  // The comparison is with the register now, so it is redone after every write.
  useEffect(() => {
    if (selected === null) return setDiff(null);
    let current = true;
    call('snapshots:diff', { id: selected }).then((next) => current && setDiff(next), fail);
    return () => {
      current = false;
    };
  }, [selected, activities, parties, transfers, terms, summary]);

  if (snapshots === null) return error ? <ErrorAlert message={error} /> : null;
  if (snapshots.length === 0)
    return (
      <div className="empty" data-testid="sent-copies">
        <Text size="sm" c="dimmed" maw={420} ta="center">
          No copy of the record has been recorded as sent. After an export, choose “Record as sent” to keep
          what went out, and compare the register with it later.
        </Text>
      </div>
    );
  const master = (
    <ScrollArea className="master" p="xs">
      <Table highlightOnHover fz="xs" verticalSpacing={4} stickyHeader aria-label="Sent copies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Label</Table.Th>
            <Table.Th>Layout</Table.Th>
            <Table.Th>File</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {snapshots.map((s) => (
            <OpenableRow
              key={s.id}
              data-testid="sent-copy-row"
              selected={s.id === selected}
              onOpen={() => setSelected(s.id)}
            >
              <Table.Td className="mono" style={{ whiteSpace: 'nowrap' }}>
                {localToday(new Date(s.createdAt))}
              </Table.Td>
              <Table.Td>{s.label}</Table.Td>
              <Table.Td>{formatLabel(s.format)}</Table.Td>
              <Table.Td title={`SHA-256 ${s.fileHash}`}>{s.fileName || '—'}</Table.Td>
            </OpenableRow>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
  const detail = (
    <ScrollArea className="detail">
      {error && <ErrorAlert message={error} />}
      {diff ? (
        <SnapshotDiffView diff={diff} />
      ) : (
        <div className="empty">
          <Button size="xs" variant="default" onClick={() => setSelected(snapshots[0]!.id)}>
            Compare the latest copy with the register now
          </Button>
        </div>
      )}
    </ScrollArea>
  );
  return (
    <div className="sent-copies" data-testid="sent-copies">
      <MasterDetail
        id="sent-copies"
        master={master}
        detail={detail}
        open={selected !== null}
        onClose={() => setSelected(null)}
        backLabel="All sent copies"
      />
    </div>
  );
}
