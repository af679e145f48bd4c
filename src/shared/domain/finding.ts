import { z } from 'zod';

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_TARGET_KINDS = ['organisation', 'activity', 'party', 'transfer'] as const;

/** What a finding concerns, so the app can jump to the field that needs fixing. */
export const FindingTarget = z.object({
  kind: z.enum(FINDING_TARGET_KINDS),
  id: z.string(),
  label: z.string(),
  section: z.string().optional(),
  field: z.string().optional(),
});
export type FindingTarget = z.infer<typeof FindingTarget>;

/** One thing a careful regulator would point out about the register. */
export const Finding = z.object({
  /** Stable id (e.g. "art30.controller.purposes"); never reused for a different rule. */
  ruleId: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
  /** The provision the finding rests on, e.g. "Art 30(1)(b)". */
  article: z.string(),
  target: FindingTarget,
});
export type Finding = z.infer<typeof Finding>;

export const FindingCounts = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  info: z.number().int().min(0),
});
export type FindingCounts = z.infer<typeof FindingCounts>;

/**
 * Input of the checks: the day to judge dates on (default: today); optionally only what concerns one
 * activity (its own findings and its transfers'), only one severity or provision, and at most `limit`
 * findings, worst first.
 */
export const CheckQuery = z
  .object({
    today: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
    activityId: z.uuid({ error: 'must be a UUID' }).optional(),
    severity: z.enum(FINDING_SEVERITIES).optional(),
    article: z.string().max(100).optional(),
    /** Only findings whose record, message or provision has every word of this (case ignored). */
    search: z.string().max(200).optional(),
    limit: z.number().int().min(0).optional(),
    /** Also count the findings of each activity (its own and its transfers'), for the activities table. */
    perActivity: z.boolean().optional(),
    /** Also count the findings on each party (its DPA, its contact, its certifications), for the parties list. */
    perParty: z.boolean().optional(),
  })
  .optional();
export type CheckQuery = z.infer<typeof CheckQuery>;

/** The findings on one provision, counted by severity. */
export type ArticleCounts = { article: string; counts: FindingCounts };

/**
 * `counts` and `byArticle` cover every finding (the filters and the limit narrow only `findings`);
 * `matched` is how many findings the filters let through before the limit.
 */
export type CheckReport = {
  findings: Finding[];
  counts: FindingCounts;
  byArticle: ArticleCounts[];
  matched: number;
  /** With `perActivity`: each activity with findings (its own and its transfers'), counted by severity. */
  byActivity?: Record<string, FindingCounts>;
  /** With `perParty`: each party with findings on it, counted by severity. */
  byParty?: Record<string, FindingCounts>;
};
