// The 'checks:run' use case: every finding on the register, and the counts the overview shows.
import type { CheckReport } from '../../shared/domain/finding';
import type { Register } from '../store/register';
import { runChecks, summariseFindings } from './index';

export function checkReport(register: Register, query?: { today?: string | undefined }): CheckReport {
  const findings = runChecks(register, query?.today ? { today: query.today } : {});
  return { findings, counts: summariseFindings(findings) };
}
