// One contract for every entry point (Electron IPC, the CLI, the browser test bridge): the input schema
// of each channel, validated before any handler runs, and the types of what it returns.
import { z } from 'zod';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  ActivityDraft,
  Id,
  OrganisationFields,
  PartyDraft,
  TERM_LISTS,
  TermDraft,
  TransferDraft,
  type Activity,
  type ActivityRole,
  type ActivityStatus,
  type Organisation,
  type Party,
  type PartyRelation,
  type RegisterDocument,
  type Term,
  type Transfer,
} from '../domain';
import { CheckQuery, type CheckReport } from '../domain/finding';
import { DataMapQuery, type DataMap } from '../domain/data-map';
import { HistoryQuery, ReviewMark, ReviewQuery, type HistoryEntry, type ReviewDue } from '../domain/history';
import { SnapshotCreate, SnapshotRef, type SnapshotDiff, type SnapshotInfo } from '../domain/snapshot';
import type { Channel } from './channels';
import type { Issue } from './result';
import type { ReferenceView } from './reference-view';
import type { ActivityRow } from './activity-row';

const byId = z.object({ id: Id });
const nothing = z.object({}).optional();

export const ActivityQuery = z
  .object({
    /** Text matched against reference, name, description, department, owner, systems and purposes. */
    search: z.string().max(200).optional(),
    role: z.enum(ACTIVITY_ROLES).optional(),
    status: z.enum(ACTIVITY_STATUSES).optional(),
    department: z.string().max(500).optional(),
  })
  .optional();
export type ActivityQuery = z.infer<typeof ActivityQuery>;

// Exports and imports (src/core/exchange): file paths are absolute, chosen by the user in a dialog or CLI.
export const EXPORT_FORMATS = ['full', 'ico', 'cnil', 'csv', 'json', 'dpv', 'gaps'] as const;
export const IMPORT_FORMATS = ['full', 'json', 'mapped', 'cnil', 'ico', 'register'] as const;
/** The formats `imports:preview` reads without writing: a column mapping, the CNIL model, the ICO template. */
export const PREVIEW_FORMATS = ['mapped', 'cnil', 'ico'] as const;
const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    error: 'must be an absolute path',
  });
