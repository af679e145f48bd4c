// The organisation form's values: the domain's OrganisationFields, with each contact block (DPO, Art 27
// representatives) always present as fields; a block left empty is saved as "none".
import type { z } from 'zod';
import {
  Contact,
  Dpo,
  OrganisationFields,
  type Organisation,
  type OrganisationFieldsInput,
} from '../../../../shared/domain';
import { contactOrNull, EMPTY_CONTACT } from '../../components/contact-form';

/** Field-level validation comes from the domain schemas themselves (messages such as "must be an e-mail address"). */
export const OrganisationForm = OrganisationFields.extend({
  dpo: Dpo,
  euRepresentative: Contact,
  ukRepresentative: Contact,
});
export type OrganisationFormInput = z.input<typeof OrganisationForm>;
export type OrganisationFormValues = z.output<typeof OrganisationForm>;

export function toForm(organisation: Organisation): OrganisationFormInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = organisation;
  return {
    ...fields,
    dpo: fields.dpo ?? { ...EMPTY_CONTACT, kind: 'internal' },
    euRepresentative: fields.euRepresentative ?? EMPTY_CONTACT,
    ukRepresentative: fields.ukRepresentative ?? EMPTY_CONTACT,
  };
}

export function fromForm(values: OrganisationFormValues): OrganisationFieldsInput {
  return {
    ...values,
    dpo: contactOrNull(values.dpo),
    euRepresentative: contactOrNull(values.euRepresentative),
    ukRepresentative: contactOrNull(values.ukRepresentative),
  };
}
