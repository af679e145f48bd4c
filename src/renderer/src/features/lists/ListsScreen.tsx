// Lists: the register's category lists (data subjects, personal data, recipients, purposes, security
// measures, data sources). Pick a list, see each term with how many activities use it, and tidy it up:
// rename, describe, mark special category data, delete what is unused, merge duplicates.
import { Button, Group, ScrollArea, Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { TERM_LISTS, type TermList } from '../../../../shared/domain';
import type { TermMergeResult, TermUsage } from '../../../../shared/ipc/contract';
import { MasterDetail } from '../../components/MasterDetail';
import { call } from '../../lib/api';
import { useEscapeToClose } from '../../lib/escape';
import { TERM_LIST_LABELS } from '../../lib/labels';
import { confirmLeave, useRegister } from '../../stores/register-store';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { TermEditor } from './TermEditor';
import { TermTable } from './TermTable';
import type { EditedTerm } from './term-form';

/** One list's terms with their use, read again after every write (each brings a new terms array). */
function useListUsage(list: TermList): { rows: TermUsage[] | null; error: string | null } {
  const terms = useRegister((s) => s.terms);
  const [state, setState] = useState<{ rows: TermUsage[] | null; error: string | null }>({
    rows: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    call('terms:usage', { list }).then(
      (rows) => live && setState({ rows, error: null }),
      (error: unknown) => live && setState({ rows: null, error: String((error as Error).message) }),
    );
    return () => {
      live = false;
    };
  }, [list, terms]);
  return state;
}

export function ListsScreen() {
  const terms = useRegister((s) => s.terms);
  // A link from elsewhere (a term's entry in History) opens that term in its list.
  const [linked] = useState(() => terms.find((t) => t.id === useRegister.getState().termToOpen) ?? null);
  // Taken once: the next visit to Lists starts from its usual list.
  useEffect(() => useRegister.setState({ termToOpen: null }), []);
  const [list, setList] = useState<TermList>(linked?.list ?? 'personal-data');
  const [selectedId, setSelectedId] = useState<string | null>(linked?.id ?? null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { rows, error } = useListUsage(list);

  /** Moves away from the term on screen, asking first when it has unsaved edits. */
  const leaveEditor = (then: () => void) => {
    if (!confirmLeave(useRegister.getState().dirty)) return;
    useRegister.getState().setDirty(false);
    setNotice(null);
    then();
  };
  const open = (id: string) => {
    if (id === selectedId && !creating) return;
    leaveEditor(() => {
      setCreating(false);
      setSelectedId(id);
    });
  };

  // The store's terms are fresh right after a write, before the usage is read again.
  const selected = terms.find((t) => t.id === selectedId && t.list === list);
  const editing: EditedTerm | null = creating ? { list, label: '' } : (selected ?? null);
  const merged = (sourceLabel: string) => (result: TermMergeResult) => {
    setSelectedId(result.target.id);
    setNotice(
      `Merged "${sourceLabel}" into "${result.target.label}": ${result.activities === 1 ? '1 activity now uses it' : `${result.activities} activities now use it`}.`,
    );
  };

  const closeEditor = () =>
    leaveEditor(() => {
      setCreating(false);
      setSelectedId(null);
    });
  useEscapeToClose(editing ? closeEditor : null);

  const master = (
    <div className="master">
      <Group gap="xs" p="xs" className="toolbar" align="flex-end">
        <Select
          size="xs"
          label="List"
          data={TERM_LISTS.map((l) => ({ value: l, label: TERM_LIST_LABELS[l] }))}
          value={list}
          allowDeselect={false}
          onChange={(value) =>
            value && value !== list && leaveEditor(() => (setList(value as TermList), setCreating(false)))
          }
          style={{ flex: 1 }}
        />
        <Button size="xs" variant="light" onClick={() => leaveEditor(() => setCreating(true))}>
          + Term
        </Button>
      </Group>
      <ScrollArea style={{ flex: 1 }} p="xs">
        {error && <ErrorAlert message={error} />}
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            This list is empty. Add a term with + Term, or from an activity's pickers.
          </Text>
        )}
        {rows && rows.length > 0 && (
          <TermTable terms={rows} selectedId={creating ? null : selectedId} onOpen={open} />
        )}
      </ScrollArea>
    </div>
  );
  const detail = (
    <div className="detail">
      {notice && (
        <Text size="xs" c="teal" role="status" px="sm" pt="xs" data-testid="lists-notice">
          {notice}
        </Text>
      )}
      {editing ? (
        <TermEditor
          key={editing.id ?? `new-${list}`}
          term={editing}
          others={(rows ?? []).filter((t) => t.id !== editing.id)}
          onSaved={(id) => {
            setCreating(false);
            setSelectedId(id);
          }}
          onDeleted={() => setSelectedId(null)}
          onMerged={merged(editing.label ?? '')}
        />
      ) : (
        <div className="empty">
          <Text size="sm" c="dimmed">
            Select a term to rename, describe, mark or merge it.
          </Text>
        </div>
      )}
    </div>
  );
  return (
    <MasterDetail
      id="lists"
      master={master}
      detail={detail}
      open={editing !== null}
      onClose={closeEditor}
      backLabel="All terms"
    />
  );
}
