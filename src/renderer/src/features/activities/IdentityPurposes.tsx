// Editor sections ① Identity and ② Purposes & lawful bases (Art 30(1)(a)–(b) / 30(2)(a)).
import {
  ActionIcon,
  Button,
  Group,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { memo } from 'react';
import { ACTIVITY_STATUSES, LAWFUL_BASES } from '../../../../shared/domain/codes';
import type { BasisView } from '../../../../shared/ipc/reference-view';
import { HintedOption, provisionOf } from '../../components/HintedOption';
import { STATUS_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import type { ActivityDraftState, FieldErrors, UpdateDraft } from './draft';

type SectionProps = { draft: ActivityDraftState; update: UpdateDraft; errors: FieldErrors };

export const IdentitySection = memo(function IdentitySection({ draft, update, errors }: SectionProps) {
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <TextInput
          size="xs"
          label="Reference"
          data-field="reference"
          required
          value={draft.reference}
          onChange={(e) => update({ reference: e.currentTarget.value })}
          error={errors['reference']}
        />
        <Select
          size="xs"
          label="Status"
          data-field="status"
          data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={draft.status}
          onChange={(v) => v && update({ status: v as ActivityDraftState['status'] })}
          allowDeselect={false}
        />
      </Group>
      <TextInput
        size="xs"
        label="Name"
        data-field="name"
        required
        value={draft.name}
        onChange={(e) => update({ name: e.currentTarget.value })}
        error={errors['name']}
      />
      <Textarea
        size="xs"
        label="Description"
        data-field="description"

        minRows={2}
        value={draft.description}
        onChange={(e) => update({ description: e.currentTarget.value })}
      />
      <Group grow>
        <TextInput
          size="xs"
          label="Department"
          data-field="department"
          value={draft.department}
          onChange={(e) => update({ department: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label="Owner"
          data-field="owner"
          value={draft.owner}
          onChange={(e) => update({ owner: e.currentTarget.value })}
        />
      </Group>
      <TagsInput
        size="xs"
        label="Systems"
        data-field="systems"
        value={draft.systems}
        onChange={(systems) => update({ systems })}
        placeholder="Type a system and press Enter"
      />
      <TextInput
        size="xs"
        label="Storage location"
        data-field="storageLocation"
        value={draft.storageLocation}
        onChange={(e) => update({ storageLocation: e.currentTarget.value })}
      />
    </Stack>
  );
});

/** Type-ahead on the basis's name or its provision: "6(1)(f)" finds legitimate interests as "legit" does. */
const basisFilter =
  (bases: readonly BasisView[]): OptionsFilter =>
  ({ options, search }) => {
    const wanted = search.trim().toLowerCase();
    return (options as ComboboxItem[]).filter((o) => {
      const article = bases.find((b) => b.id === o.value)?.article ?? '';
      return `${o.label} ${article}`.toLowerCase().includes(wanted);
    });
  };

export const PurposesSection = memo(function PurposesSection({ draft, update, errors }: SectionProps) {
  const bases = useRegister((s) => s.reference?.lawfulBases ?? []);
  const isController = draft.role === 'controller';
  const setPurpose = (index: number, patch: Partial<ActivityDraftState['purposes'][number]>) =>
    update({ purposes: draft.purposes.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const basisOf = (id: string | null) => bases.find((b) => b.id === id);
  return (
    <Stack gap="xs">
      {!isController && (
        <Text size="xs" c="dimmed">
          A processor activity has no lawful basis of its own: the client controller decides it.
        </Text>
      )}
      {errors['purposes'] && (
        <Text size="xs" c="red">
          {errors['purposes']}
        </Text>
      )}
      {draft.purposes.map((purpose, index) => {
        const basis = basisOf(purpose.lawfulBasis);
        return (
          <Stack key={index} gap={4} className="row-card" data-testid="purpose-row">
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                size="xs"
                style={{ flex: 2 }}
                label={`Purpose ${index + 1}`}
                data-field="purposes"
                value={purpose.description}
                onChange={(e) => setPurpose(index, { description: e.currentTarget.value })}
                error={errors[`purposes[${index}].description`]}
              />
              {isController && (
                <Select
                  size="xs"
                  style={{ flex: 1 }}
                  label="Lawful basis"
                  searchable
                  aria-label={`Lawful basis of purpose ${index + 1}`}
                  data={LAWFUL_BASES.map((id) => ({ value: id, label: basisOf(id)?.shortLabel ?? id }))}
                  filter={basisFilter(bases)}
                  // Wider than the field: each option carries its Art 6(1) point and a hint.
                  comboboxProps={{ width: 380, position: 'bottom-start' }}
                  renderOption={({ option, checked }) => {
                    const b = basisOf(option.value);
                    return b ? (
                      <HintedOption
                        label={option.label}
                        provision={provisionOf(b.article)}
                        hint={b.hint}
                        checked={checked ?? false}
                      />
                    ) : (
                      option.label
                    );
                  }}
                  value={purpose.lawfulBasis}
                  onChange={(v) =>
                    setPurpose(index, { lawfulBasis: v as (typeof LAWFUL_BASES)[number] | null })
                  }
                  error={errors[`purposes[${index}].lawfulBasis`]}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove purpose ${index + 1}`}
                onClick={() => update({ purposes: draft.purposes.filter((_, i) => i !== index) })}
              >
                ×
              </ActionIcon>
            </Group>
            {basis && (
              <Text size="xs" c="dimmed">
                {basis.article}: {basis.hint}
              </Text>
            )}
            {basis?.needsLegitimateInterest && (
              <Group grow>
                <TextInput
                  size="xs"
                  label="Legitimate interest pursued"
                  value={purpose.legitimateInterest}
                  onChange={(e) => setPurpose(index, { legitimateInterest: e.currentTarget.value })}
                />
                <TextInput
                  size="xs"
                  label="LIA reference"
                  value={purpose.liaReference}
                  onChange={(e) => setPurpose(index, { liaReference: e.currentTarget.value })}
                />
              </Group>
            )}
            {basis?.needsLawReference && (
              <TextInput
                size="xs"
                label="Law relied on"
                value={purpose.lawReference}
                onChange={(e) => setPurpose(index, { lawReference: e.currentTarget.value })}
              />
            )}
          </Stack>
        );
      })}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          data-field="purposes"
          onClick={() =>
            update({
              purposes: [
                ...draft.purposes,
                {
                  termId: null,
                  description: '',
                  lawfulBasis: null,
                  legitimateInterest: '',
                  liaReference: '',
                  lawReference: '',
                },
              ],
            })
          }
        >
          + Add purpose
        </Button>
      </Group>
    </Stack>
  );
});
