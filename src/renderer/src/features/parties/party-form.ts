// The party form's values: the domain's PartyFields with each contact block (the party's contact, its
// Art 27 representative and DPO) always present as fields; a block left empty is saved as "none". Fields
// the form does not show (catalog id) ride along as they are.
import type { z } from 'zod';
import { Contact, PartyFields, type Party, type PartyDraft } from '../../../../shared/domain';
import { contactOrNull, EMPTY_CONTACT } from '../../components/contact-form';

export const PartyForm = PartyFields.extend({
  contact: Contact,
  representative: Contact,
  dpoContact: Contact,
});
export type PartyFormInput = z.input<typeof PartyForm>;
export type PartyFormValues = z.output<typeof PartyForm>;

/** A party of the register, or the start of a new one (`{ name: '', roles: ['processor'] }`). */
export function toPartyForm(party: PartyDraft | Party): PartyFormInput {
  return {
    name: party.name ?? '',
    legalEntity: party.legalEntity ?? '',
    roles: party.roles ?? [],
    country: party.country ?? null,
    internationalOrganisation: party.internationalOrganisation ?? '',
    address: party.address ?? '',
    contact: party.contact ?? EMPTY_CONTACT,
    representative: party.representative ?? EMPTY_CONTACT,
    dpoContact: party.dpoContact ?? EMPTY_CONTACT,
    website: party.website ?? '',
    trustPage: party.trustPage ?? '',
    dpaSignedOn: party.dpaSignedOn ?? null,
    dpaReference: party.dpaReference ?? '',
    certifications: party.certifications ?? [],
    services: party.services ?? '',
    catalogId: party.catalogId ?? null,
    notes: party.notes ?? '',
  };
}

export function fromPartyForm(values: PartyFormValues, id: string | undefined): PartyDraft {
  return {
    ...values,
    contact: contactOrNull(values.contact),
    representative: contactOrNull(values.representative),
    dpoContact: contactOrNull(values.dpoContact),
    ...(id ? { id } : {}),
  };
}
