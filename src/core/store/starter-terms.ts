// The standard category lists a new register starts with, from resources/reference/terms.json.
import type { TermFields } from '../../shared/domain';
import { referenceData } from '../reference';

export function starterTerms(): TermFields[] {
  return Object.entries(referenceData.terms.lists).flatMap(([list, entries]) =>
    entries.map((entry) => ({
      list: list as TermFields['list'],
      label: entry.label,
      description: entry.description ?? '',
      special: entry.special,
      dpvIri: entry.dpv,
      seedKey: entry.key,
    })),
  );
}
