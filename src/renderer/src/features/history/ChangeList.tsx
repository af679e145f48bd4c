// The register's change log in words, newest first: who-what-when for every write, each field's old and new
// value, narrowed to one kind of record or one record, and paged back 200 entries at a time; a deleted
// record can be restored from its deletion.
import { Anchor, Badge, Button, CloseButton, Group, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useDeferredValue, useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/domain';
import { SearchBox } from '../../components/SearchBox';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { ApiError, call } from '../../lib/api';
import { useRegister, type RecordKind } from '../../stores/register-store';
import {
  ACTION_WORDS,
  ENTITY_FILTERS,
  ENTITY_LABELS,
  whenWritten,
  type HistoryEntity,
} from './history-words';
import { useRecordExists } from './record-exists';
import { RestoreDeleted, isRestorable } from './RestoreDeleted';

/** Entries fetched at a time: a busy register has tens of thousands, and the newest matter most. */
export const HISTORY_PAGE = 200;

function isRecordKind(entity: HistoryEntity): entity is RecordKind {
  return entity === 'activity' || entity === 'party' || entity === 'transfer';
}

/** The entry's record as a link when it still exists; a deleted record is only named. */
function RecordName({ entry }: { entry: HistoryEntry }) {
  const { openRecord, openTerm, go } = useRegister();
  const { entity, entityId } = entry;
  const exists = useRecordExists(entry);
  if (!exists) return <b>{entry.label}</b>;
  const open = () => {
    if (isRecordKind(entity)) openRecord(entity, entityId);
    else if (entity === 'term') openTerm(entityId);
    else go('organisation');
  };
  return (
    <Anchor size="xs" fw={600} component="button" onClick={open}>
      {entry.label}
    </Anchor>
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  return (
    <div className="history-entry" data-testid="history-entry">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="xs" className="mono muted" style={{ flexShrink: 0 }}>
          {whenWritten(entry.at)}
        </Text>
        <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
          {ENTITY_LABELS[entry.entity]}
        </Badge>
        <Text size="xs">
          <RecordName entry={entry} /> {ACTION_WORDS[entry.action]}
          {entry.detail ? `: ${entry.detail}` : ''}
        </Text>
      </Group>
      {isRestorable(entry) && <RestoreDeleted entry={entry} />}
      {entry.changes.length > 0 && (
        <ul className="history-changes">
          {entry.changes.map((c) => (
            <li key={c.field}>
              <span className="muted">{c.label}:</span> {c.from} <span className="muted">→</span> {c.to}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ChangeList() {
  const { historyOf, showHistory, activities, parties, transfers, terms, summary } = useRegister();
  const [entity, setEntity] = useState<HistoryEntity | null>(null);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // Searched in the core, over the whole log (the screen reads it a page at a time).
  const searched = useDeferredValue(search.trim());

  const query = (beforeId?: number) => ({
    limit: HISTORY_PAGE,
    ...(historyOf ? { entityId: historyOf.id } : {}),
    ...(entity && !historyOf ? { entity } : {}),
    ...(searched && !historyOf ? { search: searched } : {}),
    ...(beforeId !== undefined ? { beforeId } : {}),
  });
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  // Read again whenever the register changes (its lists are reloaded after every write).
  useEffect(() => {
    let current = true;
    call('history:list', query()).then((list) => {
      if (!current) return;
      setEntries(list);
      setMore(list.length === HISTORY_PAGE);
      setError(null);
    }, fail);
    return () => {
      current = false;
    };
  }, [historyOf, entity, searched, activities, parties, transfers, terms, summary]);

  const older = async () => {
    const last = entries?.at(-1);
    if (!last) return;
    try {
      const list = await call('history:list', query(last.id));
      setEntries((shown) => [...(shown ?? []), ...list]);
      setMore(list.length === HISTORY_PAGE);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Stack gap={0} h="100%" data-testid="change-list">
      <Group p="xs" gap="xs" className="toolbar">
        {historyOf ? (
          <Group gap={4} data-testid="history-of">
            <Text size="xs">
              History of <b>{historyOf.label}</b>
            </Text>
            <CloseButton
              size="xs"
              aria-label="Show the whole register's history"
              onClick={() => showHistory(null)}
            />
          </Group>
        ) : (
          <Select
            size="xs"
            aria-label="Kind of record"
            placeholder="All records"
            clearable
            data={ENTITY_FILTERS}
            value={entity}
            onChange={(v) => setEntity(v as HistoryEntity | null)}
            w={180}
          />
        )}
        {!historyOf && (
          <SearchBox
            label="Search the history by record"
            placeholder="Search by record"
            value={search}
            onChange={setSearch}
            w={220}
          />
        )}
        {entries && (
          <Text size="xs" c="dimmed">
            {entries.length === 0
              ? searched
                ? `No change to a record named “${searched}”.`
                : 'No changes recorded.'
              : `Newest first${more ? '' : ' · all shown'}`}
          </Text>
        )}
      </Group>
      {error && <ErrorAlert message={error} />}
      <ScrollArea style={{ flex: 1 }}>
        {entries === null ? (
          <Text size="xs" p="md">
            Reading the history…
          </Text>
        ) : (
          entries.map((entry) => <Entry key={entry.id} entry={entry} />)
        )}
        {more && (
          <Group p="xs">
            <Button size="compact-xs" variant="default" onClick={() => void older()}>
              Show older changes
            </Button>
          </Group>
        )}
      </ScrollArea>
    </Stack>
  );
}
