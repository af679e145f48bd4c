// One retention rule of an activity (Art 30(1)(f)): for a data category, or the whole activity, either a
// period ("6 years from end of employment") or a rule in words ("Until consent is withdrawn…").
import { ActionIcon, Group, NumberInput, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { RETENTION_UNITS, type RetentionUnit } from '../../../../shared/domain/codes';
import type { ActivityDraftState } from './draft';

export type RetentionEntry = ActivityDraftState['retention'][number];
type Kind = 'period' | 'rule';

/**
 * Which way the row is given, read from the row itself rather than kept aside, so it follows the row when
 * another one is removed: a row with nothing of a period (no number, no unit, no "from") is a rule in words.
 * A new row starts with a unit, so it starts as a period.
 */
export function kindOf(entry: RetentionEntry): Kind {
  return entry.period === null && entry.unit === null && entry.fromEvent === '' ? 'rule' : 'period';
}

/** The period in words, as the exports write it: "6 years from end of employment". */
function periodWords(entry: RetentionEntry): string {
  const period = entry.period !== null ? `${entry.period} ${entry.unit ?? ''}`.trim() : '';
  const from = entry.fromEvent ? `from ${entry.fromEvent}` : '';
  return [period, from].filter((s) => s !== '').join(' ');
}

/**
 * Switching never loses what the row says. To a rule: the period goes into the words, ahead of any rule
 * already there, so a period that met the checks still meets them as a rule. To a period: a unit to start
 * from; the rule stays (and stays on screen) until the user clears it.
 */
export function switchKind(entry: RetentionEntry, kind: Kind): Partial<RetentionEntry> {
  if (kind === kindOf(entry)) return {};
  if (kind === 'rule') {
    const rule = [periodWords(entry), entry.rule.trim()].filter((s) => s !== '').join('; ');
    return { period: null, unit: null, fromEvent: '', rule };
  }
  return { unit: entry.unit ?? 'years' };
}

type Props = {
  entry: RetentionEntry;
  index: number;
  categories: { value: string; label: string }[];
  /** The core's refusal of this row's fields, by field name (`period` for `retention[0].period`). */
  errors: Partial<Record<keyof RetentionEntry, string>>;
  onChange(patch: Partial<RetentionEntry>): void;
  onRemove(): void;
};

export function RetentionRow({ entry, index, categories, errors, onChange, onRemove }: Props) {
  const kind = kindOf(entry);
  const n = index + 1;
  return (
    <Stack gap={4} className="row-card" data-testid="retention-row">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          size="xs"
          style={{ flex: 2 }}
          label="Data category"
          data-field="retention"
          data={categories}
          value={entry.personalDataTermId ?? ''}
          onChange={(v) => onChange({ personalDataTermId: v ? v : null })}
          error={errors.personalDataTermId}
        />
        {/* Two radios rather than a segmented control, which measures itself on every mount: an activity
            with several rows opens noticeably slower with one per row. */}
        <Radio.Group
          aria-label={`Retention rule ${n} given as`}
          value={kind}
          onChange={(v) => onChange(switchKind(entry, v as Kind))}
        >
          <Group gap="xs">
            <Radio size="xs" value="period" label="Period" />
            <Radio size="xs" value="rule" label="Rule in words" />
          </Group>
        </Radio.Group>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove retention rule ${n}`}
          onClick={onRemove}
        >
          ×
        </ActionIcon>
      </Group>
      {kind === 'period' && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            size="xs"
            style={{ width: '5rem' }}
            label="Period"
            aria-label={`Period of retention rule ${n}`}
            min={0}
            value={entry.period ?? ''}
            onChange={(v) => onChange({ period: typeof v === 'number' ? v : null })}
            error={errors.period}
          />
          <Select
            size="xs"
            style={{ width: '6rem' }}
            label="Unit"
            aria-label={`Unit of retention rule ${n}`}
            data={[...RETENTION_UNITS]}
            value={entry.unit}
            // A row without a unit would read as a rule in words (see kindOf): the unit is changed, not cleared.
            allowDeselect={false}
            onChange={(v) => onChange({ unit: v as RetentionUnit | null })}
            error={errors.unit}
          />
          <TextInput
            size="xs"
            style={{ flex: 2 }}
            label="From"
            aria-label={`From (retention rule ${n})`}
            placeholder="end of employment"
            value={entry.fromEvent}
            onChange={(e) => onChange({ fromEvent: e.currentTarget.value })}
            error={errors.fromEvent}
          />
        </Group>
      )}
      {/* Shown whenever a rule is recorded, beside a period too (an import can bring both): never hidden. */}
      {(kind === 'rule' || entry.rule !== '') && (
        <Textarea
          size="xs"
          label="Rule in words"
          aria-label={`Rule in words (retention rule ${n})`}
          placeholder="Until consent is withdrawn"
          rows={2}
          value={entry.rule}
          onChange={(e) => onChange({ rule: e.currentTarget.value })}
          error={errors.rule}
        />
      )}
    </Stack>
  );
}
