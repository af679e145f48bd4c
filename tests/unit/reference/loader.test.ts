import { describe, expect, it } from 'vitest';
import {
  EuAdequacyFile,
  parseReferenceFile,
  ReferenceDataError,
  TermsFile,
} from '../../../src/core/reference';
import euAdequacy from '../../../resources/reference/eu-adequacy.json';
import terms from '../../../resources/reference/terms.json';

describe('parseReferenceFile', () => {
  it('accepts the shipped file', () => {
    expect(parseReferenceFile('eu-adequacy.json', EuAdequacyFile, euAdequacy).entries.length).toBeGreaterThan(
      0,
    );
  });

  it('refuses a malformed file, naming the file and the field', () => {
    const broken = structuredClone(euAdequacy);
    const first = broken.entries[0];
    if (!first) throw new Error('eu-adequacy.json has no entries');
    first.adoptedOn = '19/10/2010';
    expect(() => parseReferenceFile('eu-adequacy.json', EuAdequacyFile, broken)).toThrow(ReferenceDataError);
    expect(() => parseReferenceFile('eu-adequacy.json', EuAdequacyFile, broken)).toThrow(
      /eu-adequacy\.json[\s\S]*entries\[0\]\.adoptedOn/,
    );
  });

  it('refuses an IRI outside the DPV namespace', () => {
    const broken = structuredClone(terms);
    const first = broken.lists['data-subject'][0];
    if (!first) throw new Error('terms.json has no data subjects');
    first.dpv = 'https://example.org/Employee';
    expect(() => parseReferenceFile('terms.json', TermsFile, broken)).toThrow(/dpv/);
  });

  it('refuses a list missing from terms.json', () => {
    const broken: Record<string, unknown> = { ...terms, lists: { ...terms.lists } };
    delete (broken.lists as Record<string, unknown>)['data-source'];
    expect(() => parseReferenceFile('terms.json', TermsFile, broken)).toThrow(/data-source/);
  });
});
