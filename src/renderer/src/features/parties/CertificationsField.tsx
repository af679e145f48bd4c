// A party's certifications (DPF, ISO 27001, SOC 2, BCRs…), one row each: the scheme, a reference, and when
// someone last checked it is live. The transfer checks read them: US adequacy reaches only a DPF-certified
// importer, and a check more than a year old is flagged, so "Checked today" records the check in one click.
import { Button, CloseButton, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { isCheckStale } from '../../../../shared/certification-check';
import { localToday } from '../../../../shared/dates';
import { CERTIFICATION_SCHEMES, CERTIFICATION_SCHEME_LABELS } from '../../../../shared/domain/codes';
import { useRegister } from '../../stores/register-store';
import type { PartyFormInput } from './party-form';

const SCHEMES = CERTIFICATION_SCHEMES.map((value) => ({ value, label: CERTIFICATION_SCHEME_LABELS[value] }));

type Props = {
  control: Control<PartyFormInput>;
  register: UseFormRegister<PartyFormInput>;
  setValue: UseFormSetValue<PartyFormInput>;
  errors: FieldErrors<PartyFormInput>['certifications'];
};

export function CertificationsField({ control, register, setValue, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'certifications' });
  const current = useWatch({ control, name: 'certifications' }) ?? [];
  // A party added from the vendor catalog: what the catalog knows of and the party does not record yet.
  const catalogId = useWatch({ control, name: 'catalogId' });
  const vendor = useRegister((s) => s.reference?.vendors.find((v) => v.id === catalogId));
  const fromCatalog = (vendor?.certifications ?? []).filter(
    (c) => !current.some((recorded) => recorded.scheme === c.scheme),
  );
  return (
    <Fieldset legend="Certifications" variant="filled" data-testid="certifications">
      <Stack gap={6}>
        {fields.length === 0 && (
          <Text size="xs" c="dimmed">
            None recorded. A US importer needs its Data Privacy Framework certification here for a transfer
            under US adequacy.
          </Text>
        )}
        {fields.map((certification, index) => {
          const scheme = CERTIFICATION_SCHEME_LABELS[current[index]?.scheme ?? certification.scheme];
          const lastChecked = current[index]?.lastCheckedOn ?? null;
          const stale = isCheckStale(lastChecked || null, localToday());
          return (
            <Stack key={certification.id} gap={2}>
              <Group gap="xs" align="flex-end">
                <Controller
                  control={control}
                  name={`certifications.${index}.scheme`}
                  render={({ field }) => (
                    <Select
                      size="xs"
                      label="Scheme"
                      allowDeselect={false}
                      data={SCHEMES}
                      value={field.value}
                      onChange={(value) => value && field.onChange(value)}
                      w={230}
                    />
                  )}
                />
                <TextInput
                  size="xs"
                  label="Reference"
                  placeholder="listing or certificate"
                  {...register(`certifications.${index}.reference`)}
                  error={errors?.[index]?.reference?.message}
                  style={{ flex: 1 }}
                />
                <TextInput
                  size="xs"
                  type="date"
                  label="Last checked"
                  {...register(`certifications.${index}.lastCheckedOn`, {
                    setValueAs: (v: unknown) => (v === '' ? null : v),
                  })}
                  error={errors?.[index]?.lastCheckedOn?.message}
                  w={140}
                />
                <Button
                  size="compact-xs"
                  variant="default"
                  mb={4}
                  onClick={() =>
                    setValue(`certifications.${index}.lastCheckedOn`, localToday(), {
                      shouldDirty: true,
                      shouldValidate: true,
                    })
                  }
                  aria-label={`${scheme}: checked today`}
                >
                  Checked today
                </Button>
                <CloseButton
                  size="sm"
                  mb={4}
                  onClick={() => remove(index)}
                  aria-label={`Remove the ${scheme} certification`}
                />
              </Group>
              {stale && (
                <Text size="xs" c="orange">
                  {lastChecked
                    ? `Last checked more than 12 months ago: check that the ${scheme} certification is still live.`
                    : `Never checked: check that the ${scheme} certification is live, then record the date.`}
                </Text>
              )}
            </Stack>
          );
        })}
        {vendor &&
          fromCatalog.map((c) => (
            <Group key={c.scheme} gap="xs" data-testid="catalog-certification">
              <Text size="xs" c="dimmed">
                The vendor catalog lists {CERTIFICATION_SCHEME_LABELS[c.scheme]} for {vendor.name} (
                {c.status === 'claimed' ? 'claimed by the vendor' : 'not checked'}): check it, then add it.
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Add ${CERTIFICATION_SCHEME_LABELS[c.scheme]}`}
                onClick={() => append({ scheme: c.scheme, reference: '', lastCheckedOn: null })}
              >
                Add
              </Button>
            </Group>
          ))}
        <Group>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => append({ scheme: 'eu-us-dpf', reference: '', lastCheckedOn: null })}
          >
            + Certification
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
