// A table row that opens what it shows: click it, or focus it and press Enter; the arrows move between rows
// (lib/row-keys). The selected row is marked for the eye and for assistive technology.
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { onRowKey } from '../lib/row-keys';

type Props = { selected: boolean; onOpen(): void; children: ReactNode; 'data-testid'?: string };

export function OpenableRow({ selected, onOpen, children, 'data-testid': testId }: Props) {
  return (
    <Table.Tr
      data-testid={testId}
      aria-selected={selected}
      className="clickable-row"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(event) => onRowKey(event, onOpen)}
    >
      {children}
    </Table.Tr>
  );
}
