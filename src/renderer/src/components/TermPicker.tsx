// A multi-select over one of the register's term lists, with type-ahead and "Create «…»" for a new term.
// Special-category terms are marked, since they bring the Art 9 / Art 10 fields into view.
import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import type { Term } from '../../../shared/domain';
import type { TermList } from '../../../shared/domain/codes';
import { call, errorText } from '../lib/api';
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

/**
 * Whether a typed label names a term the list already has, as the core decides a duplicate: the plain
 * label (not the "(Art 9)" mark shown with it), trimmed, whatever the case.
 */
function labelTaken(terms: readonly Term[], list: TermList, typed: string): boolean {
  const wanted = typed.trim().toLowerCase();
  return terms.some((t) => t.list === list && t.label.trim().toLowerCase() === wanted);
}

export function TermPicker({ list, label, value, onChange, error, field }: Props) {
  const terms = useRegister((s) => s.terms);
  const refresh = useRegister((s) => s.refresh);
  const [search, setSearch] = useState('');
  // The core's refusal of a new term (another window may have added it meanwhile), shown on the field.
  const [refusal, setRefusal] = useState<string | null>(null);
  const options = terms
    .filter((t) => t.list === list)
    .map((t) => ({
      value: t.id,
      label: t.special ? `${t.label} (${SPECIAL_MARKS[t.special]})` : t.label,
    }));
  const typed = search.trim();
  const data =
    typed && !labelTaken(terms, list, typed)
      ? [...options, { value: `${CREATE}${typed}`, label: `Create «${typed}»` }]
      : options;

  const change = async (ids: string[]) => {
    setRefusal(null);
    const created = ids.find((id) => id.startsWith(CREATE));
    if (!created) return onChange(ids);
    try {
      const term = await call('terms:save', { list, label: created.slice(CREATE.length) });
      await refresh();
      setSearch('');
      onChange(ids.map((id) => (id === created ? term.id : id)));
    } catch (failure) {
      setRefusal(errorText(failure));
      // The list may have changed under us (the usual reason a new term is refused): read it again, so
      // the term that is there can be picked. Should that read fail too, the list stays as it was and the
      // refusal above is still what the user needs to see.
      await refresh().catch(() => undefined);
    }
  };

  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={(ids) => void change(ids)}
      searchable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        // Typing again clears the refusal; the field emptied on leaving it does not, so it can be read.
        if (text !== '') setRefusal(null);
      }}
      clearable
      hidePickedOptions
      nothingFoundMessage="Type to create a term"
      error={refusal ?? error}
      size="xs"
      data-field={field}
    />
  );
}
