// A table row that opens what it shows: click it, or focus it and press Enter; the arrows move between rows
// (lib/row-keys). The selected row is marked for the eye and for assistive technology.
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { onRowKey } from '../lib/row-keys';

type Props = {
  selected: boolean;
  onOpen(): void;
  children: ReactNode;
  'data-testid'?: string;
  /** In a virtualised table: the row's place in the list, and the ref that measures its height. */
  index?: number;
  rowRef?: (row: HTMLTableRowElement | null) => void;
};

export function OpenableRow({ selected, onOpen, children, 'data-testid': testId, index, rowRef }: Props) {
  return (
    <Table.Tr
      ref={rowRef}
      data-index={index}
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
