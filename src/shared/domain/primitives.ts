// Building blocks every domain schema shares, so limits and formats are the same everywhere.
import { z } from 'zod';

export const Id = z.uuid({ error: 'must be a UUID' });
export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const IsoTimestamp = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 timestamp' });
/** ISO 3166-1 alpha-2; core checks the code exists (src/core/reference). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 country code such as GB or US' });

/** A short line of text (names, references). Empty means "not recorded". */
export const Line = z.string().trim().max(500).default('');
/** Free text (descriptions, notes). */
export const Text = z.string().max(20_000).default('');
export const Email = z.union([z.literal(''), z.email({ error: 'must be an e-mail address' })]).default('');
export const OptionalDate = IsoDate.nullable().default(null);

/** Fields the store stamps on every entity. */
export const Stamps = {
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
};
