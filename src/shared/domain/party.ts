import { z } from 'zod';
import { CERTIFICATION_SCHEMES, PARTY_ROLES } from './codes';
import { Contact } from './organisation';
import { CountryCode, Id, Line, OptionalDate, Stamps, Text } from './primitives';

export const Certification = z.object({
  scheme: z.enum(CERTIFICATION_SCHEMES),
  /** When someone last checked the certification is live (e.g. on the DPF list). */
  lastCheckedOn: OptionalDate,
  reference: Line,
});
export type Certification = z.infer<typeof Certification>;

/** A processor, sub-processor, client controller, joint controller or other recipient. */
export const PartyFields = z.object({
  name: z.string().trim().min(1, { error: 'a party needs a name' }).max(500),
  legalEntity: Line,
  roles: z.array(z.enum(PARTY_ROLES)).default([]),
  country: CountryCode.nullable().default(null),
  /** An international organisation (Art 30(1)(e)) instead of a country. */
  internationalOrganisation: Line,
  address: Text,
  contact: Contact.nullable().default(null),
  /** The party's own Art 27 representative (for a client controller outside the EU/UK). */
  representative: Contact.nullable().default(null),
  dpoContact: Contact.nullable().default(null),
  website: Line,
  trustPage: Line,
  dpaSignedOn: OptionalDate,
  dpaReference: Line,
  certifications: z.array(Certification).default([]),
  services: Text,
  /** Vendor catalog entry it was added from, so its facts can be traced to their source. */
  catalogId: z.string().max(100).nullable().default(null),
  notes: Text,
});
export type PartyFields = z.infer<typeof PartyFields>;

export const PartyDraft = PartyFields.extend({ id: Id.optional() });
export type PartyDraft = z.input<typeof PartyDraft>;

export const Party = PartyFields.extend({ id: Id, ...Stamps });
export type Party = z.infer<typeof Party>;
