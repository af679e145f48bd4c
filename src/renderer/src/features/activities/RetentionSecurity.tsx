// Editor sections ⑥ Retention per data category (Art 30(1)(f)), ⑦ Security (Art 30(1)(g)),
// ⑧ DPIA screening (WP248, two or more criteria: likely required) and ⑨ Review.
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { memo } from 'react';
import { counted } from '../../../../shared/counted';
import { addMonths, localToday } from '../../../../shared/dates';
import { DPIA_STATUSES } from '../../../../shared/domain/codes';
import { TermPicker } from '../../components/TermPicker';
import { RetentionRow, type RetentionEntry } from './RetentionRow';
import { useRegister } from '../../stores/register-store';
import type { ActivityDraftState, FieldErrors, UpdateDraft } from './draft';

type SectionProps = { draft: ActivityDraftState; update: UpdateDraft; errors: FieldErrors };

/** The errors of one retention row, by its own field names: `retention[1].period` → `period`. */
function rowErrors(errors: FieldErrors, index: number): Record<string, string> {
  const prefix = `retention[${index}].`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

export const RetentionSection = memo(function RetentionSection({ draft, update, errors }: SectionProps) {
  const terms = useRegister((s) => s.terms);
  const categories = [
    { value: '', label: 'Whole activity' },
    ...terms
      .filter((t) => draft.personalDataIds.includes(t.id))
      .map((t) => ({ value: t.id, label: t.label })),
  ];
  const setEntry = (index: number, patch: Partial<RetentionEntry>) =>
    update({ retention: draft.retention.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <Stack gap="xs">
      {draft.retention.map((entry, index) => (
        <RetentionRow
          key={index}
          entry={entry}
          index={index}
          categories={categories}
          errors={rowErrors(errors, index)}
          onChange={(patch) => setEntry(index, patch)}
          onRemove={() => update({ retention: draft.retention.filter((_, i) => i !== index) })}
        />
      ))}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          data-field="retention"
          onClick={() =>
            update({
              retention: [
                ...draft.retention,
                { personalDataTermId: null, period: null, unit: 'years', fromEvent: '', rule: '' },
              ],
            })
          }
        >
          + Add retention rule
        </Button>
      </Group>
    </Stack>
  );
});

export const SecuritySection = memo(function SecuritySection({ draft, update }: SectionProps) {
  return (
    <Stack gap="xs">
      <TermPicker
        list="security-measure"
        label="Technical and organisational security measures"
        field="securityMeasureIds"
        value={draft.securityMeasureIds}
        onChange={(securityMeasureIds) => update({ securityMeasureIds })}
      />
      <Textarea
        size="xs"
        label="Security notes"
        data-field="securityNotes"

        value={draft.securityNotes}
        onChange={(e) => update({ securityNotes: e.currentTarget.value })}
      />
    </Stack>
  );
});

export const DpiaSection = memo(function DpiaSection({ draft, update }: SectionProps) {
  const reference = useRegister((s) => s.reference);
  const threshold = reference?.dpiaThreshold ?? 2;
  const likely = new Set(draft.dpia.criteria).size >= threshold;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="xs">{draft.dpia.criteria.length} of 9 criteria met</Text>
        {likely ? (
          <Badge color="orange" size="sm" data-testid="dpia-likely">
            DPIA likely required
          </Badge>
        ) : (
          <Badge color="gray" variant="light" size="sm">
            DPIA not indicated
          </Badge>
        )}
      </Group>
      <Checkbox.Group
        value={draft.dpia.criteria}
        onChange={(v) =>
          update({ dpia: { ...draft.dpia, criteria: v as ActivityDraftState['dpia']['criteria'] } })
        }
      >
        <Stack gap={4}>
          {(reference?.dpiaCriteria ?? []).map((c) => (
            <Checkbox key={c.id} size="xs" value={c.id} label={c.shortLabel} description={c.explanation} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group grow>
        <Select
          size="xs"
          label="DPIA status"
          data-field="dpia"
          data={[...DPIA_STATUSES]}
          value={draft.dpia.status}
          allowDeselect={false}
          onChange={(v) =>
            v && update({ dpia: { ...draft.dpia, status: v as ActivityDraftState['dpia']['status'] } })
          }
        />
        <TextInput
          size="xs"
          label="DPIA reference"
          value={draft.dpia.reference}
          onChange={(e) => update({ dpia: { ...draft.dpia, reference: e.currentTarget.value } })}
        />
      </Group>
    </Stack>
  );
});

export const ReviewSection = memo(function ReviewSection({ draft, update, errors }: SectionProps) {
  const date = (v: string) => (v === '' ? null : v);
  const interval = useRegister((s) => s.summary?.organisation.reviewIntervalMonths ?? 12);
  // Today in the user's own time zone; the next review a review interval on (Organisation sets it). Saved
  // with the rest of the activity, like any other edit.
  const reviewedToday = () => {
    const today = localToday();
    update({ lastReviewedAt: today, nextReviewAt: addMonths(today, interval) });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="compact-xs" variant="light" onClick={reviewedToday}>
          Reviewed today
        </Button>
        <Text size="xs" c="dimmed">
          sets the next review {counted(interval, 'month')} later
        </Text>
      </Group>
      <Group grow>
        <TextInput
          size="xs"
          type="date"
          label="Last reviewed"
          data-field="lastReviewedAt"
          value={draft.lastReviewedAt ?? ''}
          onChange={(e) => update({ lastReviewedAt: date(e.currentTarget.value) })}
          error={errors['lastReviewedAt']}
        />
        <TextInput
          size="xs"
          type="date"
          label="Next review"
          data-field="nextReviewAt"
          value={draft.nextReviewAt ?? ''}
          onChange={(e) => update({ nextReviewAt: date(e.currentTarget.value) })}
          error={errors['nextReviewAt']}
        />
      </Group>
      <Switch
        size="xs"
        label="Automated decision-making (Art 22)"
        data-field="automatedDecisionMaking"
        checked={draft.automatedDecisionMaking.used}
        onChange={(e) =>
          update({
            automatedDecisionMaking: { ...draft.automatedDecisionMaking, used: e.currentTarget.checked },
          })
        }
      />
      <Textarea
        size="xs"
        label="Notes"
        data-field="notes"

        value={draft.notes}
        onChange={(e) => update({ notes: e.currentTarget.value })}
      />
    </Stack>
  );
});
