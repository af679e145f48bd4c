// One line of the activities table ('activities:rows'): what the table shows, filters and searches on,
// without the whole record, so a 10k-activity register opens fast. The editor loads the full activity.
import type { ActivityRole, ActivityStatus, LawfulBasis } from '../domain/codes';

export type ActivityRow = {
  id: string;
  role: ActivityRole;
  reference: string;
  name: string;
  department: string;
  status: ActivityStatus;
  updatedAt: string;
  nextReviewAt: string | null;
  lawfulBases: LawfulBasis[];
  /** Holds Art 9 or Art 10 data. */
  special: boolean;
  /** Reference, name, description, department, owner, storage, notes, systems and purposes, lower-cased. */
  search: string;
};
