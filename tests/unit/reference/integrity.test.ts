// Cross-file integrity of resources/reference: every code resolves, every reference points at something.
import countries from 'i18n-iso-countries/index';
import { describe, expect, it } from 'vitest';
import { CERTIFICATION_SCHEMES } from '../../../src/shared/domain/codes';
import { referenceData } from '../../../src/core/reference';

const { eea, internationalOrganisations, euAdequacy, ukAdequacy, transferMechanisms, vendors } =
  referenceData;
const orgIds = new Set(internationalOrganisations.organisations.map((o) => o.id));
const mechanismIds = new Set(transferMechanisms.mechanisms.map((m) => m.id));
const adequacyEntries = [...euAdequacy.entries, ...ukAdequacy.entries];

function isIsoAlpha2(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Every value stored under a `dpv` key anywhere in the reference data. */
function dpvValues(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => dpvValues(child, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'dpv' && typeof value === 'string') out.push(value);
      else dpvValues(value, out);
    }
  }
  return out;
}

describe('country codes', () => {
  it('lists the 30 EEA states, each a valid ISO alpha-2 code', () => {
    const codes = eea.members.map((m) => m.code);
    expect(codes).toHaveLength(30);
    expect(new Set(codes).size).toBe(30);
    expect(codes.filter((c) => !isIsoAlpha2(c))).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['IS', 'LI', 'NO', 'GR', 'IE']));
    expect(codes).not.toContain('GB');
  });

  it('names every adequacy subject by a valid ISO code, a declared organisation or the EEA', () => {
    const bad = adequacyEntries.filter((e) => {
      if (e.subjectKind === 'country') return !isIsoAlpha2(e.subject);
      if (e.subjectKind === 'international-organisation') return !orgIds.has(e.subject);
      return e.subject !== 'eea';
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('gives every vendor valid ISO codes for its headquarters and contracting entity', () => {
    const codes = vendors.vendors.flatMap((v) => [v.hqCountry.value, v.legalEntity.country ?? 'US']);
    expect(codes.filter((c) => !isIsoAlpha2(c))).toEqual([]);
  });
});

describe('adequacy lists', () => {
  it('gives every entry a decision reference, adoption date, source and confidence', () => {
    for (const e of adequacyEntries) {
      expect(e.decision.trim(), e.id).not.toBe('');
      expect(e.adoptedOn, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.source.trim(), e.id).not.toBe('');
      expect(['verified', 'secondary', 'lead', 'unverified'], e.id).toContain(e.confidence);
    }
  });

  it('has unique entry ids across both lists', () => {
    const ids = adequacyEntries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the 17 EU adequacy subjects, the EPO as an organisation', () => {
    const subjects = new Set(euAdequacy.entries.map((e) => e.subject));
    expect(subjects.size).toBe(17);
    expect([...subjects]).toEqual(expect.arrayContaining(['US', 'BR', 'GB', 'KR', 'JP', 'CA', 'epo']));
    expect(euAdequacy.entries.find((e) => e.subject === 'epo')?.subjectKind).toBe(
      'international-organisation',
    );
  });

  it('limits US adequacy to certified organisations in both jurisdictions', () => {
    const us = adequacyEntries.filter((e) => e.subject === 'US');
    expect(us.map((e) => e.requiresCertification).sort()).toEqual(['eu-us-dpf', 'uk-extension-dpf']);
    expect(us.every((e) => e.partial)).toBe(true);
  });

  it('keeps the UK renewal valid until 2031-12-27', () => {
    const current = euAdequacy.entries.find((e) => e.subject === 'GB' && e.status === 'in-force');
    expect(current?.validUntil).toBe('2031-12-27');
  });
});

describe('transfer mechanisms', () => {
  it('has unique ids', () => {
    const ids = transferMechanisms.mechanisms.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points parent, requires and replacedBy only at mechanisms that exist', () => {
    const refs = transferMechanisms.mechanisms.flatMap((m) => [
      ...(m.parent ? [m.parent] : []),
      ...m.requires,
      ...(m.replacedBy ? [m.replacedBy] : []),
    ]);
    expect(refs.filter((id) => !mechanismIds.has(id))).toEqual([]);
  });

  it('never replaces a retired mechanism with another retired one', () => {
    const retired = new Set(transferMechanisms.mechanisms.filter((m) => m.retired).map((m) => m.id));
    const chains = transferMechanisms.mechanisms.filter((m) => m.replacedBy && retired.has(m.replacedBy));
    expect(chains.map((m) => m.id)).toEqual([]);
  });

  it('maps the four SCC modules to their roles', () => {
    const modules = transferMechanisms.mechanisms
      .filter((m) => m.sccModule !== null)
      .map((m) => [m.sccModule, m.exporterRole, m.importerRole]);
    expect(modules).toEqual([
      ['1', 'controller', 'controller'],
      ['2', 'controller', 'processor'],
      ['3', 'processor', 'processor'],
      ['4', 'processor', 'controller'],
    ]);
  });
});

describe('vendor catalog', () => {
  it('references only mechanisms that exist', () => {
    const missing = vendors.vendors.flatMap((v) =>
      v.mechanisms.filter((m) => !mechanismIds.has(m.mechanism)).map((m) => `${v.id}: ${m.mechanism}`),
    );
    expect(missing).toEqual([]);
  });

  it('references no retired mechanism', () => {
    const retired = new Set(transferMechanisms.mechanisms.filter((m) => m.retired).map((m) => m.id));
    const used = vendors.vendors.flatMap((v) => v.mechanisms.filter((m) => retired.has(m.mechanism)));
    expect(used).toEqual([]);
  });

  it('uses only certification schemes from the domain codes', () => {
    const schemes = vendors.vendors.flatMap((v) => v.certifications.map((c) => c.scheme));
    expect(schemes.filter((s) => !(CERTIFICATION_SCHEMES as readonly string[]).includes(s))).toEqual([]);
  });

  it('has unique kebab-case ids', () => {
    const ids = vendors.vendors.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('marks every DPF fact unverified and tells the user to check the DPF list', () => {
    for (const v of vendors.vendors) {
      const dpf = v.certifications.filter((c) => c.scheme.endsWith('dpf'));
      expect(dpf.length, v.id).toBeGreaterThan(0);
      for (const c of dpf) {
        expect(c.verified, v.id).toBe(false);
        expect(c.note, v.id).toMatch(/check the DPF list/i);
      }
      for (const m of v.mechanisms.filter((x) => x.mechanism.includes('dpf'))) {
        expect(m.verified, v.id).toBe(false);
      }
    }
  });

  it('carries a source and a date on every fact', () => {
    const facts = vendors.vendors.flatMap((v) => [
      v.typicalRole,
      v.legalEntity,
      v.hqCountry,
      ...v.mechanisms,
      ...v.certifications,
      ...(v.dataLocation ? [v.dataLocation] : []),
    ]);
    expect(facts.length).toBeGreaterThan(60);
    expect(facts.filter((f) => f.source.trim() === '' || !/^\d{4}-\d{2}/.test(f.asOf))).toEqual([]);
  });
});

describe('DPV IRIs', () => {
  it('are all in the w3id.org/dpv namespace', () => {
    const iris = dpvValues(referenceData);
    expect(iris.length).toBeGreaterThan(50);
    expect(iris.filter((iri) => !iri.startsWith('https://w3id.org/dpv'))).toEqual([]);
  });
});