export const ExportInput = z.object({
  format: z.enum(EXPORT_FORMATS).default('full'),
  out: AbsolutePath,
  filters: z
    .object({
      role: z.enum(ACTIVITY_ROLES).optional(),
      status: z.enum(ACTIVITY_STATUSES).optional(),
      department: z.string().max(500).optional(),
      /** The register as it stood at the end of this day (YYYY-MM-DD) or at this instant. */
      asAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    })
    .default({}),
});
export const ImportInput = z.object({
  source: AbsolutePath,
  format: z.enum(IMPORT_FORMATS).default('full'),
  mode: z.enum(['replace', 'merge']).default('replace'),
  dryRun: z.boolean().default(false),
  /**
   * For "mapped": { columns: { header: field }, role?, sheet? }; checked by the import, which names each
   * problem. "cnil", "ico", "mapped" and "register" add to the register; `mode` applies to "json" and "full".
   */
  mapping: z.unknown().optional(),
  /** For "register" (another .ropa file): the activities to copy from it; every one when left out. */
  activityIds: z.array(Id).max(100_000).optional(),
});
export const RegisterActivitiesInput = z.object({ source: AbsolutePath });
/** Another register's activities, for choosing which to copy into this one. */
export type RegisterActivities = {
  organisation: string;
  activities: { id: string; reference: string; name: string; role: ActivityRole; status: ActivityStatus }[];
};
export const ImportPreviewInput = z.object({
  source: AbsolutePath,
  /** Needed for "mapped" only. */
  mapping: z.unknown().optional(),
  format: z.enum(PREVIEW_FORMATS).default('mapped'),
});
export type ImportPreview = {
  /** A mapped workbook's visible sheets and the one read (a sheet can be chosen in the mapping). */
  sheets?: string[];
  sheet?: string | null;
  headers: string[];
  ignoredColumns: string[];
  /** The first rows as Ropa would record them. */
  rows: { reference: string; name: string; role: string; purposes: string[] }[];
  newTerms: { list: string; label: string }[];
  issues: Issue[];
  /** Values that will be imported as written but deserve a look (unknown list values, outdated choices). */
  warnings?: Issue[];
  total: number;
};
/** An activity that names a party, and as what: what a DPO checks before a processor's change or a deletion. */
export type PartyUsage = {
  activityId: string;
  reference: string;
  name: string;
  role: ActivityRole;
  relations: PartyRelation[];
};
/** A term of one list with the number of activities that use it, for the Lists screen. */
export type TermUsage = Term & { usedBy: number };
/** An activity that uses a term: what a DPO needs to see before deleting or merging it. */
export type TermUser = { activityId: string; reference: string; name: string };
export const TermMergeInput = z.object({
  /** The duplicate: every activity using it uses the target instead, then it is deleted. */
  sourceId: Id,
  targetId: Id,
});
/** The target as it stands after the merge, and how many activities were moved onto it. */
export type TermMergeResult = { target: Term; activities: number };
/** Which deletion in the change log to undo: the record it removed comes back. */
export const RestoreInput = z.object({ changeId: z.number().int().positive() });
/** A deleted record brought back, saved again as a new record (History shows a create). */
export type RestoredRecord = {
  entity: 'activity' | 'party' | 'transfer' | 'term';
  id: string;
  label: string;
  /** An activity: how many of the transfers deleted with it came back with it. */
  transfers?: number;
  /** What came back differently from what was deleted, and why (an activity's reference taken since). */
  note?: string;
};
/** How far the running export has got: rows written to its sheets so far. */
export type ExportProgress = { running: boolean; rows: number };
export type ExportResult = {
  file: string;
  files: string[];
  activities: number;
  bytes: number;
  /** SHA-256 of the written file (hex); null when the export is several files (CSV per table). */
  sha256: string | null;
};
export type ImportResult = ImportSummary & { dryRun: boolean };
/** An import reads the file, checks all of it, then writes in one transaction (not cancellable by then). */
export const IMPORT_PHASES = ['reading', 'checking', 'writing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];
export type ImportProgress = {
  running: boolean;
  dryRun: boolean;
  phase: ImportPhase | null;
  /** Activities the file brings, once it has been checked. */
  activities: number | null;
};

export const inputs = {
  'register:summary': nothing,
  'register:exportDocument': nothing,
  /** The document is validated by the import itself, which reports every problem with its path. */
  'register:importDocument': z.object({
    document: z.unknown(),
    mode: z.enum(['replace', 'merge']).default('replace'),
  }),
  'organisation:get': nothing,
  'organisation:update': OrganisationFields,
  'organisation:undo': nothing,
  'terms:list': z.object({ list: z.enum(TERM_LISTS).optional() }).optional(),
  'terms:save': TermDraft,
  'terms:delete': byId,
  'terms:undo': byId,
  'terms:usage': z.object({ list: z.enum(TERM_LISTS) }),
  'terms:users': byId,
  'terms:merge': TermMergeInput,
  'parties:list': nothing,
  'parties:get': byId,
  'parties:save': PartyDraft,
  'parties:delete': byId,
  'parties:undo': byId,
  'parties:usage': byId,
  'activities:list': ActivityQuery,
  'activities:get': byId,
  'activities:save': ActivityDraft,
  'activities:delete': byId,
  'activities:undo': byId,
  'activities:duplicate': byId,
  'transfers:list': z.object({ activityId: Id.optional() }).optional(),
  'transfers:save': TransferDraft,
  'transfers:delete': byId,
  'transfers:undo': byId,
  'changes:list': HistoryQuery,
  'exports:write': ExportInput,
  'exports:progress': nothing,
  'exports:cancel': nothing,
  'imports:run': ImportInput,
  'imports:preview': ImportPreviewInput,
  'imports:registerActivities': RegisterActivitiesInput,
  'imports:progress': nothing,
  'imports:cancel': nothing,
  'reference:get': nothing,
  'activities:rows': nothing,
  'checks:run': CheckQuery,
  'history:list': HistoryQuery,
  'history:restore': RestoreInput,
  'review:mark': ReviewMark,
  'review:due': ReviewQuery,
  'snapshots:list': nothing,
  'snapshots:create': SnapshotCreate,
  'snapshots:diff': SnapshotRef,
  'map:get': DataMapQuery.optional(),
} satisfies Record<Channel, z.ZodType>;

export type RegisterSummary = {
  file: string;
  schemaVersion: number;
  organisation: Organisation;
  counts: {
    controllerActivities: number;
    processorActivities: number;
    parties: number;
    transfers: number;
    countries: number;
    terms: number;
  };
  lastChangeAt: string | null;
};

export type ChangeEntry = {
  id: number;
  at: string;
  entity: 'organisation' | 'term' | 'party' | 'activity' | 'transfer' | 'register';
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  /** What the entity was before and after the change, as the domain schema writes it. */
  before: unknown;
  after: unknown;
  label: string;
};

export type ImportSummary = {
  terms: number;
  parties: number;
  activities: number;
  transfers: number;
  /** Template imports: values imported as written but worth a look, each with file, sheet, row, column. */
  warnings?: Issue[];
  /** A replacing import: the copy of the register as it was before, kept beside it. */
  backup?: string;
};

export type Outputs = {
  'register:summary': RegisterSummary;
  'register:exportDocument': RegisterDocument;
  'register:importDocument': ImportSummary;
  'organisation:get': Organisation;
  'organisation:update': Organisation;
  /** The last saved change undone: the record as it was before it, saved again (and logged). */
  'organisation:undo': Organisation;
  'terms:list': Term[];
  'terms:save': Term;
  'terms:undo': Term;
  'terms:delete': null;
  'terms:usage': TermUsage[];
  'terms:users': TermUser[];
  'terms:merge': TermMergeResult;
  'parties:list': Party[];
  'parties:get': Party;
  'parties:save': Party;
  'parties:undo': Party;
  'parties:delete': null;
  'parties:usage': PartyUsage[];
  'activities:list': Activity[];
  'activities:get': Activity;
  'activities:save': Activity;
  'activities:undo': Activity;
  /** A new draft copy of the activity, saved with its own reference and its transfers. */
  'activities:duplicate': Activity;
  'activities:delete': null;
  'transfers:list': Transfer[];
  'transfers:save': Transfer;
  'transfers:undo': Transfer;
  'transfers:delete': null;
  'changes:list': ChangeEntry[];
  'exports:write': ExportResult;
  'exports:progress': ExportProgress;
  'exports:cancel': { cancelled: boolean };
  'imports:run': ImportResult;
  'imports:preview': ImportPreview;
  'imports:registerActivities': RegisterActivities;
  'imports:progress': ImportProgress;
  'imports:cancel': { cancelled: boolean };
  'reference:get': ReferenceView;
  'activities:rows': ActivityRow[];
  'checks:run': CheckReport;
  'history:list': HistoryEntry[];
  'history:restore': RestoredRecord;
  'review:mark': Activity;
  'review:due': ReviewDue[];
  'snapshots:list': SnapshotInfo[];
  'snapshots:create': SnapshotInfo;
  'snapshots:diff': SnapshotDiff;
  'map:get': DataMap;
};

export type Input<C extends Channel> = z.input<(typeof inputs)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputs)[C]>;
export type Output<C extends Channel> = Outputs[C];
