// A destination written by a person (in English or French, with or without accents, "USA", "United States
// of America (US)", "Etats-Unis") → an ISO 3166-1 alpha-2 code or an international organisation's id.
import countries from 'i18n-iso-countries/index';
import { isCountryCode, listCountries, referenceData } from '../reference';
import { CNIL_COUNTRY_ALIASES } from './cnil-labels';
import { normalise } from './sheet-grid';

/** Everyday English names the ISO list does not carry. */
const ENGLISH_ALIASES: Readonly<Record<string, string>> = {
  USA: 'US',
  'U.S.A.': 'US',
  'U.S.': 'US',
  America: 'US',
  UK: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
};

let names: Map<string, string> | null = null;

function index(): Map<string, string> {
  if (names) return names;
  listCountries('en'); // loads the module that registers the English and French names
  const map = new Map<string, string>();
  for (const lang of ['en', 'fr'])
    for (const [code, all] of Object.entries(countries.getNames(lang, { select: 'all' })))
      for (const name of all) if (!map.has(normalise(name))) map.set(normalise(name), code);
  for (const [name, code] of Object.entries({ ...ENGLISH_ALIASES, ...CNIL_COUNTRY_ALIASES }))
    map.set(normalise(name), code);
  names = map;
  return map;
}

/** The country's code, or null when the text names no country Ropa knows. */
export function countryCodeOf(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const suffix = /\(([A-Z]{2})\)\s*$/.exec(t)?.[1];
  if (suffix !== undefined && isCountryCode(suffix)) return suffix;
  if (/^[A-Z]{2}$/.test(t) && isCountryCode(t)) return t;
  return index().get(normalise(t)) ?? null;
}

/** The international organisation's id (resources/reference/international-organisations.json), or null. */
export function internationalOrganisationOf(text: string): string | null {
  const t = normalise(text);
  const found = referenceData.internationalOrganisations.organisations.find(
    (o) => normalise(o.name) === t || o.id === text.trim(),
  );
  return found?.id ?? null;
}
