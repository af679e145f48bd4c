// Every transfer of the register in one table, with the destination's status from the reference data.
import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { DestinationBadge } from '../../components/DestinationBadge';
import { useRegister } from '../../stores/register-store';

export function TransfersScreen() {
  const { transfers, activities, parties, reference } = useRegister();
  const activity = (id: string) => activities.find((a) => a.id === id);
  const mechanism = (id: string | null) => reference?.mechanisms.find((m) => m.id === id);
  return (
    <ScrollArea h="100%" p="xs">
      {transfers.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          No international transfers recorded. Add them in an activity's Transfers section.
        </Text>
      ) : (
        <Table striped highlightOnHover fz="xs" verticalSpacing={4} stickyHeader aria-label="Transfers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Activity</Table.Th>
              <Table.Th>Country</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Importer</Table.Th>
              <Table.Th>Mechanism</Table.Th>
              <Table.Th>SCC module</Table.Th>
              <Table.Th>TIA</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transfers.map((t) => {
              const a = activity(t.activityId);
              const m = mechanism(t.mechanism);
              return (
                <Table.Tr key={t.id} data-testid="transfers-table-row">
                  <Table.Td>
                    <Anchor
                      size="xs"
                      component="button"
                      onClick={() => {
                        useRegister.getState().go('activities');
                        useRegister.getState().selectActivity(t.activityId);
                      }}
                    >
                      {a ? `${a.reference} ${a.name}` : '—'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {reference?.countries.find((c) => c.code === t.country)?.name ??
                      t.internationalOrganisation}
                  </Table.Td>
                  <Table.Td>
                    <DestinationBadge country={t.country} />
                  </Table.Td>
                  <Table.Td>{parties.find((p) => p.id === t.partyId)?.name ?? '—'}</Table.Td>
                  <Table.Td c={m?.retired ? 'red' : undefined}>
                    {m ? `${m.label}${m.retired ? ' (retired)' : ''}` : 'not recorded'}
                  </Table.Td>
                  <Table.Td>{t.sccModule ?? '—'}</Table.Td>
                  <Table.Td>{t.tiaDate ?? (m?.requiresTia ? 'missing' : '—')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </ScrollArea>
  );
}
