// One transfer's editor (Art 30(1)(e) / 30(2)(c), Art 44–49): destination, importer, mechanism, and what the
// mechanism needs on record (the TIA and its supplementary measures, an Art 49 derogation's documented
// safeguards). A react-hook-form over the domain's TransferFields; unsaved edits make leaving ask first.
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Group, ScrollArea, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { PartyLink, Transfer } from '../../../../shared/domain';
import { CERTIFICATION_SCHEME_LABELS, SCC_MODULES } from '../../../../shared/domain/codes';
import { CountryField } from '../../components/CountryField';
import { DestinationBadge } from '../../components/DestinationBadge';
import { EditorHeader } from '../../components/EditorHeader';
import { useDirtyFlag, useRecordSave } from '../../components/form-state';
import { call } from '../../lib/api';
import { countryName } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import {
  asSelectData,
  choiceOf,
  establishedInEeaOrUk,
  mechanismChoices,
  recordedBy,
} from './mechanism-choices';
import {
  MODULE_NAMED_BY_USER,
  TransferForm,
  fromTransferForm,
  importerRoleOf,
  toTransferForm,
  type TransferFormInput,
  type TransferFormValues,
} from './transfer-form';
import type { Jurisdiction } from '../../../../shared/domain/codes';
import { JURISDICTION_LABEL } from '../../../../shared/jurisdiction-words';

const emptyAsNull = { setValueAs: (v: unknown) => (v === '' ? null : v) };

/** The regimes the organisation answers to, as the editor's note names them. */
function regimeWords(jurisdictions: readonly Jurisdiction[] | undefined): string {
  return (jurisdictions ?? ['uk-gdpr']).map((j) => `the ${JURISDICTION_LABEL[j]}`).join(' and ');
}

