// Country codes and names (ISO 3166-1 alpha-2) in the languages the app ships.
// The library's own index is imported rather than its Node entry, which would load all 78 locales.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

countries.registerLocale(en);
countries.registerLocale(fr);

export const COUNTRY_LOCALES = ['en', 'fr'] as const;
export type CountryLocale = (typeof COUNTRY_LOCALES)[number];

export type Country = { code: string; name: string };

/** True only for an upper-case alpha-2 code the ISO list knows (the library also accepts alpha-3 and numeric). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The country's short name, or null when the code is not an ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale: CountryLocale = 'en'): string | null {
  if (!isCountryCode(code)) return null;
  return countries.getName(code, locale) ?? null;
}

/** Every country, sorted by name in that language (for pickers). */
export function listCountries(locale: CountryLocale = 'en'): Country[] {
  const names = countries.getNames(locale);
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
