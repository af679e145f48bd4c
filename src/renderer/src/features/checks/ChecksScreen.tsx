// What needs attention: the rules engine's findings, worst first; a finding opens what it is about.
import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CheckReport, Finding } from '../../../../shared/domain/finding';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { sectionOf } from '../activities/completeness';
import { useChecks } from './checks-store';
import { counted } from '../../../../shared/counted';

const COLORS = { error: 'red', warning: 'orange', info: 'gray' } as const;

/**
 * Opens what a finding is about: an activity's at the editor section concerned, a transfer's in its own
 * editor (where its mechanism, TIA and safeguards are recorded), a party's in the party editor.
 */
function open(finding: Finding): void {
  const { go, openRecord } = useRegister.getState();
  const { kind, id } = finding.target;
  if (kind === 'activity') {
    if (openRecord('activity', id))
      useChecks.setState({ focus: { activityId: id, section: sectionOf(finding) } });
  } else if (kind === 'transfer' || kind === 'party') openRecord(kind, id);
  else go('organisation');
}

/** Findings drawn at most: a 10k-activity register has tens of thousands, and the worst come first. */
const SHOWN = 500;

export function ChecksScreen() {
  const activities = useRegister((s) => s.activities);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('checks:run', { limit: SHOWN })
      .then((next) => {
        setReport(next);
        // The sidebar's count agrees with what this screen shows.
        useChecks.setState({ counts: next.counts });
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [activities]);
  if (error) return <Text c="red">{error}</Text>;
  if (!report) return <Text p="md">Checking the register…</Text>;
  // The core sends them worst first.
  const { findings } = report;
  const total = report.counts.error + report.counts.warning + report.counts.info;
  return (
    <Stack gap={0} h="100%" data-testid="checks-screen">
      <Group p="xs" gap="xs" className="toolbar">
        <Badge color="red" variant="light">
          {counted(report.counts.error, 'error')}
        </Badge>
        <Badge color="orange" variant="light">
          {counted(report.counts.warning, 'warning')}
        </Badge>
        <Badge color="gray" variant="light">
          {counted(report.counts.info, 'note')}
        </Badge>
      </Group>
      <ScrollArea style={{ flex: 1 }}>
        {findings.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            Nothing needs attention.
          </Text>
        )}
        {total > findings.length && (
          <Text size="xs" c="dimmed" p="xs">
            Showing the first {findings.length} of {total} findings, worst first.
          </Text>
        )}
        {findings.map((f, i) => (
          <UnstyledButton key={i} className="finding-row" onClick={() => open(f)} data-testid="finding">
            <Badge size="xs" color={COLORS[f.severity]} variant="light">
              {f.severity}
            </Badge>
            <span className="finding-text">
              <b>{f.target.label}</b> — {f.message}
            </span>
            <span className="muted mono">{f.article}</span>
          </UnstyledButton>
        ))}
      </ScrollArea>
    </Stack>
  );
}
