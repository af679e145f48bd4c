// A multi-select over one of the register's term lists, with type-ahead and "Create «…»" for a new term.
// Special-category terms are marked, since they bring the Art 9 / Art 10 fields into view.
import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import type { TermList } from '../../../shared/domain/codes';
import { call } from '../lib/api';
import { SPECIAL_MARKS } from '../lib/labels';
import { useRegister } from '../stores/register-store';

const CREATE = '__create__:';

type Props = {
  list: TermList;
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  error?: string;
  /** The activity field it edits, so a finding on that field in Checks can put the focus here. */
  field?: string;
};

export function TermPicker({ list, label, value, onChange, error, field }: Props) {
  const terms = useRegister((s) => s.terms);
  const refresh = useRegister((s) => s.refresh);
  const [search, setSearch] = useState('');
  const options = terms
    .filter((t) => t.list === list)
    .map((t) => ({
      value: t.id,
      label: t.special ? `${t.label} (${SPECIAL_MARKS[t.special]})` : t.label,
    }));
  const typed = search.trim();
  const exists = options.some((o) => o.label.toLowerCase() === typed.toLowerCase());
  const data =
    typed && !exists ? [...options, { value: `${CREATE}${typed}`, label: `Create «${typed}»` }] : options;

  const change = async (ids: string[]) => {
    const created = ids.find((id) => id.startsWith(CREATE));
    if (!created) return onChange(ids);
    const term = await call('terms:save', { list, label: created.slice(CREATE.length) });
    await refresh();
    setSearch('');
    onChange(ids.map((id) => (id === created ? term.id : id)));
  };

  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={(ids) => void change(ids)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      hidePickedOptions
      nothingFoundMessage="Type to create a term"
      error={error}
      size="xs"
      data-field={field}
    />
  );
}
