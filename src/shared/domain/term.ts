import { z } from 'zod';
import { SPECIAL_KINDS, TERM_LISTS, type SpecialKind, type TermList } from './codes';
import { Id, Stamps, Text } from './primitives';

/** An entry of one of the register's category lists (a data category, a purpose, a security measure…). */
export const TermFields = z.object({
  list: z.enum(TERM_LISTS),
  label: z.string().trim().min(1, { error: 'a term needs a label' }).max(300),
  description: Text,
  /** Art 9 special category or Art 10 criminal offence data; null for ordinary data. */
  special: z.enum(SPECIAL_KINDS).nullable().default(null),
  /** W3C Data Privacy Vocabulary IRI, when the term maps to one. */
  dpvIri: z.url().nullable().default(null),
  /** Key of the starter list entry it was seeded from; null for terms the user added. */
  seedKey: z.string().max(100).nullable().default(null),
});
export type TermFields = z.infer<typeof TermFields>;
export type TermFieldsInput = z.input<typeof TermFields>;

export const TermDraft = TermFields.extend({ id: Id.optional() });
export type TermDraft = z.input<typeof TermDraft>;

export const Term = TermFields.extend({ id: Id, ...Stamps });
export type Term = z.infer<typeof Term>;

/** Each list's name as a sentence says it ("the personal data list"), for messages written in core. */
export const TERM_LIST_NAMES: Record<TermList, string> = {
  'data-subject': 'data subjects',
  'personal-data': 'personal data',
  recipient: 'recipient categories',
  purpose: 'purposes',
  'security-measure': 'security measures',
  'data-source': 'data sources',
};

/** What a special mark means, in words: "Art 9 special category data". */
export const SPECIAL_KIND_NAMES: Record<SpecialKind, string> = {
  art9: 'Art 9 special category data',
  art10: 'Art 10 criminal offence data',
};
