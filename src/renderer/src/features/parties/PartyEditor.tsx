// One party's editor: a react-hook-form over the domain's PartyFields, so each field says what is wrong
// with it; unsaved edits make leaving ask first.
import { zodResolver } from '@hookform/resolvers/zod';
import { Group, MultiSelect, ScrollArea, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Party, PartyDraft } from '../../../../shared/domain';
import { PARTY_ROLES } from '../../../../shared/domain/codes';
import { ContactFields } from '../../components/ContactFields';
import { contactOrNull, EMPTY_CONTACT } from '../../components/contact-form';
import { CountryField } from '../../components/CountryField';
import { DestinationBadge } from '../../components/DestinationBadge';
import { EditorHeader } from '../../components/EditorHeader';
import { useDirtyFlag, useRecordSave } from '../../components/form-state';
import { call } from '../../lib/api';
import { RELATION_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import {
  PartyForm,
  fromPartyForm,
  toPartyForm,
  type PartyFormInput,
  type PartyFormValues,
} from './party-form';
import { CertificationsField } from './CertificationsField';
import { PartyUsage } from './PartyUsage';

type Props = { party: PartyDraft | Party; onDone(id: string | null): void };

export function PartyEditor({ party, onDone }: Props) {
  const refresh = useRegister((s) => s.refresh);
  const form = useForm<PartyFormInput, unknown, PartyFormValues>({
    resolver: zodResolver(PartyForm),
    defaultValues: toPartyForm(party),
    mode: 'onTouched',
  });
  const { register, control, formState, setValue } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useDirtyFlag(isDirty);
  const [name, country, roles, representative, dpoContact] = useWatch({
    control,
    name: ['name', 'country', 'roles', 'representative', 'dpoContact'],
  });
  // Art 30(2)(a): a processor's record names each client controller's representative and DPO, where it
  // has them. Shown for a client controller, or for any party that already has one recorded.
  const filled = (c: typeof representative) => contactOrNull({ ...EMPTY_CONTACT, ...c }) !== null;
  const showClientContacts =
    (roles ?? []).includes('client-controller') || filled(representative) || filled(dpoContact);
  const { save, undo, message, setMessage } = useRecordSave(
    form,
    (values) => call('parties:save', fromPartyForm(values, party.id)),
    toPartyForm,
    (saved) => onDone(saved.id),
    party.id ? () => call('parties:undo', { id: party.id! }) : undefined,
  );
  const remove = async () => {
    if (!party.id || !window.confirm(`Delete ${party.name}?`)) return;
    try {
      await call('parties:delete', { id: party.id });
      useRegister.getState().setDirty(false);
      await refresh();
      onDone(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <ScrollArea h="100%">
      <form onSubmit={(e) => void save(e)} noValidate aria-label="Party">
        <Stack gap="xs" p="sm" data-testid="party-editor">
          <EditorHeader
            title={name || 'New party'}
            dirty={isDirty}
            saving={isSubmitting}
            isNew={!party.id}
            onDelete={party.id ? () => void remove() : undefined}
            onUndo={undo && (() => void undo())}
            onHistory={
              party.id
                ? () => useRegister.getState().showHistory({ id: party.id!, label: party.name })
                : undefined
            }
            message={message}
          />
          {party.id && <PartyUsage partyId={party.id} />}
          <TextInput size="xs" label="Name" required {...register('name')} error={errors.name?.message} />
          <TextInput
            size="xs"
            label="Legal entity"
            {...register('legalEntity')}
            error={errors.legalEntity?.message}
          />
          <Controller
            control={control}
            name="roles"
            render={({ field }) => (
              <MultiSelect
                size="xs"
                label="Roles"
                searchable
                data={PARTY_ROLES.map((r) => ({ value: r, label: RELATION_LABELS[r] }))}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.roles?.message}
              />
            )}
          />
          <Group align="flex-end">
            <CountryField control={control} name="country" withCode />
            <DestinationBadge country={country ?? null} />
          </Group>
          <TextInput
            size="xs"
            label="International organisation"
            description="Instead of a country, where the party is one (Art 30(1)(e))"
            {...register('internationalOrganisation')}
            error={errors.internationalOrganisation?.message}
          />
          <Textarea
            size="xs"
            label="Address"
            minRows={1}
            {...register('address')}
            error={errors.address?.message}
          />
          <Group grow align="flex-start">
            <TextInput
              size="xs"
              label="Contact name"
              {...register('contact.name')}
              error={errors.contact?.name?.message}
            />
            <TextInput
              size="xs"
              label="Contact e-mail"
              {...register('contact.email')}
              error={errors.contact?.email?.message}
            />
            <TextInput
              size="xs"
              label="Contact phone"
              {...register('contact.phone')}
              error={errors.contact?.phone?.message}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              size="xs"
              type="date"
              label="DPA signed on"
              {...register('dpaSignedOn', { setValueAs: (v: unknown) => (v === '' ? null : v) })}
              error={errors.dpaSignedOn?.message}
            />
            <TextInput
              size="xs"
              label="DPA reference"
              {...register('dpaReference')}
              error={errors.dpaReference?.message}
            />
          </Group>
          {showClientContacts && (
            <>
              <ContactFields
                legend="Representative (Art 27)"
                field={(f) => register(`representative.${f}`)}
                errors={errors.representative}
              />
              <ContactFields
                legend="Data protection officer"
                field={(f) => register(`dpoContact.${f}`)}
                errors={errors.dpoContact}
              />
            </>
          )}
          <CertificationsField
            control={control}
            register={register}
            setValue={setValue}
            errors={errors.certifications}
          />
          <TextInput size="xs" label="Services" {...register('services')} error={errors.services?.message} />
          <Group grow align="flex-start">
            <TextInput size="xs" label="Website" {...register('website')} error={errors.website?.message} />
            <TextInput
              size="xs"
              label="Trust page"
              {...register('trustPage')}
              error={errors.trustPage?.message}
            />
          </Group>
          <Textarea
            size="xs"
            label="Notes (catalog facts with their sources)"
            {...register('notes')}
            error={errors.notes?.message}
          />
        </Stack>
      </form>
    </ScrollArea>
  );
}