export function TransferEditor({ transfer, onDeleted }: { transfer: Transfer; onDeleted(): void }) {
  const refresh = useRegister((s) => s.refresh);
  const parties = useRegister((s) => s.parties);
  const reference = useRegister((s) => s.reference);
  const activity = useRegister((s) => s.activities.find((a) => a.id === transfer.activityId));
  const form = useForm<TransferFormInput, unknown, TransferFormValues>({
    resolver: zodResolver(TransferForm),
    defaultValues: toTransferForm(transfer),
    mode: 'onTouched',
  });
  const { register, control, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useDirtyFlag(isDirty);
  const [country, mechanismId, partyId, sccModule] = useWatch({
    control,
    name: ['country', 'mechanism', 'partyId', 'sccModule'],
  });
  const jurisdictions = useRegister((s) => s.summary?.organisation.jurisdictions);
  const organisationCountry = useRegister((s) => s.summary?.organisation.country);
  // How the activity links its parties tells what the importer is (processor or controller) for it.
  const [links, setLinks] = useState<PartyLink[]>([]);
  useEffect(() => {
    let live = true;
    call('activities:get', { id: transfer.activityId }).then(
      (a) => live && setLinks(a.parties),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [transfer.activityId]);
  const importerRole = importerRoleOf(links.filter((l) => l.partyId === partyId).map((l) => l.relation));
  const allMechanisms = reference?.mechanisms ?? [];
  const home = establishedInEeaOrUk(reference?.countries ?? [], organisationCountry);
  const choices = mechanismChoices(
    allMechanisms,
    { exporter: activity?.role, importer: importerRole, jurisdictions, establishedInEeaOrUk: home },
    mechanismId ?? null,
  );
  const chosen = choiceOf(choices, mechanismId ?? null, sccModule ?? null);
  const misfit = choices.find((c) => c.value === chosen)?.misfit ?? null;
  const mechanism = allMechanisms.find((m) => m.id === mechanismId);
  const destination = countryName(reference, country ?? null);

  const { save, undo, message, setMessage } = useRecordSave(
    form,
    (values) => call('transfers:save', fromTransferForm(values, transfer.id, allMechanisms)),
    toTransferForm,
    undefined,
    () => call('transfers:undo', { id: transfer.id }),
  );
  const remove = async () => {
    if (!window.confirm(`Delete the transfer to ${destination ?? 'this destination'}?`)) return;
    try {
      await call('transfers:delete', { id: transfer.id });
      useRegister.getState().setDirty(false);
      await refresh();
      onDeleted();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const openActivity = () => useRegister.getState().openRecord('activity', transfer.activityId);
  const importer = parties.find((p) => p.id === partyId);
  const certifiedImporter = importer?.certifications.some(
    (c) => c.scheme === mechanism?.requiresCertification,
  );
  const openImporter = () => partyId && useRegister.getState().openRecord('party', partyId);

  return (
    <ScrollArea h="100%">
      <form onSubmit={(e) => void save(e)} noValidate aria-label="Transfer">
        <Stack gap="xs" p="sm" data-testid="transfer-editor">
          <EditorHeader
            title={`Transfer to ${destination ?? (transfer.internationalOrganisation || 'a destination')}`}
            dirty={isDirty}
            saving={isSubmitting}
            onDelete={() => void remove()}
            onUndo={undo && (() => void undo())}
            onHistory={() =>
              useRegister.getState().showHistory({
                id: transfer.id,
                label: `Transfer to ${destination ?? (transfer.internationalOrganisation || 'a destination')}`,
              })
            }
            message={message}
          />
          <Text size="xs">
            For{' '}
            <Anchor size="xs" component="button" type="button" onClick={openActivity}>
              {activity ? `${activity.reference} ${activity.name}` : 'its activity'}
            </Anchor>
            {activity && ` (${activity.role} activity)`}
          </Text>
          <Group align="flex-end">
            <CountryField control={control} name="country" withCode />
            <DestinationBadge country={country ?? null} />
          </Group>
          <TextInput
            size="xs"
            label="International organisation"
            description="Instead of a country, where the data goes to one (Art 30(1)(e))"
            {...register('internationalOrganisation')}
            error={errors.internationalOrganisation?.message}
          />
          <Controller
            control={control}
            name="partyId"
            render={({ field }) => (
              <Select
                size="xs"
                label="Importer"
                searchable
                clearable
                allowDeselect={false}
                data={parties.map((p) => ({ value: p.id, label: p.name }))}
                value={field.value ?? null}
                onChange={field.onChange}
              />
            )}
          />
          <Controller
            control={control}
            name="mechanism"
            render={({ field }) => (
              <Select
                size="xs"
                label="Transfer mechanism"
                searchable
                clearable
                allowDeselect={false}
                data={asSelectData(choices)}
                value={chosen}
                onChange={(value) => {
                  if (value === null) return field.onChange(null);
                  const picked = recordedBy(value, allMechanisms);
                  field.onChange(picked.mechanism);
                  // An Addendum choice names its SCC module; other choices leave the module as it was.
                  if (picked.mechanism !== value)
                    form.setValue('sccModule', picked.sccModule, { shouldDirty: true });
                }}
                error={misfit}
              />
            )}
          />
          {mechanism?.requiresCertification && partyId && !certifiedImporter && (
            <Text size="xs" c="orange" data-testid="importer-not-certified">
              This adequacy covers only importers certified under the{' '}
              {CERTIFICATION_SCHEME_LABELS[mechanism.requiresCertification]}, and{' '}
              <Anchor size="xs" component="button" type="button" onClick={openImporter}>
                {importer?.name ?? 'the importer'}
              </Anchor>{' '}
              has no such certification recorded: check the DPF list and record it there.
            </Text>
          )}
          {importerRole && (
            <Text size="xs" c="dimmed">
              The importer is a {importerRole} for this activity: the mechanisms listed are those that fit a{' '}
              {activity?.role} sending to a {importerRole}, under {regimeWords(jurisdictions)}.
            </Text>
          )}
          {mechanism && MODULE_NAMED_BY_USER.has(mechanism.id) && (
            <Controller
              control={control}
              name="sccModule"
              render={({ field }) => (
                <Select
                  size="xs"
                  label="SCC module"
                  clearable
                  allowDeselect={false}
                  data={SCC_MODULES.map((m) => ({ value: m, label: `Module ${m}` }))}
                  value={field.value ?? null}
                  onChange={field.onChange}
                />
              )}
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              size="xs"
              type="date"
              label="Since"
              {...register('since', emptyAsNull)}
              error={errors.since?.message}
            />
            <TextInput
              size="xs"
              type="date"
              label="TIA date"
              {...register('tiaDate', emptyAsNull)}
              error={errors.tiaDate?.message}
            />
            <TextInput
              size="xs"
              label="TIA reference"
              {...register('tiaReference')}
              error={errors.tiaReference?.message}
            />
          </Group>
          {mechanism?.requiresTia && (
            <Text size="xs" c="dimmed">
              This mechanism needs a transfer impact assessment (EU) or transfer risk assessment (UK) on
              record.
            </Text>
          )}
          <Textarea
            size="xs"
            label="Supplementary measures"
            minRows={2}
            {...register('supplementaryMeasures')}
            error={errors.supplementaryMeasures?.message}
          />
          {mechanism?.group === 'derogation' && (
            <Textarea
              size="xs"
              label="Suitable safeguards documented (Art 49(1), second subparagraph)"
              minRows={2}
              {...register('safeguardsDocumentation')}
              error={errors.safeguardsDocumentation?.message}
            />
          )}
          <Textarea size="xs" label="Notes" minRows={2} {...register('notes')} />
        </Stack>
      </form>
    </ScrollArea>
  );
}
