// "Compare with snapshot": what was added, removed or changed in the record since a snapshot, field by
// field and in words.
import type { EntityDiff, FieldChange, SnapshotDiff, SnapshotInfo } from '../../shared/domain';
import type { RegisterContent } from '../rules/context';
import { fieldChanges, type Names } from './describe';

type Entity = { id: string };

function diffEntities<T extends Entity>(
  before: readonly T[],
  after: readonly T[],
  label: (e: T) => string,
  names: Names,
): EntityDiff {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const diff: EntityDiff = { added: [], removed: [], changed: [] };
  for (const e of after) {
    const was = old.get(e.id);
    if (!was) diff.added.push({ id: e.id, label: label(e) });
    else {
      const changes = fieldChanges(was, e, names);
      if (changes.length > 0) diff.changed.push({ id: e.id, label: label(e), changes });
    }
  }
  for (const e of before) if (!now.has(e.id)) diff.removed.push({ id: e.id, label: label(e) });
  return diff;
}

const isEmpty = (d: EntityDiff) => d.added.length + d.removed.length + d.changed.length === 0;

export function diffContent(
  snapshot: SnapshotInfo,
  before: RegisterContent,
  after: RegisterContent,
): SnapshotDiff {
  const terms = new Map([...before.terms, ...after.terms].map((t) => [t.id, t.label]));
  const parties = new Map([...before.parties, ...after.parties].map((p) => [p.id, p.name]));
  const names: Names = { term: (id) => terms.get(id), party: (id) => parties.get(id) };
  const activityLabel = new Map([...before.activities, ...after.activities].map((a) => [a.id, a.reference]));
  const organisation: FieldChange[] = fieldChanges(before.organisation, after.organisation, names);
  const diff = {
    snapshot,
    organisation,
    activities: diffEntities(before.activities, after.activities, (a) => `${a.reference} ${a.name}`, names),
    parties: diffEntities(before.parties, after.parties, (p) => p.name, names),
    transfers: diffEntities(
      before.transfers,
      after.transfers,
      (t) =>
        `${activityLabel.get(t.activityId) ?? '?'} → ${(t.partyId && parties.get(t.partyId)) || ''} (${t.country ?? t.internationalOrganisation})`,
      names,
    ),
    terms: diffEntities(before.terms, after.terms, (t) => `${t.list}: ${t.label}`, names),
  };
  const unchanged =
    organisation.length === 0 && [diff.activities, diff.parties, diff.transfers, diff.terms].every(isEmpty);
  return { ...diff, unchanged };
}
