// The whole register as one JSON document: what `ropa export --format json` writes and what a JSON
// import reads. Lossless: every entity with its id and stamps.
import { z } from 'zod';
import { Activity } from './activity';
import { Organisation } from './organisation';
import { Party } from './party';
import { IsoTimestamp } from './primitives';
import { Term } from './term';
import { Transfer } from './transfer';

export const REGISTER_DOCUMENT_FORMAT = 'ropa-register';
export const REGISTER_DOCUMENT_VERSION = 1;

export const RegisterDocument = z.object({
  format: z.literal(REGISTER_DOCUMENT_FORMAT, { error: `"format" must be "${REGISTER_DOCUMENT_FORMAT}"` }),
  version: z.literal(REGISTER_DOCUMENT_VERSION, {
    error: `"version" must be ${REGISTER_DOCUMENT_VERSION} (this Ropa reads version ${REGISTER_DOCUMENT_VERSION})`,
  }),
  exportedAt: IsoTimestamp,
  organisation: Organisation,
  terms: z.array(Term),
  parties: z.array(Party),
  activities: z.array(Activity),
  transfers: z.array(Transfer),
});
export type RegisterDocument = z.infer<typeof RegisterDocument>;
