// One term's editor: its label, description and (for personal data) its Art 9 / Art 10 mark; the
// activities using it; Delete, refused up front while it is in use; and "Merge into…" for a duplicate.
import { zodResolver } from '@hookform/resolvers/zod';
import { Divider, Radio, ScrollArea, Stack, Text, TextInput, Textarea } from '@mantine/core';

import { Controller, useForm, useWatch } from 'react-hook-form';
import type { SpecialKind } from '../../../../shared/domain';
import type { TermMergeResult, TermUsage } from '../../../../shared/ipc/contract';
import { EditorHeader } from '../../components/EditorHeader';
import { useDirtyFlag, useRecordSave } from '../../components/form-state';
import { call } from '../../lib/api';
import { TERM_LIST_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import { MergeTerm } from './MergeTerm';
import {
  TermForm,
  fromTermForm,
  toTermForm,
  type EditedTerm,
  type TermFormInput,
  type TermFormValues,
} from './term-form';
import { TermUsers, useTermUsers } from './TermUsers';

type Props = {
  term: EditedTerm;
  /** The other terms of its list, with their use, for "Merge into…". */
  others: TermUsage[];
  onSaved(id: string): void;
  onDeleted(): void;
  onMerged(result: TermMergeResult): void;
};

const SPECIAL_CHOICES: [SpecialKind | 'none', string][] = [
  ['none', 'Ordinary personal data'],
  ['art9', 'Special category (Art 9)'],
  ['art10', 'Criminal convictions and offences (Art 10)'],
];

/** The refusal a term in use gets, naming the activities that use it and the way out. */
export function inUseMessage(label: string, users: { reference: string }[]): string {
  return `"${label}" is used by ${users.map((u) => u.reference).join(', ')}. Remove it from those activities, or merge it into another term, before deleting it.`;
}

export function TermEditor({ term, others, onSaved, onDeleted, onMerged }: Props) {
  const refresh = useRegister((s) => s.refresh);
  const users = useTermUsers(term.id);
  const form = useForm<TermFormInput, unknown, TermFormValues>({
    resolver: zodResolver(TermForm),
    defaultValues: toTermForm(term),
    mode: 'onTouched',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useDirtyFlag(isDirty);
  const label = useWatch({ control, name: 'label' });

  const { save, undo, message, setMessage } = useRecordSave(
    form,
    (values) => call('terms:save', fromTermForm(values, term)),
    toTermForm,
    (saved) => onSaved(saved.id),
    term.id ? () => call('terms:undo', { id: term.id! }) : undefined,
  );

  const remove = async () => {
    if (!term.id) return;
    if (users && users.length > 0) return setMessage(inUseMessage(term.label ?? '', users));
    if (!window.confirm(`Delete "${term.label}" from ${TERM_LIST_LABELS[term.list]}?`)) return;
    try {
      await call('terms:delete', { id: term.id });
      useRegister.getState().setDirty(false);
      await refresh();
      onDeleted();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const merged = async (result: TermMergeResult) => {
    useRegister.getState().setDirty(false);
    await refresh();
    onMerged(result);
  };

  return (
    <ScrollArea h="100%">
      <form onSubmit={(e) => void save(e)} noValidate aria-label="Term">
        <Stack gap="xs" p="sm" data-testid="term-editor">
          <EditorHeader
            title={label || `New term in ${TERM_LIST_LABELS[term.list]}`}
            dirty={isDirty}
            saving={isSubmitting}
            isNew={!term.id}
            onDelete={term.id ? () => void remove() : undefined}
            onUndo={undo && (() => void undo())}
            onHistory={
              term.id
                ? () => useRegister.getState().showHistory({ id: term.id!, label: term.label ?? '' })
                : undefined
            }
            message={message}
          />
          {users && <TermUsers users={users} />}
          <TextInput size="xs" label="Label" required {...register('label')} error={errors.label?.message} />
          <Textarea
            size="xs"
            label="Description"
            rows={3}
            {...register('description')}
            error={errors.description?.message}
          />
          {term.list === 'personal-data' && (
            <Controller
              control={control}
              name="special"
              render={({ field }) => (
                <Radio.Group
                  size="xs"
                  label="Kind of data"
                  description="Special category and criminal offence data need an Art 9 or Art 10 condition in each activity that holds them."
                  value={field.value ?? 'none'}
                  onChange={(value) => field.onChange(value === 'none' ? null : value)}
                >
                  <Stack gap={4} mt={4}>
                    {SPECIAL_CHOICES.map(([value, text]) => (
                      <Radio key={value} size="xs" value={value} label={text} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
          )}
        </Stack>
      </form>
      {term.id && users && (
        <Stack gap="xs" p="sm" pt={0}>
          <Divider />
          <MergeTerm
            term={{
              id: term.id,
              label: term.label ?? '',
              special: term.special ?? null,
              usedBy: users.length,
            }}
            others={others}
            disabled={isDirty}
            onMerged={(result) => void merged(result)}
            onFailed={setMessage}
          />
          {isDirty && (
            <Text size="xs" c="dimmed">
              Save or undo your changes before merging.
            </Text>
          )}
        </Stack>
      )}
    </ScrollArea>
  );
}
