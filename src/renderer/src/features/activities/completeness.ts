// Which editor section a check finding is fixed in, and each section's state for its completeness dot.
import type { Finding, FindingSeverity } from '../../../../shared/domain/finding';
import type { ActivityFields } from '../../../../shared/domain';

/** The editor's sections, in the order of Article 30. */
export const EDITOR_SECTIONS = [
  'identity',
  'purposes',
  'people',
  'recipients',
  'transfers',
  'retention',
  'security',
  'dpia',
  'review',
] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

/** The activity field each section holds, so a finding naming a field lands where that field is edited. */
const SECTION_OF_FIELD: Record<keyof ActivityFields, EditorSection> = {
  role: 'identity',
  reference: 'identity',
  name: 'identity',
  description: 'identity',
  department: 'identity',
  owner: 'identity',
  status: 'identity',
  systems: 'identity',
  storageLocation: 'identity',
  purposes: 'purposes',
  dataSubjectIds: 'people',
  personalDataIds: 'people',
  dataSourceIds: 'people',
  art9Conditions: 'people',
  art10Conditions: 'people',
  art10LawReference: 'people',
  ukSchedule1Conditions: 'people',
  recipientCategoryIds: 'recipients',
  parties: 'recipients',
  retention: 'retention',
  securityMeasureIds: 'security',
  securityNotes: 'security',
  dpia: 'dpia',
  automatedDecisionMaking: 'review',
  lastReviewedAt: 'review',
  nextReviewAt: 'review',
  notes: 'review',
};

/** For a finding that names no field this editor knows: by the rule's family. */
const SECTION_OF_RULE_PREFIX: [string, EditorSection][] = [
  ['retention.', 'retention'],
  ['security.', 'security'],
  ['dpia.', 'dpia'],
  ['review.', 'review'],
  ['lawfulness.', 'purposes'],
];

function isActivityField(field: string): field is keyof ActivityFields {
  return Object.hasOwn(SECTION_OF_FIELD, field);
}

export function sectionOf(finding: Finding): EditorSection {
  // A transfer's own findings, and "a party abroad with no transfer recorded" (which names the party link
  // but is fixed by recording the transfer), belong to the Transfers section.
  if (finding.target.kind === 'transfer' || finding.ruleId.startsWith('transfer.')) return 'transfers';
  const field = finding.target.field;
  if (field !== undefined && isActivityField(field)) return SECTION_OF_FIELD[field];
  return SECTION_OF_RULE_PREFIX.find(([prefix]) => finding.ruleId.startsWith(prefix))?.[1] ?? 'identity';
}

/** complete: nothing but notes; warning: something missing "where applicable"; error: breaks Art 30. */
export type SectionState = 'complete' | 'warning' | 'error';
export type SectionStatus = { state: SectionState; findings: Finding[] };

const RANK: Record<FindingSeverity, number> = { info: 0, warning: 1, error: 2 };

export function sectionStatuses(findings: readonly Finding[]): Record<EditorSection, SectionStatus> {
  const statuses = Object.fromEntries(
    EDITOR_SECTIONS.map((s) => [s, { state: 'complete', findings: [] } as SectionStatus]),
  ) as Record<EditorSection, SectionStatus>;
  for (const finding of findings) {
    const status = statuses[sectionOf(finding)];
    status.findings.push(finding);
    if (RANK[finding.severity] > RANK[status.state === 'complete' ? 'info' : status.state])
      status.state = finding.severity === 'error' ? 'error' : 'warning';
  }
  return statuses;
}
