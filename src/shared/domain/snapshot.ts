// As-sent snapshots and the comparison of the register with one.
import { z } from 'zod';
import type { FieldChange } from './history';
import { Id } from './primitives';
import type { RegisterDocument } from './register-document';

export type SnapshotInfo = {
  id: string;
  label: string;
  createdAt: string;
  /** The export format that was sent (json, ico-xlsx, full-xlsx…). */
  format: string;
  fileName: string;
  /** SHA-256 of the exported file, hex. */
  fileHash: string;
};
export type Snapshot = SnapshotInfo & { document: RegisterDocument };

export const SnapshotCreate = z.object({
  label: z.string().trim().min(1, { error: 'a snapshot needs a label, e.g. "Sent to ICO 2026-11"' }).max(200),
  format: z.string().trim().min(1).max(40).default('json'),
  fileName: z.string().max(500).default(''),
  /** The hash of the file written by the export; computed from the JSON document when not given. */
  fileHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash in lower-case hex' })
    .optional(),
});
export type SnapshotCreate = z.input<typeof SnapshotCreate>;

export const SnapshotRef = z.object({ id: Id });

export type EntityDiff = {
  added: { id: string; label: string }[];
  removed: { id: string; label: string }[];
  changed: { id: string; label: string; changes: FieldChange[] }[];
};

/** What changed in the register since the snapshot was taken. */
export type SnapshotDiff = {
  snapshot: SnapshotInfo;
  organisation: FieldChange[];
  activities: EntityDiff;
  parties: EntityDiff;
  transfers: EntityDiff;
  terms: EntityDiff;
  /** True when nothing in the record changed. */
  unchanged: boolean;
};
