// Reads every resources/reference/*.json once, at import, through its schema. The files ship inside the app,
// so a malformed one is a build defect: fail loudly at start-up, naming the file and the field.
import type { z } from 'zod';
import dpiaCriteria from '../../../resources/reference/dpia-criteria.json';
import eea from '../../../resources/reference/eea.json';
import euAdequacy from '../../../resources/reference/eu-adequacy.json';
import internationalOrganisations from '../../../resources/reference/international-organisations.json';
import legalBases from '../../../resources/reference/legal-bases.json';
import terms from '../../../resources/reference/terms.json';
import transferMechanisms from '../../../resources/reference/transfer-mechanisms.json';
import ukAdequacy from '../../../resources/reference/uk-adequacy.json';
import vendors from '../../../resources/reference/vendors.json';
import { formatPath } from '../issues';
import {
  DpiaCriteriaFile,
  EeaFile,
  EuAdequacyFile,
  InternationalOrganisationsFile,
  LegalBasesFile,
  TermsFile,
  TransferMechanismsFile,
  UkAdequacyFile,
  VendorsFile,
} from './schemas';

export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`resources/reference/${file} does not match its schema:\n${problems.join('\n')}`);
    this.name = 'ReferenceDataError';
  }
}

/** Parses one reference file; exported so tests can show a broken file is refused. */
export function parseReferenceFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ReferenceDataError(
      file,
      result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }
  return result.data;
}

export const referenceData = {
  eea: parseReferenceFile('eea.json', EeaFile, eea),
  internationalOrganisations: parseReferenceFile(
    'international-organisations.json',
    InternationalOrganisationsFile,
    internationalOrganisations,
  ),
  euAdequacy: parseReferenceFile('eu-adequacy.json', EuAdequacyFile, euAdequacy),
  ukAdequacy: parseReferenceFile('uk-adequacy.json', UkAdequacyFile, ukAdequacy),
  transferMechanisms: parseReferenceFile(
    'transfer-mechanisms.json',
    TransferMechanismsFile,
    transferMechanisms,
  ),
  legalBases: parseReferenceFile('legal-bases.json', LegalBasesFile, legalBases),
  dpiaCriteria: parseReferenceFile('dpia-criteria.json', DpiaCriteriaFile, dpiaCriteria),
  vendors: parseReferenceFile('vendors.json', VendorsFile, vendors),
  terms: parseReferenceFile('terms.json', TermsFile, terms),
} as const;
export type ReferenceData = typeof referenceData;
