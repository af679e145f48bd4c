import { z } from 'zod';
import { ACTIVITY_ROLES, JURISDICTIONS } from './codes';
import { CountryCode, Email, Id, Line, Stamps, Text } from './primitives';

/** A contact block: the DPO, an Art 27 representative, a party's contact. */
export const Contact = z.object({
  name: Line,
  company: Line,
  address: Text,
  email: Email,
  phone: Line,
});
export type Contact = z.infer<typeof Contact>;

export const Dpo = Contact.extend({
  /** Internal staff member or an external (outsourced) DPO. */
  kind: z.enum(['internal', 'external']).default('internal'),
});
export type Dpo = z.infer<typeof Dpo>;

export const OrganisationFields = z.object({
  legalName: z.string().trim().min(1, { error: 'the legal name is required' }).max(500),
  tradingName: Line,
  companyNumber: Line,
  address: Text,
  country: CountryCode.nullable().default(null),
  contactEmail: Email,
  contactPhone: Line,
  website: Line,
  /** The roles the organisation plays: controller, processor or both. */
  roles: z.array(z.enum(ACTIVITY_ROLES)).default(['controller']),
  /** Which regimes the organisation's record answers to. */
  jurisdictions: z.array(z.enum(JURISDICTIONS)).default(['uk-gdpr']),
  dpo: Dpo.nullable().default(null),
  /** Art 27 representative in the EU (for organisations outside the EU). */
  euRepresentative: Contact.nullable().default(null),
  /** UK GDPR Art 27 representative in the UK (for organisations outside the UK). */
  ukRepresentative: Contact.nullable().default(null),
  /** Headcount band: Art 30(5) information only, never a reason to skip a check. */
  employeeCount: z.number().int().min(0).nullable().default(null),
  /** Default interval between activity reviews. */
  reviewIntervalMonths: z.number().int().min(1).max(60).default(12),
  notes: Text,
});
export type OrganisationFields = z.infer<typeof OrganisationFields>;
export type OrganisationFieldsInput = z.input<typeof OrganisationFields>;

export const Organisation = OrganisationFields.extend({ id: Id, ...Stamps });
export type Organisation = z.infer<typeof Organisation>;
