// A country picker bound to a react-hook-form field, over the reference data's countries (ISO codes).
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useRegister } from '../stores/register-store';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  /** Show the code after the name ("United States of America (US)"). */
  withCode?: boolean;
};

export function CountryField<T extends FieldValues>({ control, name, withCode = false }: Props<T>) {
  const countries = useRegister((s) => s.reference?.countries);
  const data = useMemo(
    () =>
      (countries ?? []).map((c) => ({ value: c.code, label: withCode ? `${c.name} (${c.code})` : c.name })),
    [countries, withCode],
  );
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          size="xs"
          label="Country"
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the country' }}
          data={data}
          value={(field.value as string | null | undefined) ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
