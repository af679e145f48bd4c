// Overview: what the record holds, and the reviews that are due.
import { Anchor, Group, Paper, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CheckReport } from '../../../../shared/domain/finding';
import { call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { describeAllCounts } from '../../../../shared/finding-words';
import { CertificationChecksDue } from './CertificationChecksDue';
import { GapsByProvision } from './GapsByProvision';
import { ReviewsDue } from './ReviewsDue';

export function OverviewScreen() {
  const { summary, activities, go } = useRegister();
  const [attention, setAttention] = useState<Pick<CheckReport, 'counts' | 'byArticle'> | null>(null);
  useEffect(() => {
    // Only the counts are shown here: the findings themselves stay in the core.
    call('checks:run', { limit: 0 })
      .then(({ counts, byArticle }) => setAttention({ counts, byArticle }))
      .catch(() => setAttention(null));
  }, [activities]);
  if (!summary) return null;
  const counts: [string, number][] = [
    ['Controller activities', summary.counts.controllerActivities],
    ['Processor activities', summary.counts.processorActivities],
    ['Parties', summary.counts.parties],
    ['Transfers', summary.counts.transfers],
    ['Countries', summary.counts.countries],
  ];
  return (
    <ScrollArea h="100%">
      <Stack p="md" gap="md" data-testid="overview">
        <SimpleGrid cols={5} spacing="xs">
          {counts.map(([label, count]) => (
            <Paper key={label} withBorder p="xs">
              <Text size="xl" fw={600} className="mono">
                {count}
              </Text>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        {attention && (
          <Group gap="xs" data-testid="attention">
            <Text fw={600} size="sm">
              Needs attention:
            </Text>
            <Anchor size="sm" component="button" onClick={() => go('checks')}>
              {describeAllCounts(attention.counts)}
            </Anchor>
          </Group>
        )}
        {attention && <GapsByProvision byArticle={attention.byArticle} />}
        <ReviewsDue />
        <CertificationChecksDue />
        <Group>
          <Text size="xs" c="dimmed">
            {summary.lastChangeAt
              ? `Last updated ${new Date(summary.lastChangeAt).toLocaleString()}`
              : 'No changes yet'}{' '}
            · schema {summary.schemaVersion} · {summary.file}
          </Text>
        </Group>
      </Stack>
    </ScrollArea>
  );
}
