// Words the UI shows for the domain's codes, in the regulation's terms.
import type { DestinationStatusCode } from '../../../shared/ipc/reference-codes';
import type { ReferenceView } from '../../../shared/ipc/reference-view';

export { RELATION_LABELS } from '../../../shared/domain/codes';

export const STATUS_LABELS = { draft: 'Draft', active: 'Active', retired: 'Retired' } as const;

export const DESTINATION_LABELS: Record<DestinationStatusCode, string> = {
  domestic: 'Domestic',
  eea: 'EEA',
  adequate: 'Adequate',
  'adequate-for-certified': 'Adequate for DPF-certified recipients',
  'needs-safeguards': 'Needs safeguards',
};

export const DESTINATION_COLORS: Record<DestinationStatusCode, string> = {
  domestic: 'gray',
  eea: 'teal',
  adequate: 'teal',
  'adequate-for-certified': 'yellow',
  'needs-safeguards': 'red',
};

export const TERM_LIST_LABELS = {
  'data-subject': 'Data subjects',
  'personal-data': 'Personal data',
  recipient: 'Recipient categories',
  purpose: 'Purposes',
  'security-measure': 'Security measures',
  'data-source': 'Data sources',
} as const;

/** The short mark a special term carries in tables and pickers. */
export const SPECIAL_MARKS = { art9: 'Art 9', art10: 'Art 10' } as const;

/** A country's name from the reference data; undefined for no country or a code it does not know. */
export function countryName(reference: ReferenceView | null, code: string | null): string | undefined {
  return code === null ? undefined : reference?.countries.find((c) => c.code === code)?.name;
}
