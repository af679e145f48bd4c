// Editor sections ③ People & data (Art 30(1)(c), Art 9/10 conditions) and ④ Recipients (Art 30(1)(d),
// processors and clients picked from Parties).
import { ActionIcon, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { memo } from 'react';
import { PARTY_RELATIONS } from '../../../../shared/domain/codes';
import { HintedOption } from '../../components/HintedOption';
import { TermPicker } from '../../components/TermPicker';
import { RELATION_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import type { ActivityDraftState, FieldErrors, UpdateDraft } from './draft';

const hintOf = (conditions: readonly { id: string; hint: string }[] | undefined, id: string) =>
  conditions?.find((c) => c.id === id)?.hint ?? '';

type SectionProps = { draft: ActivityDraftState; update: UpdateDraft; errors: FieldErrors };

export const PeopleDataSection = memo(function PeopleDataSection({ draft, update, errors }: SectionProps) {
  const terms = useRegister((s) => s.terms);
  const reference = useRegister((s) => s.reference);
  const kinds = new Set(
    terms.filter((t) => draft.personalDataIds.includes(t.id) && t.special).map((t) => t.special),
  );
  return (
    <Stack gap="xs">
      <TermPicker
        list="data-subject"
        label="Categories of data subjects"
        field="dataSubjectIds"
        value={draft.dataSubjectIds}
        onChange={(dataSubjectIds) => update({ dataSubjectIds })}
      />
      <TermPicker
        list="personal-data"
        label="Categories of personal data"
        field="personalDataIds"
        value={draft.personalDataIds}
        onChange={(personalDataIds) => update({ personalDataIds })}
      />
      <TermPicker
        list="data-source"
        label="Sources of the data"
        field="dataSourceIds"
        value={draft.dataSourceIds}
        onChange={(dataSourceIds) => update({ dataSourceIds })}
      />
      {kinds.has('art9') && draft.role === 'controller' && (
        <>
          <MultiSelect
            size="xs"
            label="Art 9(2) condition for special category data"
            data-field="art9Conditions"
            data={(reference?.art9 ?? []).map((c) => ({ value: c.id, label: `${c.article} ${c.label}` }))}
            renderOption={({ option, checked }) => (
              <HintedOption
                label={option.label}
                hint={hintOf(reference?.art9, option.value)}
                checked={checked ?? false}
              />
            )}
            value={draft.art9Conditions}
            onChange={(v) => update({ art9Conditions: v as ActivityDraftState['art9Conditions'] })}
            error={errors['art9Conditions']}
          />
          <MultiSelect
            size="xs"
            label="UK DPA 2018 Schedule 1 conditions"
            data-field="ukSchedule1Conditions"
            searchable
            data={(reference?.ukSchedule1 ?? []).map((c) => ({ value: c.id, label: c.label }))}
            value={draft.ukSchedule1Conditions}
            onChange={(ukSchedule1Conditions) => update({ ukSchedule1Conditions })}
          />
        </>
      )}
      {kinds.has('art10') && draft.role === 'controller' && (
        <Group grow>
          <MultiSelect
            size="xs"
            label="Art 10 condition for criminal offence data"
            data-field="art10Conditions"
            data={(reference?.art10 ?? []).map((c) => ({ value: c.id, label: c.label }))}
            renderOption={({ option, checked }) => (
              <HintedOption
                label={option.label}
                hint={hintOf(reference?.art10, option.value)}
                checked={checked ?? false}
              />
            )}
            value={draft.art10Conditions}
            onChange={(v) => update({ art10Conditions: v as ActivityDraftState['art10Conditions'] })}
          />
          <TextInput
            size="xs"
            label="Law authorising it"
            data-field="art10LawReference"
            value={draft.art10LawReference}
            onChange={(e) => update({ art10LawReference: e.currentTarget.value })}
          />
        </Group>
      )}
    </Stack>
  );
});

export const RecipientsSection = memo(function RecipientsSection({ draft, update, errors }: SectionProps) {
  const parties = useRegister((s) => s.parties);
  const relations = PARTY_RELATIONS.filter((r) => draft.role === 'processor' || r !== 'client-controller');
  const setLink = (index: number, patch: Partial<ActivityDraftState['parties'][number]>) =>
    update({ parties: draft.parties.map((l, i) => (i === index ? { ...l, ...patch } : l)) });
  return (
    <Stack gap="xs">
      <TermPicker
        list="recipient"
        label="Categories of recipients"
        field="recipientCategoryIds"
        value={draft.recipientCategoryIds}
        onChange={(recipientCategoryIds) => update({ recipientCategoryIds })}
      />
      {draft.parties.map((link, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap" data-testid="party-link">
          <Select
            size="xs"
            style={{ flex: 2 }}
            label="Party"
            data-field="parties"
            searchable
            data={parties.map((p) => ({ value: p.id, label: p.name }))}
            value={link.partyId}
            onChange={(v) => v && setLink(index, { partyId: v })}
            error={errors[`parties[${index}].partyId`]}
          />
          <Select
            size="xs"
            style={{ flex: 1 }}
            label="As"
            data={relations.map((r) => ({ value: r, label: RELATION_LABELS[r] }))}
            value={link.relation}
            onChange={(v) => v && setLink(index, { relation: v as typeof link.relation })}
            error={errors[`parties[${index}].relation`]}
            allowDeselect={false}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove party ${index + 1}`}
            onClick={() => update({ parties: draft.parties.filter((_, i) => i !== index) })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          data-field="parties"
          disabled={parties.length === 0}
          onClick={() => {
            const first = parties[0];
            if (!first) return;
            const relation = draft.role === 'processor' ? 'client-controller' : 'processor';
            update({ parties: [...draft.parties, { partyId: first.id, relation, description: '' }] });
          }}
        >
          + Link a party
        </Button>
      </Group>
    </Stack>
  );
});
