// Where the editor shows each finding: every finding the rules engine raises on an activity (or on one of
// its transfers) in the sample registers and in bare ones lands in the section where it is fixed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/rules';
import { createSampleRegister, listSamples } from '../../../src/core/samples';
import { createRegister } from '../../../src/core/store/register';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import {
  sectionOf,
  sectionStatuses,
  type EditorSection,
} from '../../../src/renderer/src/features/activities/completeness';
import type { Finding } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';

const TODAY = '2026-11-23';

/** The section each rule's finding is fixed in; a rule missing here fails the test, so it gets decided. */
const EXPECTED: Record<string, EditorSection> = {
  'activity.draft': 'identity',
  'art30.processor.categories': 'identity',
  'art30.controller.purposes': 'purposes',
  'lawfulness.basis': 'purposes',
  'lawfulness.legitimate-interest': 'purposes',
  'lawfulness.lia': 'purposes',
  'lawfulness.law-reference': 'purposes',
  'art30.controller.data-subjects': 'people',
  'art30.controller.personal-data': 'people',
  'lawfulness.art9-condition': 'people',
  'lawfulness.uk-schedule1-art9': 'people',
  'lawfulness.art10-condition': 'people',
  'lawfulness.uk-schedule1-art10': 'people',
  'lawfulness.art10-law-reference': 'people',
  'lawfulness.appropriate-policy-document': 'people',
  'art30.controller.recipients': 'recipients',
  'art30.processor.client': 'recipients',
  'art30.processor.client-contact': 'recipients',
  'retention.missing': 'retention',
  'retention.categories': 'retention',
  'security.missing': 'security',
  'dpia.likely-required': 'dpia',
  'review.overdue': 'review',
};
const expectedSection = (f: Finding) =>
  f.target.kind === 'transfer' || f.ruleId.startsWith('transfer.') ? 'transfers' : EXPECTED[f.ruleId];

function activityFindings(): Finding[] {
  const findings: Finding[] = [];
  for (const { name } of listSamples()) {
    const register = createSampleRegister(name, path.join(tempDir(), `${name}.ropa`));
    findings.push(...runChecks(register, { today: TODAY }));
    register.close();
  }
  const bare = createRegister(path.join(tempDir(), 'bare.ropa'), { legalName: 'Bare Ltd', country: 'GB' });
  bare.activities.save({ ...blankActivity('controller', 'C-1'), name: 'Bare controller' });
  bare.activities.save({ ...blankActivity('processor', 'P-1'), name: 'Bare processor' });
  findings.push(...runChecks(bare, { today: TODAY }));
  bare.close();
  return findings.filter((f) => f.target.kind === 'activity' || f.target.kind === 'transfer');
}

describe('the section a finding belongs to', () => {
  const findings = activityFindings();

  it('is decided for every rule the checks raise on activities', () => {
    const undecided = [...new Set(findings.map((f) => f.ruleId))].filter(
      (id) => !id.startsWith('transfer.') && !(id in EXPECTED),
    );
    expect(undecided).toEqual([]);
    // The registers do reach most rules: a handful would not show the mapping is right.
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(15);
  });

  it('is the section where the field the finding names is edited', () => {
    const wrong = findings
      .filter((f) => sectionOf(f) !== expectedSection(f))
      .map((f) => `${f.ruleId} (${f.target.field}) → ${sectionOf(f)}`);
    expect(wrong).toEqual([]);
  });
});

describe('section states', () => {
  const finding = (severity: Finding['severity'], field: string): Finding => ({
    ruleId: 'x',
    severity,
    message: field,
    article: 'Art 30',
    target: { kind: 'activity', id: 'a', label: 'A', field },
  });

  it('take the worst severity in the section; notes alone leave it complete', () => {
    const states = sectionStatuses([
      finding('info', 'status'),
      finding('warning', 'retention'),
      finding('warning', 'purposes'),
      finding('error', 'purposes'),
    ]);
    expect(states.identity.state).toBe('complete');
    expect(states.identity.findings).toHaveLength(1);
    expect(states.retention.state).toBe('warning');
    expect(states.purposes.state).toBe('error');
    expect(states.dpia).toEqual({ state: 'complete', findings: [] });
  });
});
