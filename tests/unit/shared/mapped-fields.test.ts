import { describe, expect, it } from 'vitest';
import {
  MAPPABLE_FIELDS,
  MAPPABLE_FIELD_INFO,
  fieldsMappedTwice,
  guessColumnMapping,
  normaliseHeader,
} from '../../../src/shared/ipc/mapped-fields';

describe('the fields a column can be mapped to', () => {
  it('each have a label the mapping table shows', () => {
    for (const field of MAPPABLE_FIELDS) expect(MAPPABLE_FIELD_INFO[field].label).not.toBe('');
  });

  it('normalises headers the way they are written in sheets', () => {
    expect(normaliseHeader('  Finalité(s) du traitement ')).toBe('finalite s du traitement');
    expect(normaliseHeader('Lawful basis (Art. 6)')).toBe('lawful basis art 6');
  });
});

describe('the first mapping guessed from the headers', () => {
  it('maps a DPO spreadsheet by its headers and leaves the rest to the user', () => {
    const headers = [
      'Ref',
      'Activity',
      'Team',
      'Why we process',
      'Legal basis',
      'Who',
      'What data',
      'Comments',
    ];
    expect(guessColumnMapping(headers)).toEqual({
      Ref: 'reference',
      Activity: 'name',
      Team: 'department',
      'Legal basis': 'lawfulBasis',
      Comments: 'notes',
    });
  });

  it('reads ICO-style and CNIL-style headers', () => {
    expect(
      guessColumnMapping([
        'Business function',
        'Purpose of processing',
        'Name and contact details of joint controller',
        'Categories of individuals',
        'Categories of personal data',
        'Categories of recipients',
        'Retention schedule',
        'General description of technical and organisational security measures',
        'Article 6 lawful basis for processing personal data',
      ]),
    ).toEqual({
      'Business function': 'department',
      'Purpose of processing': 'purposes',
      'Categories of individuals': 'dataSubjects',
      'Categories of personal data': 'personalData',
      'Categories of recipients': 'recipients',
      'Retention schedule': 'retention',
      'General description of technical and organisational security measures': 'securityMeasures',
      'Article 6 lawful basis for processing personal data': 'lawfulBasis',
    });
    expect(
      guessColumnMapping(['Nom du traitement', 'Finalité', 'Base légale', 'Durée de conservation']),
    ).toEqual({
      'Nom du traitement': 'name',
      Finalité: 'purposes',
      'Base légale': 'lawfulBasis',
      'Durée de conservation': 'retention',
    });
  });

  it('gives each field to one column only, the one that names it best', () => {
    expect(guessColumnMapping(['Data', 'Personal data', 'Next review date', 'Last reviewed'])).toEqual({
      'Personal data': 'personalData',
      'Next review date': 'nextReviewAt',
      'Last reviewed': 'lastReviewedAt',
    });
  });

  it('treats any header as plain text', () => {
    expect(guessColumnMapping(['constructor', '__proto__', 'toString', ''])).toEqual({});
    expect(Object.getPrototypeOf(guessColumnMapping(['__proto__']))).toBe(Object.prototype);
  });

  it('finds the fields mapped from two columns', () => {
    expect([...fieldsMappedTwice({ A: 'name', B: 'name', C: 'reference' })]).toEqual([['name', ['A', 'B']]]);
    expect(fieldsMappedTwice({ A: 'name', C: 'reference' }).size).toBe(0);
  });
});
