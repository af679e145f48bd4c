// The term editor's values: the domain's label, description and special mark. The list, DPV IRI and seed
// key are not edited here and ride along as they are.
import type { z } from 'zod';
import { TermFields, type TermDraft, type TermList } from '../../../../shared/domain';

export const TermForm = TermFields.pick({ label: true, description: true, special: true });
export type TermFormInput = z.input<typeof TermForm>;
export type TermFormValues = z.output<typeof TermForm>;

/** A term of the register, or the start of a new one in a list (`{ list, label: '' }`). */
export type EditedTerm = TermDraft & { list: TermList };

export function toTermForm(term: EditedTerm): TermFormInput {
  return { label: term.label ?? '', description: term.description ?? '', special: term.special ?? null };
}

export function fromTermForm(values: TermFormValues, term: EditedTerm): TermDraft {
  return {
    ...(term.id ? { id: term.id } : {}),
    list: term.list,
    ...values,
    // Only personal data can be special category (Art 9) or criminal offence (Art 10) data.
    special: term.list === 'personal-data' ? values.special : null,
    dpvIri: term.dpvIri ?? null,
    seedKey: term.seedKey ?? null,
  };
}
