// What needs attention: the rules engine's findings, worst first; a finding opens what it is about.
import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CheckReport, Finding } from '../../../../shared/domain/finding';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

const COLORS = { error: 'red', warning: 'orange', info: 'gray' } as const;

function open(finding: Finding): void {
  const { go, selectActivity, selectParty } = useRegister.getState();
  const { kind, id } = finding.target;
  if (kind === 'activity') {
    go('activities');
    selectActivity(id);
  } else if (kind === 'party') {
    go('parties');
    selectParty(id);
  } else if (kind === 'transfer') go('transfers');
  else go('organisation');
}

export function ChecksScreen() {
  const activities = useRegister((s) => s.activities);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('checks:run')
      .then(setReport)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [activities]);
  if (error) return <Text c="red">{error}</Text>;
  if (!report) return <Text p="md">Checking the register…</Text>;
  const order = { error: 0, warning: 1, info: 2 };
  const findings = [...report.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <Stack gap={0} h="100%" data-testid="checks-screen">
      <Group p="xs" gap="xs" className="toolbar">
        <Badge color="red" variant="light">
          {report.counts.error} errors
        </Badge>
        <Badge color="orange" variant="light">
          {report.counts.warning} warnings
        </Badge>
        <Badge color="gray" variant="light">
          {report.counts.info} notes
        </Badge>
      </Group>
      <ScrollArea style={{ flex: 1 }}>
        {findings.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            Nothing needs attention.
          </Text>
        )}
        {findings.map((f, i) => (
          <UnstyledButton key={i} className="finding-row" onClick={() => open(f)} data-testid="finding">
            <Badge size="xs" color={COLORS[f.severity]} variant="light">
              {f.severity}
            </Badge>
            <span className="ellipsis">
              <b>{f.target.label}</b> — {f.message}
            </span>
            <span className="muted mono">{f.article}</span>
          </UnstyledButton>
        ))}
      </ScrollArea>
    </Stack>
  );
}
