// Re-exports the code types the reference view uses, plus the destination status codes (mirrored from
// src/core/reference/adequacy.ts, which the renderer cannot import).
export type {
  ActivityRole,
  Art10Condition,
  Art9Condition,
  LawfulBasis,
  PartyRelation,
  SccModule,
  Wp248Criterion,
} from '../domain/codes';

export type DestinationStatusCode =
  'domestic' | 'eea' | 'adequate' | 'adequate-for-certified' | 'needs-safeguards';
