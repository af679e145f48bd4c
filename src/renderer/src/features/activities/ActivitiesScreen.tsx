// Activities: filters and search as you type over a virtualised table, the editor beside it.
import { Button, Chip, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Activity } from '../../../../shared/domain';
import { LAWFUL_BASES, type ActivityRole } from '../../../../shared/domain/codes';
import { call } from '../../lib/api';
import { SampleRegisters } from '../../components/SampleRegisters';
import { useRegister } from '../../stores/register-store';
import { ActivityEditor } from './ActivityEditor';
import { ActivityTable } from './ActivityTable';
import {
  EMPTY_FILTER,
  buildFilterIndex,
  filterActivities,
  sortActivities,
  type Sort,
} from './activity-filter';
import { blankActivity, draftOf, nextReference, type ActivityDraftState } from './draft';

export function ActivitiesScreen() {
  const { activities, transfers, reference, selectedActivityId, selectActivity, summary } = useRegister();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'reference', descending: false });
  const [creating, setCreating] = useState<ActivityDraftState | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const deferredFilter = useDeferredValue(filter);

  const index = useMemo(() => buildFilterIndex(transfers), [transfers]);
  const sorted = useMemo(() => sortActivities(activities, sort), [activities, sort]);
  const rows = useMemo(
    () => filterActivities(sorted, deferredFilter, index),
    [sorted, deferredFilter, index],
  );
  const departments = useMemo(
    () => [...new Set(activities.map((a) => a.department).filter(Boolean))].sort(),
    [activities],
  );
  // The table holds rows; the editor gets the whole activity, re-read after every change to the register.
  const [loaded, setLoaded] = useState<Activity | null>(null);
  useEffect(() => {
    if (!selectedActivityId) return;
    let current = true;
    call('activities:get', { id: selectedActivityId })
      .then((activity) => current && setLoaded(activity))
      .catch(() => current && setLoaded(null));
    return () => {
      current = false;
    };
  }, [selectedActivityId, activities]);
  const selected = loaded && loaded.id === selectedActivityId ? loaded : null;

  const startNew = (role: ActivityRole) => {
    if (
      !useRegister.getState().dirty ||
      window.confirm('You have unsaved changes. Leave without saving them?')
    ) {
      useRegister.setState({ selectedActivityId: null, dirty: false });
      setCreating(
        blankActivity(
          role,
          nextReference(
            activities.map((a) => a.reference),
            'PA',
          ),
        ),
      );
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLElement && event.target.closest('input, textarea, [role=combobox]');
      if (
        (event.key === '/' && !typing) ||
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f')
      ) {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key.toLowerCase() === 'n' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        startNew('controller');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const roleCount = (role: ActivityRole) => activities.filter((a) => a.role === role).length;
  const editing = creating ?? (selected ? draftOf(selected) : null);
  return (
    <div className="master-detail">
      <div className="master">
        <Group gap="xs" p="xs" className="toolbar" wrap="wrap">
          <TextInput
            ref={search}
            size="xs"
            placeholder="Search activities  ( / )"
            aria-label="Search activities"
            value={filter.search}
            onChange={(e) => setFilter({ ...filter, search: e.currentTarget.value })}
            style={{ flex: 1, minWidth: '10rem' }}
          />
          <Button size="xs" onClick={() => startNew('controller')} title="New controller activity (N)">
            + Controller
          </Button>
          <Button size="xs" variant="light" onClick={() => startNew('processor')}>
            + Processor
          </Button>
        </Group>
        <Group gap={6} px="xs" pb="xs" wrap="wrap">
          <Chip.Group
            value={filter.role ?? ''}
            onChange={(v) => setFilter({ ...filter, role: v === '' ? null : (v as ActivityRole) })}
          >
            <Chip size="xs" value="">
              All {activities.length}
            </Chip>
            <Chip size="xs" value="controller">
              Controller {roleCount('controller')}
            </Chip>
            <Chip size="xs" value="processor">
              Processor {roleCount('processor')}
            </Chip>
          </Chip.Group>
          <Chip
            size="xs"
            checked={filter.specialOnly}
            onChange={(specialOnly) => setFilter({ ...filter, specialOnly })}
          >
            Special data
          </Chip>
          <Select
            size="xs"
            w={110}
            placeholder="Status"
            aria-label="Filter by status"
            clearable
            data={['draft', 'active', 'retired']}
            value={filter.status}
            onChange={(v) => setFilter({ ...filter, status: v as typeof filter.status })}
          />
          <Select
            size="xs"
            w={130}
            placeholder="Department"
            aria-label="Filter by department"
            clearable
            data={departments}
            value={filter.department}
            onChange={(department) => setFilter({ ...filter, department })}
          />
          <Select
            size="xs"
            w={140}
            placeholder="Lawful basis"
            aria-label="Filter by lawful basis"
            clearable
            data={LAWFUL_BASES.map((id) => ({
              value: id,
              label: reference?.lawfulBases.find((b) => b.id === id)?.shortLabel ?? id,
            }))}
            value={filter.lawfulBasis}
            onChange={(v) => setFilter({ ...filter, lawfulBasis: v as typeof filter.lawfulBasis })}
          />
          <Select
            size="xs"
            w={130}
            placeholder="Country"
            aria-label="Filter by transfer country"
            clearable
            searchable
            data={[...new Set(transfers.map((t) => t.country).filter((c): c is string => c !== null))]}
            value={filter.country}
            onChange={(country) => setFilter({ ...filter, country })}
          />
        </Group>
        <ActivityTable
          rows={rows}
          selectedId={selectedActivityId}
          sort={sort}
          onSort={setSort}
          onOpen={(id) => {
            selectActivity(id);
            if (useRegister.getState().selectedActivityId === id) setCreating(null);
          }}
        />
        <Text size="xs" c="dimmed" px="xs" py={4} data-testid="activity-count">
          {rows.length} of {activities.length} activities · {summary?.organisation.legalName}
        </Text>
      </div>
      <div className="detail">
        {editing ? (
          <ActivityEditor
            key={editing.id ?? `new-${editing.reference}`}
            initial={editing}
            onSaved={(id) => {
              setCreating(null);
              useRegister.setState({ selectedActivityId: id, dirty: false });
            }}
            onDeleted={() => useRegister.setState({ selectedActivityId: null, dirty: false })}
          />
        ) : (
          <div className="empty">
            <Stack align="center" gap="lg">
              <Text size="sm" c="dimmed">
                {activities.length === 0
                  ? 'This register is empty: press N for a first activity, or look at a sample.'
                  : 'Select an activity, or press N for a new one.'}
              </Text>
              {activities.length === 0 && <SampleRegisters />}
            </Stack>
          </div>
        )}
      </div>
    </div>
  );
}
