// The ids in the reference files are the keys the domain stores: they must match src/shared/domain/codes.ts.
import { describe, expect, it } from 'vitest';
import {
  ART10_CONDITIONS,
  ART9_CONDITIONS,
  DPIA_LIKELY_THRESHOLD,
  LAWFUL_BASES,
  TERM_LISTS,
  TermFields,
  WP248_CRITERIA,
} from '../../../src/shared/domain';
import { referenceData } from '../../../src/core/reference';

const { legalBases, dpiaCriteria, terms } = referenceData;

describe('legal bases', () => {
  it('lists exactly the Art 6(1) bases of the domain, in order', () => {
    expect(legalBases.art6.map((b) => b.id)).toEqual([...LAWFUL_BASES]);
  });

  it('asks for the law relied on for 6(1)(c) and (e), and for the interest for 6(1)(f)', () => {
    expect(legalBases.art6.filter((b) => b.needsLawReference).map((b) => b.id)).toEqual([
      'art6-1-c',
      'art6-1-e',
    ]);
    expect(legalBases.art6.filter((b) => b.needsLegitimateInterest).map((b) => b.id)).toEqual(['art6-1-f']);
  });

  it('lists exactly the Art 9(2) and Art 10 conditions of the domain, in order', () => {
    expect(legalBases.art9.map((c) => c.id)).toEqual([...ART9_CONDITIONS]);
    expect(legalBases.art10.map((c) => c.id)).toEqual([...ART10_CONDITIONS]);
  });

  it('lists the eight Art 9(1) special categories', () => {
    expect(legalBases.art9Categories).toHaveLength(8);
  });

  it('lists DPA 2018 Schedule 1 Part 1 paras 1-4, Part 2 paras 6-28 and Part 3 paras 29-37', () => {
    const paras = (part: number) =>
      legalBases.ukSchedule1.filter((c) => c.part === part).map((c) => c.paragraph);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(paras(1)).toEqual(range(1, 4));
    expect(paras(2)).toEqual(range(6, 28));
    expect(paras(3)).toEqual(range(29, 37));
    for (const c of legalBases.ukSchedule1) expect(c.id).toBe(`dpa2018-sch1-p${c.part}-${c.paragraph}`);
  });

  it('requires an appropriate policy document for the employment condition', () => {
    const employment = legalBases.ukSchedule1.find((c) => c.id === 'dpa2018-sch1-p1-1');
    expect(employment?.appropriatePolicyDocument).toBe(true);
    expect(employment?.appliesTo).toBe('art9-2-b');
  });

  it('points every Art 9 condition needing a UK Schedule 1 condition at a Part that has some', () => {
    for (const c of legalBases.art9.filter((x) => x.ukSchedule1Part !== null)) {
      const matching = legalBases.ukSchedule1.filter(
        (s) => s.part === c.ukSchedule1Part && s.appliesTo === c.id,
      );
      expect(matching.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('DPIA criteria', () => {
  it('lists exactly the nine WP248 criteria of the domain, each explained', () => {
    expect(dpiaCriteria.wp248Criteria.map((c) => c.id)).toEqual([...WP248_CRITERIA]);
    expect(dpiaCriteria.wp248Criteria.every((c) => c.explanation.length > 20)).toBe(true);
  });

  it('has the three Art 35(3) cases and the domain threshold', () => {
    expect(dpiaCriteria.art35_3.map((c) => c.id)).toEqual(['art35-3-a', 'art35-3-b', 'art35-3-c']);
    expect(dpiaCriteria.threshold).toBe(DPIA_LIKELY_THRESHOLD);
  });
});

describe('starter terms', () => {
  it('has every term list of the domain and no other', () => {
    expect(Object.keys(terms.lists).sort()).toEqual([...TERM_LISTS].sort());
  });

  it('keeps keys unique within each list', () => {
    for (const [list, entries] of Object.entries(terms.lists)) {
      const keys = entries.map((e) => e.key);
      expect(new Set(keys).size, list).toBe(keys.length);
    }
  });

  it('has every Art 9 special category among personal data, flagged art9', () => {
    const personal = new Map(terms.lists['personal-data'].map((t) => [t.key, t]));
    for (const category of legalBases.art9Categories) {
      expect(personal.get(category.id)?.special, category.id).toBe('art9');
    }
    const art9Terms = terms.lists['personal-data'].filter((t) => t.special === 'art9');
    expect(art9Terms).toHaveLength(legalBases.art9Categories.length);
  });

  it('has criminal convictions and offences among personal data, flagged art10', () => {
    const art10 = terms.lists['personal-data'].filter((t) => t.special === 'art10').map((t) => t.key);
    expect(art10).toEqual(expect.arrayContaining(['criminal-convictions', 'criminal-offences']));
  });

  it('flags special data only in the personal data list', () => {
    const elsewhere = Object.entries(terms.lists)
      .filter(([list]) => list !== 'personal-data')
      .flatMap(([, entries]) => entries.filter((e) => e.special !== null));
    expect(elsewhere).toEqual([]);
  });

  it('seeds terms the domain schema accepts', () => {
    for (const [list, entries] of Object.entries(terms.lists)) {
      for (const e of entries) {
        const parsed = TermFields.safeParse({
          list,
          label: e.label,
          description: e.description,
          special: e.special,
          dpvIri: e.dpv,
          seedKey: e.key,
        });
        expect(parsed.success, `${list}/${e.key}`).toBe(true);
      }
    }
  });
});
