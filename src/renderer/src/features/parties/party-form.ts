// The party form's values: the domain's PartyFields with the contact always present as fields (an empty
// one is saved as "none"). Fields the form does not show (certifications, catalog id…) ride along as they are.
import type { z } from 'zod';
import { Contact, PartyFields, type Party, type PartyDraft } from '../../../../shared/domain';

export const PartyForm = PartyFields.extend({ contact: Contact });
export type PartyFormInput = z.input<typeof PartyForm>;
export type PartyFormValues = z.output<typeof PartyForm>;

const EMPTY_CONTACT = { name: '', company: '', address: '', email: '', phone: '' };

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
    representative: party.representative ?? null,
    dpoContact: party.dpoContact ?? null,
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
  const { name, company, address, email, phone } = values.contact;
  const empty = [name, company, address, email, phone].every((v) => v.trim() === '');
  return { ...values, contact: empty ? null : values.contact, ...(id ? { id } : {}) };
}
