import { describe, expect, it } from 'vitest';
import {
  adequacyFor,
  countryName,
  destinationStatus,
  isCountryCode,
  isEea,
  isMechanismRetired,
  listCountries,
  mechanismById,
  vendorById,
} from '../../../src/core/reference';

describe('countries', () => {
  it('accepts only upper-case ISO alpha-2 codes', () => {
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('gb')).toBe(false);
    expect(isCountryCode('GBR')).toBe(false);
    expect(isCountryCode('826')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
  });

  it('names countries in English and French', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('XX')).toBeNull();
  });

  it('lists every country sorted by name in the language asked for', () => {
    const fr = listCountries('fr');
    expect(fr.length).toBeGreaterThan(240);
    expect(fr.find((c) => c.code === 'FR')?.name).toBe('France');
    const names = fr.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('knows the EEA', () => {
    expect(isEea('NO')).toBe(true);
    expect(isEea('fr')).toBe(true);
    expect(isEea('CH')).toBe(false);
    expect(isEea('GB')).toBe(false);
  });
});

describe('adequacyFor', () => {
  it('finds Japan for EU exporters', () => {
    expect(adequacyFor('JP', 'eu-gdpr')?.decision).toMatch(/2019\/419/);
  });

  it('respects the adoption date: Brazil is adequate from 26 January 2026', () => {
    expect(adequacyFor('BR', 'eu-gdpr', '2025-06-01')).toBeNull();
    expect(adequacyFor('BR', 'eu-gdpr', '2026-06-01')?.id).toBe('eu-adq-BR');
    expect(adequacyFor('BR', 'uk-gdpr', '2026-06-01')).toBeNull();
  });

  it('returns the DPF entry for the US, which requires certification', () => {
    expect(adequacyFor('US', 'eu-gdpr')?.requiresCertification).toBe('eu-us-dpf');
    expect(adequacyFor('US', 'uk-gdpr')?.requiresCertification).toBe('uk-extension-dpf');
    expect(adequacyFor('US', 'eu-gdpr', '2023-07-09')).toBeNull();
  });

  it('picks the UK decision in force on the date, preferring the renewal where they overlap', () => {
    expect(adequacyFor('GB', 'eu-gdpr', '2023-01-01')?.id).toBe('eu-adq-GB-2021');
    expect(adequacyFor('GB', 'eu-gdpr', '2025-12-20')?.id).toBe('eu-adq-GB');
    expect(adequacyFor('GB', 'eu-gdpr', '2031-12-27')?.id).toBe('eu-adq-GB');
    expect(adequacyFor('GB', 'eu-gdpr', '2031-12-28')).toBeNull();
  });

  it('finds an international organisation by its id', () => {
    expect(adequacyFor('epo', 'eu-gdpr', '2025-08-01')?.subjectKind).toBe('international-organisation');
    expect(adequacyFor('epo', 'eu-gdpr', '2025-07-14')).toBeNull();
  });

  it('treats EU institutions as no third country for an EU exporter, and as adequate for a UK one', () => {
    expect(destinationStatus('eu-institutions', 'eu-gdpr', '2026-01-01')).toBe('eea');
    expect(destinationStatus('eu-institutions', 'uk-gdpr', '2026-01-01')).toBe('adequate');
    expect(destinationStatus('epo', 'eu-gdpr', '2026-01-01')).toBe('adequate');
  });

  it('covers EEA states under the UK list', () => {
    expect(adequacyFor('DE', 'uk-gdpr')?.id).toBe('uk-adq-EEA');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => adequacyFor('JP', 'eu-gdpr', '01/06/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('destinationStatus', () => {
  it('treats the EEA as EEA for EU exporters and as adequate for UK exporters', () => {
    expect(destinationStatus('FR', 'eu-gdpr')).toBe('eea');
    expect(destinationStatus('FR', 'uk-gdpr')).toBe('adequate');
  });

  it('treats the UK as domestic for UK exporters and adequate for EU exporters', () => {
    expect(destinationStatus('GB', 'uk-gdpr')).toBe('domestic');
    expect(destinationStatus('GB', 'eu-gdpr', '2026-01-01')).toBe('adequate');
  });

  it('says which destinations need safeguards or certified recipients', () => {
    expect(destinationStatus('IN', 'eu-gdpr')).toBe('needs-safeguards');
    expect(destinationStatus('US', 'eu-gdpr')).toBe('adequate-for-certified');
    expect(destinationStatus('US', 'uk-gdpr')).toBe('adequate-for-certified');
    expect(destinationStatus('KR', 'uk-gdpr')).toBe('adequate');
    expect(destinationStatus('GI', 'uk-gdpr')).toBe('adequate');
    expect(destinationStatus('GI', 'eu-gdpr')).toBe('needs-safeguards');
  });
});

describe('mechanisms and vendors', () => {
  it('marks the EU-US Privacy Shield retired since Schrems II', () => {
    const shield = mechanismById('eu-privacy-shield');
    expect(shield?.retired).toBe(true);
    expect(shield?.retiredOn).toBe('2020-07-16');
    expect(shield?.retiredReason).toMatch(/C-311\/18/);
  });

  it('retires the pre-2021 SCCs later for UK exporters than for EU ones', () => {
    const old = mechanismById('eu-scc-2010-87');
    if (!old) throw new Error('eu-scc-2010-87 missing');
    expect(isMechanismRetired(old, 'eu-gdpr', '2023-06-01')).toBe(true);
    expect(isMechanismRetired(old, 'uk-gdpr', '2023-06-01')).toBe(false);
    expect(isMechanismRetired(old, 'uk-gdpr', '2024-03-21')).toBe(true);
  });

  it('does not retire current mechanisms', () => {
    const module2 = mechanismById('eu-scc-m2-c2p');
    expect(module2?.sccModule).toBe('2');
    expect(module2 && isMechanismRetired(module2, 'eu-gdpr', '2026-11-01')).toBe(false);
  });

  it('ties the UK Addendum to the EU SCCs and asks for a transfer assessment', () => {
    const addendum = mechanismById('uk-addendum');
    expect(addendum?.requires).toEqual(['eu-scc']);
    expect(addendum?.requiresTia).toBe(true);
  });

  it('returns null for unknown ids', () => {
    expect(mechanismById('privacy-shield-2')).toBeNull();
    expect(vendorById('acme')).toBeNull();
  });

  it('finds a vendor with its contracting entity', () => {
    expect(vendorById('aws')?.legalEntity.value).toBe('Amazon Web Services EMEA SARL');
  });
});
