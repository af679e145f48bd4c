// Every transfer of the register in one table (virtualised: only the rows on screen are drawn), with the
// destination's status from the reference data; the selected one opens in its editor beside the table,
// where its mechanism, TIA and safeguards are recorded.
import { Anchor, Group, ScrollArea, Table, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { MasterDetail } from '../../components/MasterDetail';
import { SearchBox } from '../../components/SearchBox';
import { DestinationBadge } from '../../components/DestinationBadge';
import { countryName } from '../../lib/labels';
import { useEscapeToClose } from '../../lib/escape';
import { matchesWords } from '../../../../shared/search-words';
import { OpenableRow } from '../../components/OpenableRow';
import { useRegister } from '../../stores/register-store';
import { TransferEditor } from './TransferEditor';
import { mechanismName } from './mechanism-choices';

/** A row's height before it is measured (a destination's name and badge on two lines). */
const ESTIMATED_ROW_HEIGHT = 52;
const UNMEASURED = { width: 0, height: 800 };

export function TransfersScreen() {
  const {
    transfers: all,
    activities,
    parties,
    reference,
    selectedTransferId,
    selectTransfer,
  } = useRegister();
  // Looked up once per render for every row: a large register has thousands of transfers.
  const activityById = useMemo(() => new Map(activities.map((a) => [a.id, a])), [activities]);
  const partyById = useMemo(() => new Map(parties.map((p) => [p.id, p])), [parties]);
  const mechanismById = useMemo(
    () => new Map((reference?.mechanisms ?? []).map((m) => [m.id, m])),
    [reference],
  );
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // A transfer is found by what its row shows: activity, destination, importer and mechanism.
  const transfers = useMemo(() => {
    if (deferredQuery.trim() === '') return all;
    return all.filter((t) => {
      const a = activityById.get(t.activityId);
      const m = t.mechanism === null ? undefined : mechanismById.get(t.mechanism);
      const words = [
        a?.reference,
        a?.name,
        t.country,
        countryName(reference, t.country),
        t.internationalOrganisation,
        t.partyId ? partyById.get(t.partyId)?.name : '',
        m ? mechanismName(m, t.sccModule) : 'not recorded',
      ];
      return matchesWords(words.filter(Boolean).join(' '), deferredQuery);
    });
  }, [all, deferredQuery, activityById, partyById, mechanismById, reference]);
  const selected = all.find((t) => t.id === selectedTransferId);
  const closeEditor = useCallback(() => useRegister.getState().selectTransfer(null), []);
  useEscapeToClose(closeEditor);
  // Only the rows on screen are drawn (and a few around them): the table stays quick with thousands.
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: transfers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 10,
    // A box not measured yet (or with no layout at all) draws a screenful of rows rather than none.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : UNMEASURED)),
  });
  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  const master = (
    <div className="master">
      {all.length > 0 && (
        <Group gap="xs" p="xs" className="toolbar">
          <SearchBox
            label="Search transfers"
            placeholder="Search transfers"
            value={query}
            onChange={setQuery}
            style={{ flex: 1 }}
          />
          <Text size="xs" c="dimmed" data-testid="transfer-count">
            {transfers.length === all.length ? all.length : `${transfers.length} of ${all.length}`}
          </Text>
        </Group>
      )}
      <ScrollArea style={{ flex: 1 }} p="xs" viewportRef={scroller}>
        {all.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            No international transfers recorded. Add them in an activity's Transfers section.
          </Text>
        ) : transfers.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            No transfer matches “{query}”.
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
              {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
              {rows.map((row) => {
                const t = transfers[row.index]!;
                const a = activityById.get(t.activityId);
                const m = t.mechanism === null ? undefined : mechanismById.get(t.mechanism);
                return (
                  <OpenableRow
                    key={t.id}
                    index={row.index}
                    rowRef={virtualizer.measureElement}
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
                    <Table.Td>{(t.partyId && partyById.get(t.partyId)?.name) ?? '—'}</Table.Td>
                    <Table.Td c={m?.retired ? 'red' : undefined}>
                      {m
                        ? `${mechanismName(m, t.sccModule)}${m.retired ? ' (retired)' : ''}`
                        : 'not recorded'}
                    </Table.Td>
                    <Table.Td>{t.tiaDate ?? (m?.requiresTia ? 'missing' : '—')}</Table.Td>
                  </OpenableRow>
                );
              })}
              {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </div>
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
