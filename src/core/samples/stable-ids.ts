// Sample documents live in git: their ids and stamps must not change each time they are rebuilt, so every
// id is derived from the sample's name and the entity's natural key (a UUID v5-style hash).
import { createHash } from 'node:crypto';
import type { RegisterDocument } from '../../shared/domain';

export const SAMPLE_STAMP = '2026-11-23T00:00:00.000Z';

function stableId(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function stabiliseDocument(name: string, doc: RegisterDocument): RegisterDocument {
  const ids = new Map<string, string>();
  ids.set(doc.organisation.id, stableId(`${name}:organisation`));
  for (const t of doc.terms) ids.set(t.id, stableId(`${name}:term:${t.list}:${t.label}`));
  for (const p of doc.parties) ids.set(p.id, stableId(`${name}:party:${p.name}`));
  for (const a of doc.activities) {
    ids.set(a.id, stableId(`${name}:activity:${a.reference}`));
    a.purposes.forEach((p, i) => p.id && ids.set(p.id, stableId(`${name}:purpose:${a.reference}:${i}`)));
    a.retention.forEach((r, i) => r.id && ids.set(r.id, stableId(`${name}:retention:${a.reference}:${i}`)));
  }
  const activityRef = new Map(doc.activities.map((a) => [a.id, a.reference]));
  const partyName = new Map(doc.parties.map((p) => [p.id, p.name]));
  for (const t of doc.transfers) {
    const key = `${activityRef.get(t.activityId)}:${partyName.get(t.partyId ?? '')}:${t.country}:${t.mechanism}`;
    ids.set(t.id, stableId(`${name}:transfer:${key}`));
  }
  const text = JSON.stringify({ ...doc, exportedAt: SAMPLE_STAMP })
    .replace(/"(createdAt|updatedAt)":"[^"]*"/g, `"$1":"${SAMPLE_STAMP}"`)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => ids.get(id) ?? id);
  const stable = JSON.parse(text) as RegisterDocument;
  // The order the register lists them in (by activity reference, country and importer, then id: their
  // stamps are all the same), so a load-and-export round trip gives the same document back.
  const reference = new Map(stable.activities.map((a) => [a.id, asciiLower(a.reference)]));
  const importer = new Map(stable.parties.map((p) => [p.id, asciiLower(p.name)]));
  const binary = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  stable.transfers.sort(
    (a, b) =>
      binary(reference.get(a.activityId) ?? '', reference.get(b.activityId) ?? '') ||
      binary(a.country ?? '', b.country ?? '') ||
      binary(importer.get(a.partyId ?? '') ?? '', importer.get(b.partyId ?? '') ?? '') ||
      binary(a.id, b.id),
  );
  return stable;
}

/** SQLite's NOCASE: only ASCII letters are folded. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
