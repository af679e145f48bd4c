// History, review and snapshot shapes shared by the core and the renderer.
import { z } from 'zod';
import { Id } from './primitives';

const IsoDay = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** One field that changed, in words: "lawful basis" from "Contract" to "Legitimate interests". */
export type FieldChange = { field: string; label: string; from: string; to: string };

/** The kinds of record the change log speaks of. */
export const HISTORY_ENTITIES = [
  'organisation',
  'term',
  'party',
  'activity',
  'transfer',
  'register',
] as const;

/** One write in the register's history, described for a person. */
export type HistoryEntry = {
  id: number;
  at: string;
  entity: (typeof HISTORY_ENTITIES)[number];
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  label: string;
  changes: FieldChange[];
  /** The whole entry as a sentence: "changed on 2026-11-23: lawful basis from Contract to Consent". */
  summary: string;
  /** For an import, what it brought: "30 activities, 200 parties, 8 transfers, 106 terms". */
  detail?: string;
};

export const HistoryQuery = z
  .object({
    entityId: Id.optional(),
    /** Only the writes to one kind of record. */
    entity: z.enum(HISTORY_ENTITIES).optional(),
    /** Paging back: entries older than this one (by its id). */
    beforeId: z.number().int().min(1).optional(),
    /** Only the writes to records whose name (as it was written) contains this, case ignored. */
    search: z.string().trim().max(200).optional(),
    limit: z.number().int().min(1).max(10_000).default(200),
  })
  .optional();
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const ReviewMark = z.object({ id: Id, on: IsoDay.optional() });
export const ReviewQuery = z
  .object({ on: IsoDay.optional(), withinDays: z.number().int().min(0).max(3660).default(30) })
  .optional();

export type ReviewDue = {
  activityId: string;
  reference: string;
  name: string;
  lastReviewedAt: string | null;
  nextReviewAt: string | null;
  /** overdue: the date has passed; due: within the window; never: not reviewed and no date set. */
  state: 'overdue' | 'due' | 'never';
};
