import { z } from 'zod';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  ART10_CONDITIONS,
  ART9_CONDITIONS,
  DPIA_LIKELY_THRESHOLD,
  DPIA_STATUSES,
  LAWFUL_BASES,
  PARTY_RELATIONS,
  RETENTION_UNITS,
  WP248_CRITERIA,
} from './codes';
import { Id, Line, OptionalDate, Stamps, Text } from './primitives';

/** Art 30(1)(b) purpose, with the Art 6 basis it rests on. */
export const Purpose = z.object({
  id: Id.optional(),
  /** The purpose term it instantiates, if any. */
  termId: Id.nullable().default(null),
  description: z.string().trim().max(2000).default(''),
  lawfulBasis: z.enum(LAWFUL_BASES).nullable().default(null),
  /** For 6(1)(f): the interest pursued, and the reference of the balancing test. */
  legitimateInterest: Text,
  liaReference: Line,
  /** For 6(1)(c)/(e): the law that sets the obligation or task. */
  lawReference: Line,
});
export type Purpose = z.infer<typeof Purpose>;

/** Art 30(1)(f): a time limit for erasure, for one data category (or the whole activity when null). */
export const RetentionRule = z.object({
  id: Id.optional(),
  personalDataTermId: Id.nullable().default(null),
  period: z
    .number()
    .int({ error: 'a period is a whole number (of days, weeks, months or years)' })
    .min(0, { error: 'a period cannot be negative' })
    .max(1000, {
      error: 'a period is at most 1000; give a longer one in a larger unit or as a rule in words',
    })
    .nullable()
    .default(null),
  unit: z.enum(RETENTION_UNITS).nullable().default(null),
  /** The event the period runs from ("end of employment", "account closure"). */
  fromEvent: Line,
  /** A rule in words, when the limit is not a plain period. */
  rule: Text,
});
export type RetentionRule = z.infer<typeof RetentionRule>;

/** A party linked to the activity: a processor used, a client it processes for, a recipient… */
export const PartyLink = z.object({
  partyId: Id,
  relation: z.enum(PARTY_RELATIONS),
  /** For a client controller: the categories of processing carried out for it (Art 30(2)(b)). */
  description: Text,
});
export type PartyLink = z.infer<typeof PartyLink>;

export const DpiaScreening = z.object({
  criteria: z.array(z.enum(WP248_CRITERIA)).default([]),
  status: z.enum(DPIA_STATUSES).default('not-assessed'),
  reference: Line,
});
export type DpiaScreening = z.infer<typeof DpiaScreening>;

export const AutomatedDecisionMaking = z.object({
  used: z.boolean().default(false),
  description: Text,
});

const termIds = z.array(Id).default([]);

export const ActivityShape = z.object({
  role: z.enum(ACTIVITY_ROLES),
  reference: z
    .string()
    .trim()
    .min(1, { error: 'a reference code such as HR-01 is required', abort: true })
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
      error: 'a reference uses letters, digits, "-", "_", "." or "/" (e.g. HR-01)',
    }),
  name: z.string().trim().min(1, { error: 'an activity needs a name' }).max(300),
  description: Text,
  department: Line,
  owner: Line,
  status: z.enum(ACTIVITY_STATUSES).default('draft'),
  systems: z.array(z.string().trim().min(1).max(200)).default([]),
  storageLocation: Line,
  dataSourceIds: termIds,
  securityMeasureIds: termIds,
  securityNotes: Text,
  dpia: DpiaScreening.default({ criteria: [], status: 'not-assessed', reference: '' }),
  automatedDecisionMaking: AutomatedDecisionMaking.default({ used: false, description: '' }),
  lastReviewedAt: OptionalDate,
  nextReviewAt: OptionalDate,
  notes: Text,
  // Controller activities (Art 30(1)); kept empty on processor activities.
  purposes: z.array(Purpose).default([]),
  dataSubjectIds: termIds,
  personalDataIds: termIds,
  recipientCategoryIds: termIds,
  art9Conditions: z.array(z.enum(ART9_CONDITIONS)).default([]),
  art10Conditions: z.array(z.enum(ART10_CONDITIONS)).default([]),
  /** Art 10 processing authorised by law: the provision relied on. */
  art10LawReference: Line,
  /** UK DPA 2018 Schedule 1 conditions (ids from resources/reference/legal-bases.json). */
  ukSchedule1Conditions: z.array(z.string().max(60)).default([]),
  retention: z.array(RetentionRule).default([]),
  // Both roles: processors, sub-processors, clients, joint controllers, recipients.
  parties: z.array(PartyLink).default([]),
});

/** Rules that tie the fields together: a role decides which parts of Art 30 apply. */
function checkRoleFields(activity: z.infer<typeof ActivityShape>, ctx: z.RefinementCtx): void {
  activity.parties.forEach((link, index) => {
    if (activity.role === 'controller' && link.relation === 'client-controller') {
      ctx.addIssue({
        code: 'custom',
        path: ['parties', index, 'relation'],
        message: 'a controller activity has no client controller; use a processor activity',
      });
    }
  });
  if (activity.role === 'processor' && activity.purposes.some((p) => p.lawfulBasis !== null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['purposes'],
      message:
        'a processor activity has no lawful basis of its own (the client controller decides); record a controller activity for your own purposes',
    });
  }
}

export const ActivityFields = ActivityShape.superRefine(checkRoleFields);
export type ActivityFields = z.infer<typeof ActivityFields>;
export type ActivityFieldsInput = z.input<typeof ActivityFields>;

export const ActivityDraft = ActivityShape.extend({ id: Id.optional() }).superRefine(checkRoleFields);
export type ActivityDraft = z.input<typeof ActivityDraft>;

export const Activity = ActivityShape.extend({ id: Id, ...Stamps }).superRefine(checkRoleFields);
export type Activity = z.infer<typeof Activity>;

/** WP248: two or more criteria make a DPIA likely required. Derived, never stored. */
export function isDpiaLikelyRequired(dpia: Pick<DpiaScreening, 'criteria'>): boolean {
  return new Set(dpia.criteria).size >= DPIA_LIKELY_THRESHOLD;
}
