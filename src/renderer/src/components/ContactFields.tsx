// A contact block (a DPO, a representative) as form fields, with the schema's messages at each field. The
// form decides where the block lives: `field` registers one of its fields, `errors` are the block's own.
import { Fieldset, Group, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Contact } from '../../../shared/domain';

type Props = {
  legend: string;
  field: (name: keyof Contact) => UseFormRegisterReturn;
  errors: Partial<Record<keyof Contact, { message?: string | undefined }>> | undefined;
  /** Extra fields of the block (the DPO's kind). */
  children?: ReactNode;
};

export function ContactFields({ legend, field, errors, children }: Props) {
  return (
    <Fieldset legend={legend} variant="filled">
      <Group grow align="flex-start">
        <TextInput size="xs" label="Name" {...field('name')} error={errors?.name?.message} />
        <TextInput size="xs" label="Company" {...field('company')} error={errors?.company?.message} />
        {children}
      </Group>
      <Group grow align="flex-start">
        <TextInput size="xs" label="E-mail" {...field('email')} error={errors?.email?.message} />
        <TextInput size="xs" label="Phone" {...field('phone')} error={errors?.phone?.message} />
      </Group>
      <Textarea
        size="xs"
        label="Address"
        minRows={1}
        {...field('address')}
        error={errors?.address?.message}
      />
    </Fieldset>
  );
}
