// A contact block (DPO, representative) as form fields, with the schema's messages at each field.
import { Fieldset, Group, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { OrganisationFormInput } from './organisation-form';

type Block = 'dpo' | 'euRepresentative' | 'ukRepresentative';

type Props = {
  legend: string;
  block: Block;
  register: UseFormRegister<OrganisationFormInput>;
  errors: FieldErrors<OrganisationFormInput>;
  /** Extra fields of the block (the DPO's kind). */
  children?: ReactNode;
};

export function ContactFields({ legend, block, register, errors, children }: Props) {
  const error = errors[block];
  return (
    <Fieldset legend={legend} variant="filled">
      <Group grow align="flex-start">
        <TextInput size="xs" label="Name" {...register(`${block}.name`)} error={error?.name?.message} />
        <TextInput
          size="xs"
          label="Company"
          {...register(`${block}.company`)}
          error={error?.company?.message}
        />
        {children}
      </Group>
      <Group grow align="flex-start">
        <TextInput size="xs" label="E-mail" {...register(`${block}.email`)} error={error?.email?.message} />
        <TextInput size="xs" label="Phone" {...register(`${block}.phone`)} error={error?.phone?.message} />
      </Group>
      <Textarea
        size="xs"
        label="Address"
        minRows={1}
        {...register(`${block}.address`)}
        error={error?.address?.message}
      />
    </Fieldset>
  );
}
