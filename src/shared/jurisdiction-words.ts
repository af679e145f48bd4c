// The regimes in the words the checks and the screens use: "the EU GDPR and UK GDPR".
import type { Jurisdiction } from './domain';

export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  'eu-gdpr': 'EU GDPR',
  'uk-gdpr': 'UK GDPR',
};

/** Several regimes in one phrase: "EU GDPR and UK GDPR". */
export function regimesInWords(jurisdictions: readonly Jurisdiction[]): string {
  return jurisdictions.map((j) => JURISDICTION_LABEL[j]).join(' and ');
}
