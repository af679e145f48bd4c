import { z } from 'zod';
import { SCC_MODULES } from './codes';
import { CountryCode, Id, Line, OptionalDate, Stamps, Text } from './primitives';

/** A transfer to a third country or international organisation (Art 30(1)(e) / 30(2)(c)). */
export const TransferShape = z.object({
  activityId: Id,
  /** The importer; null when the record names only the destination. */
  partyId: Id.nullable().default(null),
  country: CountryCode.nullable().default(null),
  internationalOrganisation: Line,
  /** A transfer mechanism id from resources/reference/transfer-mechanisms.json; null = not recorded. */
  mechanism: z.string().max(80).nullable().default(null),
  sccModule: z.enum(SCC_MODULES).nullable().default(null),
  /** The date the transfer started or the mechanism was put in place (adequacy is judged on it). */
  since: OptionalDate,
  /** Transfer impact assessment (EU) / transfer risk assessment (UK). */
  tiaDate: OptionalDate,
  tiaReference: Line,
  supplementaryMeasures: Text,
  /** Art 49(1) second subparagraph: the suitable safeguards, documented as Art 30(1)(e) requires. */
  safeguardsDocumentation: Text,
  notes: Text,
});

function hasDestination(t: { country: string | null; internationalOrganisation: string }): boolean {
  return t.country !== null || t.internationalOrganisation !== '';
}
const noDestination = {
  error: 'a transfer needs a destination country or an international organisation',
  path: ['country'],
};

export const TransferFields = TransferShape.refine(hasDestination, noDestination);
export type TransferFields = z.infer<typeof TransferFields>;

export const TransferDraft = TransferShape.extend({ id: Id.optional() }).refine(
  hasDestination,
  noDestination,
);
export type TransferDraft = z.input<typeof TransferDraft>;

export const Transfer = TransferShape.extend({ id: Id, ...Stamps }).refine(hasDestination, noDestination);
export type Transfer = z.infer<typeof Transfer>;
