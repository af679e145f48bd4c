// Every transfer of the register in one table, with the destination's status from the reference data; the
// selected one opens in its editor beside the table, where its mechanism, TIA and safeguards are recorded.
import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { MasterDetail } from '../../components/MasterDetail';
import { DestinationBadge } from '../../components/DestinationBadge';
import { countryName } from '../../lib/labels';
import { useEscapeToClose } from '../../lib/escape';
import { OpenableRow } from '../../components/OpenableRow';
import { useRegister } from '../../stores/register-store';
import { TransferEditor } from './TransferEditor';

export function TransfersScreen() {
  const { transfers, activities, parties, reference, selectedTransferId, selectTransfer } = useRegister();
  const activity = (id: string) => activities.find((a) => a.id === id);
  const mechanism = (id: string | null) => reference?.mechanisms.find((m) => m.id === id);
  const selected = transfers.find((t) => t.id === selectedTransferId);
  const closeEditor = useCallback(() => useRegister.getState().selectTransfer(null), []);
  useEscapeToClose(closeEditor);
  const master = (
    <ScrollArea className="master" p="xs">
      {transfers.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          No international transfers recorded. Add them in an activity's Transfers section.
        </Text>
      ) : (
        <Table highlightOnHover fz="xs" verticalSpacing={4} stickyHeader aria-label="Transfers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Activity</Table.Th>
              <Table.Th>Destination</Table.Th>
              <Table.Th>Importer</Table.Th>
              <Table.Th>Mechanism</Table.Th>
              <Table.Th>TIA</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transfers.map((t) => {
              const a = activity(t.activityId);
              const m = mechanism(t.mechanism);
              return (
                <OpenableRow
                  key={t.id}
                  data-testid="transfers-table-row"
                  selected={t.id === selectedTransferId}
                  onOpen={() => selectTransfer(t.id)}
                >
                  <Table.Td>
                    <Anchor
                      size="xs"
                      component="button"
                      onClick={(event) => {
                        event.stopPropagation();
                        useRegister.getState().openRecord('activity', t.activityId);
                      }}
                    >
                      {a ? `${a.reference} ${a.name}` : '—'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <div>{countryName(reference, t.country) ?? t.internationalOrganisation}</div>
                    <DestinationBadge country={t.country} />
                  </Table.Td>
                  <Table.Td>{parties.find((p) => p.id === t.partyId)?.name ?? '—'}</Table.Td>
                  <Table.Td c={m?.retired ? 'red' : undefined}>
                    {m ? `${m.label}${m.retired ? ' (retired)' : ''}` : 'not recorded'}
                  </Table.Td>
                  <Table.Td>{t.tiaDate ?? (m?.requiresTia ? 'missing' : '—')}</Table.Td>
                </OpenableRow>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </ScrollArea>
  );
  const detail = (
    <div className="detail">
      {selected ? (
        <TransferEditor key={selected.id} transfer={selected} onDeleted={() => selectTransfer(null)} />
      ) : (
        <div className="empty">
          <Text size="sm" c="dimmed">
            Select a transfer to record its mechanism, TIA and safeguards.
          </Text>
        </div>
      )}
    </div>
  );
  return (
    <MasterDetail
      id="transfers"
      master={master}
      detail={detail}
      open={selected !== undefined}
      onClose={closeEditor}
      backLabel="All transfers"
    />
  );
}
