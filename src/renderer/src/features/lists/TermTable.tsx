// The terms of one list: label, Art 9 / Art 10 mark and how many activities use each. A row takes the
// focus, arrows move between rows and Enter opens the term, as in the other tables.
import { Badge, Table } from '@mantine/core';
import type { TermUsage } from '../../../../shared/ipc/contract';
import { SPECIAL_MARKS } from '../../lib/labels';
import { OpenableRow } from '../../components/OpenableRow';

type Props = { terms: TermUsage[]; selectedId: string | null; onOpen(id: string): void };

export function TermTable({ terms, selectedId, onOpen }: Props) {
  return (
    <Table highlightOnHover fz="xs" verticalSpacing={4} stickyHeader aria-label="Terms">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Term</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th ta="right">Used by</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {terms.map((t) => (
          <OpenableRow
            key={t.id}
            data-testid="term-row"
            selected={t.id === selectedId}
            onOpen={() => onOpen(t.id)}
          >
            <Table.Td>{t.label}</Table.Td>
            <Table.Td>
              {t.special && (
                <Badge size="xs" variant="light" color="grape">
                  {SPECIAL_MARKS[t.special]}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right" className="mono" c={t.usedBy === 0 ? 'dimmed' : undefined}>
              {t.usedBy}
            </Table.Td>
          </OpenableRow>
        ))}
      </Table.Tbody>
    </Table>
  );
}
