// What needs attention: the rules engine's findings, worst first; a finding opens what it is about.
import {
  Badge,
  Button,
  Group,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDeferredValue, useEffect, useState } from 'react';
import {
  FINDING_SEVERITIES,
  type CheckReport,
  type Finding,
  type FindingSeverity,
} from '../../../../shared/domain/finding';
import { ApiError, call } from '../../lib/api';
import { SearchBox } from '../../components/SearchBox';
import { useRegister } from '../../stores/register-store';
import { sectionOf } from '../activities/completeness';
import { useExportChoice } from '../exchange/export-choice';
import { useChecks } from './checks-store';
import { countedFindings, describeCounts } from '../../../../shared/finding-words';

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
      useChecks.setState({
        focus: { activityId: id, section: sectionOf(finding), field: finding.target.field },
      });
  } else if (kind === 'transfer' || kind === 'party') openRecord(kind, id);
  else go('organisation');
}

/** Findings drawn at most: a 10k-activity register has tens of thousands, and the worst come first. */
const SHOWN = 500;

export function ChecksScreen() {
  const activities = useRegister((s) => s.activities);
  const { filter, setFilter } = useChecks();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // Searched in the core, over every finding (the screen draws only the first few hundred).
  const searched = useDeferredValue(search.trim());
  useEffect(() => {
    let current = true;
    call('checks:run', {
      limit: SHOWN,
      ...(filter.severity ? { severity: filter.severity } : {}),
      ...(filter.article ? { article: filter.article } : {}),
      ...(searched ? { search: searched } : {}),
    })
      .then((next) => {
        if (!current) return;
        setReport(next);
        // The sidebar's count agrees with what this screen shows.
        useChecks.setState({ counts: next.counts });
      })
      .catch((e: unknown) => current && setError(e instanceof ApiError ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [activities, filter, searched]);
  if (error) return <Text c="red">{error}</Text>;
  if (!report) return <Text p="md">Checking the register…</Text>;
  // The core sends them worst first.
  const { findings, counts } = report;
  const total = counts.error + counts.warning + counts.info;
  const filtered = filter.severity !== null || filter.article !== null || searched !== '';
  return (
    <Stack gap={0} h="100%" data-testid="checks-screen">
      <Group p="xs" gap="xs" className="toolbar">
        <SegmentedControl
          size="xs"
          aria-label="Severity"
          value={filter.severity ?? 'all'}
          onChange={(v) => setFilter({ severity: v === 'all' ? null : (v as FindingSeverity) })}
          data={[
            { value: 'all', label: `All (${total})` },
            ...FINDING_SEVERITIES.map((s) => ({ value: s, label: countedFindings(counts[s], s) })),
          ]}
        />
        <Select
          size="xs"
          aria-label="Provision"
          placeholder="Every provision"
          clearable
          searchable
          w={320}
          value={filter.article}
          onChange={(article) => setFilter({ article })}
          data={report.byArticle.map(({ article, counts: c }) => ({
            value: article,
            label: `${article} — ${describeCounts(c)}`,
          }))}
        />
        <SearchBox
          label="Search findings"
          placeholder="Search findings"
          value={search}
          onChange={setSearch}
          w={220}
        />
        {total > 0 && (
          <Button
            size="xs"
            variant="light"
            ml="auto"
            title="Every finding with its activity's department and owner, as a workbook"
            onClick={() => {
              useExportChoice.getState().choose('gaps');
              useRegister.getState().go('export');
            }}
          >
            Gap report…
          </Button>
        )}
      </Group>
      <ScrollArea style={{ flex: 1 }}>
        {findings.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {filtered ? 'No finding of this kind.' : 'Nothing needs attention.'}
          </Text>
        )}
        {report.matched > findings.length && (
          <Text size="xs" c="dimmed" p="xs">
            Showing the first {findings.length} of {report.matched} findings, worst first.
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
