// The chips and pickers that narrow the activities table. Memoised: selecting a row leaves it untouched.
import { Chip, Group, Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { LAWFUL_BASES, type ActivityRole } from '../../../../shared/domain/codes';
import { useRegister } from '../../stores/register-store';
import type { ActivityFilter } from './activity-filter';

type Props = { filter: ActivityFilter; onChange(filter: ActivityFilter): void };

export const ActivityFilters = memo(function ActivityFilters({ filter, onChange }: Props) {
  const activities = useRegister((s) => s.activities);
  const transfers = useRegister((s) => s.transfers);
  const bases = useRegister((s) => s.reference?.lawfulBases);
  const departments = useMemo(
    () => [...new Set(activities.map((a) => a.department).filter(Boolean))].sort(),
    [activities],
  );
  const roleCounts = useMemo(() => {
    let controller = 0;
    for (const a of activities) if (a.role === 'controller') controller++;
    return { controller, processor: activities.length - controller };
  }, [activities]);
  const countries = useMemo(
    () => [...new Set(transfers.map((t) => t.country).filter((c): c is string => c !== null))].sort(),
    [transfers],
  );
  const basisOptions = useMemo(
    () => LAWFUL_BASES.map((id) => ({ value: id, label: bases?.find((b) => b.id === id)?.shortLabel ?? id })),
    [bases],
  );
  return (
    <div className="activity-filters">
      <Group gap={6} wrap="wrap">
        <Chip.Group
          value={filter.role ?? ''}
          onChange={(v) => onChange({ ...filter, role: v === '' ? null : (v as ActivityRole) })}
        >
          <Chip size="xs" value="">
            All {activities.length}
          </Chip>
          <Chip size="xs" value="controller">
            Controller {roleCounts.controller}
          </Chip>
          <Chip size="xs" value="processor">
            Processor {roleCounts.processor}
          </Chip>
        </Chip.Group>
        <Chip
          size="xs"
          checked={filter.specialOnly}
          onChange={(specialOnly) => onChange({ ...filter, specialOnly })}
        >
          Special data
        </Chip>
      </Group>
      {/* The four lists share one row at any width the table gets, rather than wrapping onto two. */}
      <div className="filter-selects">
        <Select
          size="xs"
          placeholder="Status"
          aria-label="Filter by status"
          clearable
          data={['draft', 'active', 'retired']}
          value={filter.status}
          onChange={(v) => onChange({ ...filter, status: v as typeof filter.status })}
        />
        <Select
          size="xs"
          placeholder="Department"
          aria-label="Filter by department"
          clearable
          data={departments}
          value={filter.department}
          onChange={(department) => onChange({ ...filter, department })}
        />
        <Select
          size="xs"
          placeholder="Lawful basis"
          aria-label="Filter by lawful basis"
          clearable
          data={basisOptions}
          value={filter.lawfulBasis}
          onChange={(v) => onChange({ ...filter, lawfulBasis: v as typeof filter.lawfulBasis })}
        />
        <Select
          size="xs"
          placeholder="Country"
          aria-label="Filter by transfer country"
          clearable
          searchable
          data={countries}
          value={filter.country}
          onChange={(country) => onChange({ ...filter, country })}
        />
      </div>
    </div>
  );
});
