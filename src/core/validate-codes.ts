// Codes the shared schemas can only check for shape (a two-letter country, a mechanism id) are checked
// here against the reference data, so a register never holds a code no export can name.
import type { Issue } from '../shared/ipc/result';
import { RopaError } from './errors';
import { isCountryCode, mechanismById, referenceData } from './reference';

export type CodesToCheck = {
  /** path → country code (null = not recorded). */
  countries?: Record<string, string | null>;
  mechanism?: string | null;
  ukSchedule1?: readonly string[];
};

let schedule1Ids: Set<string> | undefined;

export function codeIssues(codes: CodesToCheck, root = ''): Issue[] {
  const at = (path: string) => (root ? `${root}.${path}` : path);
  const issues: Issue[] = [];
  for (const [path, code] of Object.entries(codes.countries ?? {})) {
    if (code !== null && !isCountryCode(code)) {
      issues.push({ path: at(path), message: `${code} is not an ISO 3166-1 country code` });
    }
  }
  if (codes.mechanism != null && !mechanismById(codes.mechanism)) {
    issues.push({
      path: at('mechanism'),
      message: `${codes.mechanism} is not a transfer mechanism Ropa knows (see resources/reference/transfer-mechanisms.json)`,
    });
  }
  schedule1Ids ??= new Set(referenceData.legalBases.ukSchedule1.map((c) => c.id));
  (codes.ukSchedule1 ?? []).forEach((id, i) => {
    if (!schedule1Ids?.has(id)) {
      issues.push({
        path: at(`ukSchedule1Conditions[${i}]`),
        message: `${id} is not a DPA 2018 Schedule 1 condition`,
      });
    }
  });
  return issues;
}

export function assertKnownCodes(codes: CodesToCheck): void {
  const issues = codeIssues(codes);
  if (issues.length > 0) {
    throw new RopaError('INVALID_INPUT', issues.map((i) => `${i.path}: ${i.message}`).join('\n'), issues);
  }
}
