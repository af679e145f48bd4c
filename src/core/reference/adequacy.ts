// Where a destination stands under Chapter V for an exporter in a given jurisdiction, on a given date.
// Judged from the exporter's side: for an EU exporter the EEA is not a third country, for a UK exporter the
// UK is home and the EEA is covered by UK adequacy regulations.
import { todayUtc } from '../../shared/dates';
import type { Jurisdiction } from '../../shared/domain/codes';
import { referenceData } from './load';
import { internationalOrganisationById } from './lookup';
import type { AdequacyEntry } from './schemas';

export type DestinationStatus =
  'domestic' | 'eea' | 'adequate' | 'adequate-for-certified' | 'needs-safeguards';

const eeaCodes: ReadonlySet<string> = new Set(referenceData.eea.members.map((m) => m.code));

export function isEea(code: string): boolean {
  return eeaCodes.has(code.toUpperCase());
}

/** Today in UTC; the decisions are dated by day, so the hour does not matter. */
const today = todayUtc;

function checkDate(onDate: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(onDate)) {
    throw new RangeError(`onDate must be a date written YYYY-MM-DD, not "${onDate}"`);
  }
}

function entriesFor(jurisdiction: Jurisdiction): readonly AdequacyEntry[] {
  return jurisdiction === 'eu-gdpr' ? referenceData.euAdequacy.entries : referenceData.ukAdequacy.entries;
}

function covers(entry: AdequacyEntry, destination: string): boolean {
  if (entry.subjectKind === 'country-group') return entry.subject === 'eea' && isEea(destination);
  if (entry.subjectKind === 'country') return entry.subject === destination.toUpperCase();
  return entry.subject === destination;
}

// ISO dates compare correctly as strings.
function inForceOn(entry: AdequacyEntry, onDate: string): boolean {
  return entry.adoptedOn <= onDate && (entry.validUntil === null || onDate <= entry.validUntil);
}

/**
 * The adequacy decision (EU) or regulations (UK) covering a country code or international organisation id on
 * that date, or null. When a renewal overlaps the decision it replaces, the newer one wins. For the US the
 * entry found is the DPF one, with `requiresCertification` set: it covers certified recipients only.
 */
export function adequacyFor(
  countryOrOrg: string,
  jurisdiction: Jurisdiction,
  onDate: string = today(),
): AdequacyEntry | null {
  checkDate(onDate);
  let found: AdequacyEntry | null = null;
  for (const entry of entriesFor(jurisdiction)) {
    if (
      covers(entry, countryOrOrg) &&
      inForceOn(entry, onDate) &&
      (!found || entry.adoptedOn > found.adoptedOn)
    ) {
      found = entry;
    }
  }
  return found;
}

/**
 * The checks ask this for every link of every activity: the answer depends only on the three arguments and
 * the bundled reference data, so it is kept (a bounded cache, cleared when full).
 */
const statusCache = new Map<string, DestinationStatus>();
const STATUS_CACHE_LIMIT = 10_000;

export function destinationStatus(
  destination: string,
  jurisdiction: Jurisdiction,
  onDate: string = today(),
): DestinationStatus {
  const key = `${destination}|${jurisdiction}|${onDate}`;
  const known = statusCache.get(key);
  if (known !== undefined) return known;
  const status = computeDestinationStatus(destination, jurisdiction, onDate);
  if (statusCache.size >= STATUS_CACHE_LIMIT) statusCache.clear();
  statusCache.set(key, status);
  return status;
}

function computeDestinationStatus(
  destination: string,
  jurisdiction: Jurisdiction,
  onDate: string,
): DestinationStatus {
  checkDate(onDate);
  if (jurisdiction === 'uk-gdpr' && destination.toUpperCase() === 'GB') return 'domestic';
  if (jurisdiction === 'eu-gdpr' && isEea(destination)) return 'eea';
  // EU institutions and bodies are under Regulation (EU) 2018/1725, not a third country for an EU exporter.
  if (jurisdiction === 'eu-gdpr' && internationalOrganisationById(destination)?.kind === 'eu-body')
    return 'eea';
  const entry = adequacyFor(destination, jurisdiction, onDate);
  if (!entry) return 'needs-safeguards';
  return entry.requiresCertification ? 'adequate-for-certified' : 'adequate';
}
