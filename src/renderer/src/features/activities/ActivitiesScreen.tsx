// Activities: filters and search as you type over a virtualised table, the editor beside it.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ActivityTemplate } from '../../../../shared/activity-templates';
import type { Activity } from '../../../../shared/domain';
import type { ActivityRole } from '../../../../shared/domain/codes';
import { MasterDetail } from '../../components/MasterDetail';
import { SearchBox } from '../../components/SearchBox';
import { SampleRegisters } from '../../components/SampleRegisters';
import { call } from '../../lib/api';
import { useEscapeToClose } from '../../lib/escape';
import { typingIn } from '../../lib/search-shortcut';
import { confirmLeave, useRegister } from '../../stores/register-store';
import { useChecks } from '../checks/checks-store';
import { ActivityEditor } from './ActivityEditor';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import {
  EMPTY_FILTER,
  buildFilterIndex,
  filterActivities,
  sortActivities,
  type Sort,
} from './activity-filter';
import { blankActivity, draftOf, nextReference, type ActivityDraftState } from './draft';
import { draftFromTemplate } from './from-template';
import { useOpenActivity } from './open-activity';
import { StarterActivities } from './StarterActivities';
import { TemplatePicker } from './TemplatePicker';
import { useNewActivityRequest } from './new-activity-request';
import { useTemplatePicker } from './template-store';
import { counted } from '../../../../shared/counted';

/** Leaves the selected activity for a new draft, once any unsaved edits may be dropped. */
function leaveForNew(): boolean {
  if (!confirmLeave(useRegister.getState().dirty)) return false;
  useRegister.setState({ selectedActivityId: null, dirty: false });
  return true;
}

export function ActivitiesScreen() {
  const activities = useRegister((s) => s.activities);
  const transfers = useRegister((s) => s.transfers);
  const selectedActivityId = useRegister((s) => s.selectedActivityId);
  const legalName = useRegister((s) => s.summary?.organisation.legalName);
  const openTemplates = useTemplatePicker((s) => s.open);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'reference', descending: false });
  const [creating, setCreating] = useState<ActivityDraftState | null>(null);
  const deferredFilter = useDeferredValue(filter);

  const index = useMemo(() => buildFilterIndex(transfers), [transfers]);
  const gaps = useChecks((s) => s.byActivity);
  // Re-sorted as the counts change only when sorted by them.
  const sortGaps = sort.key === 'gaps' ? gaps : null;
  const sorted = useMemo(() => sortActivities(activities, sort, sortGaps), [activities, sort, sortGaps]);
  const rows = useMemo(
    () => filterActivities(sorted, deferredFilter, index),
    [sorted, deferredFilter, index],
  );
  // The table holds rows; the editor gets the whole activity, re-read after every change to the register.
  const [loaded, setLoaded] = useOpenActivity(selectedActivityId, activities);
  const editing = useMemo(
    () => creating ?? (selectedActivityId && loaded ? draftOf(loaded) : null),
    [creating, selectedActivityId, loaded],
  );

  // Esc closes the editor (a new draft or the selected activity), asking first about unsaved edits.
  const closeEditor = useCallback(() => {
    if (leaveForNew()) setCreating(null);
  }, []);
  useEscapeToClose(closeEditor);

  const references = () => activities.map((a) => a.reference);
  const startNew = (role: ActivityRole) => {
    if (leaveForNew()) setCreating(blankActivity(role, nextReference(references(), 'PA')));
  };
  const startFromTemplate = useCallback(async (template: ActivityTemplate) => {
    if (!confirmLeave(useRegister.getState().dirty)) return;
    const { terms, summary, refresh, activities: current } = useRegister.getState();
    let added = false;
    const draft = await draftFromTemplate(template, {
      terms,
      jurisdictions: summary?.organisation.jurisdictions ?? [],
      references: current.map((a) => a.reference),
      addTerm: async (term) => ((added = true), call('terms:save', term)),
    });
    if (added) await refresh();
    useRegister.setState({ selectedActivityId: null, dirty: false });
    setCreating(draft);
  }, []);
  // Stable, so the (memoised) editor is not drawn again when only the table's selection moves.
  const onSaved = useCallback(
    (saved: Activity) => {
      setCreating(null);
      setLoaded(saved);
      useRegister.setState({ selectedActivityId: saved.id, dirty: false });
    },
    [setLoaded],
  );
  const onDeleted = useCallback(() => useRegister.setState({ selectedActivityId: null, dirty: false }), []);
  const onOpen = useCallback((id: string) => {
    useRegister.getState().selectActivity(id);
    if (useRegister.getState().selectedActivityId === id) setCreating(null);
  }, []);

  // "New controller/processor activity" from the palette, taken when the screen shows (or is showing).
  const requestedRole = useNewActivityRequest((s) => s.role);
  useEffect(() => {
    const role = useNewActivityRequest.getState().take();
    if (role) startNew(role);
    // Only a new request runs it (startNew reads the current activities when it runs).
  }, [requestedRole]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'n' && !typingIn(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        startNew('controller');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const master = (
    <div className="master">
      <Group gap="xs" p="xs" className="toolbar" wrap="wrap">
        <SearchBox
          label="Search activities"
          placeholder="Search activities"
          value={filter.search}
          onChange={(search) => setFilter({ ...filter, search })}
          style={{ flex: 1, minWidth: '8rem' }}
        />
        <Button size="compact-xs" onClick={() => startNew('controller')} title="New controller activity (N)">
          + Controller
        </Button>
        <Button size="compact-xs" variant="light" onClick={() => startNew('processor')}>
          + Processor
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          onClick={openTemplates}
          title="New activity from a template"
        >
          Template…
        </Button>
      </Group>
      <ActivityFilters filter={filter} onChange={setFilter} />
      <ActivityTable
        rows={rows}
        selectedId={selectedActivityId}
        sort={sort}
        gaps={gaps}
        onSort={setSort}
        onOpen={onOpen}
        emptyText={activities.length === 0 ? 'No activities recorded yet.' : 'No activity matches.'}
      />
      <Text size="xs" c="dimmed" px="xs" py={4} data-testid="activity-count">
        {rows.length} of {counted(activities.length, 'activity')} · {legalName}
      </Text>
    </div>
  );
  const detail = (
    <div className="detail">
      {editing ? (
        <ActivityEditor
          initial={editing}
          updatedAt={creating ? undefined : loaded?.updatedAt}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      ) : (
        <div className="empty">
          <Stack align="center" gap="lg">
            <Text size="sm" c="dimmed">
              {activities.length === 0
                ? 'This register is empty: start from a common activity, press N for a blank one, or look at a sample.'
                : 'Select an activity, press N for a new one, or start from a template.'}
            </Text>
            {activities.length === 0 ? (
              <StarterActivities onPick={startFromTemplate} onDetails={openTemplates} />
            ) : (
              <Button size="xs" variant="light" onClick={openTemplates}>
                New activity from a template…
              </Button>
            )}
            {activities.length === 0 && <SampleRegisters />}
          </Stack>
        </div>
      )}
    </div>
  );
  return (
    <>
      <MasterDetail
        id="activities"
        master={master}
        detail={detail}
        open={editing !== null}
        onClose={closeEditor}
        backLabel="All activities"
      />
      <TemplatePicker onPick={startFromTemplate} />
    </>
  );
}
