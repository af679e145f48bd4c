// The activities list: a virtualised table (10k rows stay fast), sortable by column, arrows + Enter to open.
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type KeyboardEvent } from 'react';
import type { FindingCounts } from '../../../../shared/domain/finding';
import { GapCount } from '../../components/GapCount';
import type { ActivityRow } from '../../../../shared/ipc/activity-row';
import type { Sort, SortKey } from './activity-filter';

const ROW_HEIGHT = 30;
/** Narrow enough for the table beside the editor at the default split (about 30rem): no sideways scroll. */
const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'reference', label: 'Ref', width: '4.25rem' },
  { key: 'name', label: 'Name', width: 'minmax(6rem, 1fr)' },
  { key: 'role', label: 'Role', width: '3.25rem' },
  { key: 'department', label: 'Department', width: '5.5rem' },
  { key: 'status', label: 'Status', width: '4rem' },
  { key: 'gaps', label: 'Gaps', width: '3rem' },
];
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

type Props = {
  rows: ActivityRow[];
  selectedId: string | null;
  sort: Sort;
  /** The findings counted per activity; null until the checks have answered. */
  gaps: Readonly<Record<string, FindingCounts>> | null;
  onSort(sort: Sort): void;
  onOpen(id: string): void;
  /** What an empty table says: nothing recorded yet, or nothing matching the search and filters. */
  emptyText: string;
};

/** One row; memoised, so moving the selection redraws two rows, not all those on screen. */
const ActivityTableRow = memo(function ActivityTableRow({
  activity,
  selected,
  top,
  gaps,
  onOpen,
}: {
  activity: ActivityRow;
  selected: boolean;
  top: number;
  /** undefined: no finding; null: not checked yet. */
  gaps: FindingCounts | undefined | null;
  onOpen(id: string): void;
}) {
  return (
    <div
      role="row"
      aria-selected={selected}
      className="table-row"
      data-testid="activity-row"
      style={{ gridTemplateColumns: TEMPLATE, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onClick={() => onOpen(activity.id)}
    >
      <span role="cell" className="mono">
        {activity.reference}
      </span>
      <span role="cell" className="ellipsis">
        {activity.name}
      </span>
      <span role="cell">
        <Badge size="xs" variant="light" color={activity.role === 'controller' ? 'blue' : 'grape'}>
          {activity.role === 'controller' ? 'ctrl' : 'proc'}
        </Badge>
      </span>
      <span role="cell" className="ellipsis">
        {activity.department}
      </span>
      <Group role="cell" gap={4}>
        <span className={`dot dot-${activity.status}`} aria-hidden />
        <Text size="xs">{activity.status}</Text>
      </Group>
      <span role="cell">
        <GapCount counts={gaps} testId="activity-gaps" />
      </span>
    </div>
  );
});

export function ActivityTable({ rows, selectedId, sort, gaps, onSort, onOpen, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = Math.min(rows.length - 1, Math.max(0, selectedIndex + (event.key === 'ArrowDown' ? 1 : -1)));
    const row = rows[next];
    if (row) {
      onOpen(row.id);
      virtualizer.scrollToIndex(next);
    }
  };

  return (
    <div className="table" role="table" aria-label="Processing activities" aria-rowcount={rows.length}>
      <div className="table-head" role="row" style={{ gridTemplateColumns: TEMPLATE }}>
        {COLUMNS.map((column) => (
          <UnstyledButton
            key={column.key}
            role="columnheader"
            aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            onClick={() =>
              // Gaps first sorts the most to fix to the top; the other columns start ascending.
              onSort({
                key: column.key,
                descending: sort.key === column.key ? !sort.descending : column.key === 'gaps',
              })
            }
          >
            {column.label}
            {sort.key === column.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
          </UnstyledButton>
        ))}
      </div>
      <div ref={scroller} className="table-body" role="rowgroup" tabIndex={0} onKeyDown={onKeyDown}>
        {rows.length === 0 ? (
          <Text c="dimmed" p="md" size="sm" role="row">
            <span role="cell">{emptyText}</span>
          </Text>
        ) : (
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const activity = rows[item.index];
              if (!activity) return null;
              return (
                <ActivityTableRow
                  key={activity.id}
                  activity={activity}
                  selected={activity.id === selectedId}
                  top={item.start}
                  gaps={gaps === null ? null : gaps[activity.id]}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
