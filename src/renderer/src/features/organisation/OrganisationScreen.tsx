// The organisation keeping the record: identity, roles, regimes, DPO and Art 27 representatives. A
// react-hook-form over the domain schema, so each field says what is wrong with it before anything is sent.
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, NumberInput, ScrollArea, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Organisation } from '../../../../shared/domain';
import { CountryField } from '../../components/CountryField';
import { EditorHeader } from '../../components/EditorHeader';
import { useDirtyFlag, useRecordSave } from '../../components/form-state';
import { call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { ContactFields } from '../../components/ContactFields';
import {
  OrganisationForm,
  fromForm,
  toForm,
  type OrganisationFormInput,
  type OrganisationFormValues,
} from './organisation-form';

function OrganisationEditor({ organisation }: { organisation: Organisation }) {
  const form = useForm<OrganisationFormInput, unknown, OrganisationFormValues>({
    resolver: zodResolver(OrganisationForm),
    defaultValues: toForm(organisation),
    mode: 'onTouched',
  });
  const { register, control, reset, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useDirtyFlag(isDirty);
  // A save (or another window) changed the organisation: show what the register now holds.
  // Keyed on the last change, not the object: a refresh for another reason keeps what is being typed.
  useEffect(() => reset(toForm(organisation)), [organisation.updatedAt]);

  const { save, undo, message } = useRecordSave(
    form,
    (values) => call('organisation:update', fromForm(values)),
    toForm,
    undefined,
    () => call('organisation:undo'),
  );

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-label="Organisation">
      <Stack gap="xs" p="sm" maw={760} data-testid="organisation-screen">
        <EditorHeader
          title="Organisation"
          dirty={isDirty}
          saving={isSubmitting}
          message={message}
          onUndo={undo && (() => void undo())}
          onHistory={() =>
            useRegister.getState().showHistory({ id: organisation.id, label: organisation.legalName })
          }
        />
        <Group grow align="flex-start">
          <TextInput
            size="xs"
            label="Legal name"
            required
            {...register('legalName')}
            error={errors.legalName?.message}
          />
          <TextInput
            size="xs"
            label="Trading name"
            {...register('tradingName')}
            error={errors.tradingName?.message}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            size="xs"
            label="Company number"
            {...register('companyNumber')}
            error={errors.companyNumber?.message}
          />
          <CountryField control={control} name="country" />
        </Group>
        <Textarea
          size="xs"
          label="Address"
          minRows={2}
          {...register('address')}
          error={errors.address?.message}
        />
        <Group grow align="flex-start">
          <TextInput
            size="xs"
            label="Contact e-mail"
            {...register('contactEmail')}
            error={errors.contactEmail?.message}
          />
          <TextInput
            size="xs"
            label="Contact phone"
            {...register('contactPhone')}
            error={errors.contactPhone?.message}
          />
          <TextInput size="xs" label="Website" {...register('website')} error={errors.website?.message} />
        </Group>
        <Group align="flex-start">
          <Controller
            control={control}
            name="roles"
            render={({ field }) => (
              <Checkbox.Group size="xs" label="Acts as" value={field.value ?? []} onChange={field.onChange}>
                <Group gap="sm" mt={4}>
                  <Checkbox size="xs" value="controller" label="Controller" />
                  <Checkbox size="xs" value="processor" label="Processor" />
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={control}
            name="jurisdictions"
            render={({ field }) => (
              <Checkbox.Group
                size="xs"
                label="Record kept under"
                value={field.value ?? []}
                onChange={field.onChange}
              >
                <Group gap="sm" mt={4}>
                  <Checkbox size="xs" value="uk-gdpr" label="UK GDPR" />
                  <Checkbox size="xs" value="eu-gdpr" label="EU GDPR" />
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={control}
            name="employeeCount"
            render={({ field }) => (
              <NumberInput
                size="xs"
                w={130}
                label="Employees"
                description="Art 30(5): information only"
                min={0}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                onBlur={field.onBlur}
                error={errors.employeeCount?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="reviewIntervalMonths"
            render={({ field }) => (
              <NumberInput
                size="xs"
                w={170}
                label="Review every (months)"
                description="Default for activities"
                min={1}
                max={60}
                allowDecimal={false}
                value={field.value ?? ''}
                // Cleared, it goes to the schema as "nothing", which says what is expected.
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                onBlur={field.onBlur}
                error={errors.reviewIntervalMonths?.message}
              />
            )}
          />
        </Group>
        <ContactFields
          legend="Data protection officer"
          field={(name) => register(`dpo.${name}`)}
          errors={errors.dpo}
        >
          <Controller
            control={control}
            name="dpo.kind"
            render={({ field }) => (
              <Select
                size="xs"
                label="Kind"
                allowDeselect={false}
                data={[
                  { value: 'internal', label: 'Internal' },
                  { value: 'external', label: 'External (outsourced)' },
                ]}
                value={field.value ?? 'internal'}
                onChange={field.onChange}
              />
            )}
          />
        </ContactFields>
        <ContactFields
          legend="EU representative (Art 27)"
          field={(name) => register(`euRepresentative.${name}`)}
          errors={errors.euRepresentative}
        />
        <ContactFields
          legend="UK representative (UK GDPR Art 27)"
          field={(name) => register(`ukRepresentative.${name}`)}
          errors={errors.ukRepresentative}
        />
        <Textarea size="xs" label="Notes" minRows={2} {...register('notes')} error={errors.notes?.message} />
      </Stack>
    </form>
  );
}

export function OrganisationScreen() {
  const organisation = useRegister((s) => s.summary?.organisation);
  if (!organisation) return null;
  return (
    <ScrollArea h="100%">
      {/* Another register is another form: nothing typed for one carries over to the next. */}
      <OrganisationEditor key={organisation.id} organisation={organisation} />
    </ScrollArea>
  );
}
