// Which part of the register an export covers: a role, a status, a department, and the register as it
// stood at a date ("as at"), rebuilt from the change log.
import {
  Activity,
  Organisation,
  Party,
  Term,
  Transfer,
  type ActivityRole,
  type ActivityStatus,
  type RegisterDocument,
} from '../../shared/domain';
import type { ChangeEntry } from '../../shared/ipc/contract';
import { RopaError } from '../errors';
import type { Register } from '../store/register';
import { exportRegisterDocument } from './register-document';

export type ExportFilters = {
  role?: ActivityRole | undefined;
  status?: ActivityStatus | undefined;
  department?: string | undefined;
  /** YYYY-MM-DD (the end of that day, UTC) or an ISO timestamp. */
  asAt?: string | undefined;
};

function asAtInstant(asAt: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(asAt) ? `${asAt}T23:59:59.999Z` : asAt;
  if (Number.isNaN(Date.parse(instant)))
    throw new RopaError('INVALID_INPUT', `"as at" must be a date written YYYY-MM-DD, not "${asAt}"`);
  return new Date(instant).toISOString();
}

/**
 * The state of every entity at `instant`: an entity changed later is put back as it was before its first
 * later change (or left out if that change created it). Only the change log is used, so the register itself
 * is never touched.
 */
function rewind(doc: RegisterDocument, changes: readonly ChangeEntry[], instant: string): RegisterDocument {
  const later = changes.filter((c) => new Date(c.at).toISOString() > instant).sort((a, b) => a.id - b.id);
  const imported = later.find((c) => c.entity === 'register');
  if (imported)
    throw new RopaError(
      'INVALID_INPUT',
      `The register was replaced by an import on ${imported.at.slice(0, 10)}, after the "as at" date; its earlier state is not in the change log. Export "as at" a date on or after ${imported.at.slice(0, 10)}.`,
    );
  const earliest = new Map<string, ChangeEntry>();
  for (const change of later) if (!earliest.has(change.entityId)) earliest.set(change.entityId, change);
  const restore = <T extends { id: string }>(
    current: readonly T[],
    entity: ChangeEntry['entity'],
    parse: (raw: unknown) => T,
  ): T[] => {
    const out: T[] = [];
    for (const item of current) {
      const change = earliest.get(item.id);
      if (change === undefined) out.push(item);
      else if (change.before !== null) out.push(parse(change.before));
    }
    for (const change of earliest.values())
      if (change.entity === entity && change.action === 'delete' && change.before !== null)
        out.push(parse(change.before));
    return out;
  };
  const orgChange = earliest.get(doc.organisation.id);
  return {
    ...doc,
    organisation: orgChange?.before ? Organisation.parse(orgChange.before) : doc.organisation,
    terms: restore(doc.terms, 'term', (raw) => Term.parse(raw)),
    parties: restore(doc.parties, 'party', (raw) => Party.parse(raw)),
    activities: restore(doc.activities, 'activity', (raw) => Activity.parse(raw)),
    transfers: restore(doc.transfers, 'transfer', (raw) => Transfer.parse(raw)),
  };
}

/** The register document an export writes: filtered to the activities asked for and what they use. */
export function scopedDocument(register: Register, filters: ExportFilters = {}): RegisterDocument {
  let doc = exportRegisterDocument(register);
  if (filters.asAt !== undefined) {
    const instant = asAtInstant(filters.asAt);
    doc = rewind(doc, register.changes.list({ limit: Number.MAX_SAFE_INTEGER }), instant);
  }
  const { role, status, department } = filters;
  if (role === undefined && status === undefined && department === undefined) return doc;
  const activities = doc.activities.filter(
    (a) =>
      (role === undefined || a.role === role) &&
      (status === undefined || a.status === status) &&
      (department === undefined || a.department.toLowerCase() === department.toLowerCase()),
  );
  const activityIds = new Set(activities.map((a) => a.id));
  const transfers = doc.transfers.filter((t) => activityIds.has(t.activityId));
  const partyIds = new Set([
    ...activities.flatMap((a) => a.parties.map((p) => p.partyId)),
    ...transfers.flatMap((t) => (t.partyId === null ? [] : [t.partyId])),
  ]);
  return { ...doc, activities, transfers, parties: doc.parties.filter((p) => partyIds.has(p.id)) };
}
