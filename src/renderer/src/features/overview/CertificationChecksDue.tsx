// The certification checks the DPO owes: every party's certification never checked, or last checked more
// than 12 months ago (a DPF participation lapses when it is not renewed), never checked first, then the
// oldest. "Mark checked" records today's check on the party, as its editor's "Checked today" does.
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CERTIFICATION_CHECK_MONTHS, isCheckStale } from '../../../../shared/certification-check';
import { localToday } from '../../../../shared/dates';
import type { Party } from '../../../../shared/domain';
import { CERTIFICATION_SCHEME_LABELS } from '../../../../shared/domain/codes';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

type Due = { party: Party; index: number; scheme: string; lastCheckedOn: string | null };

function checksDue(parties: readonly Party[], today: string): Due[] {
  const due: Due[] = [];
  for (const party of parties)
    party.certifications.forEach((c, index) => {
      if (isCheckStale(c.lastCheckedOn, today))
        due.push({
          party,
          index,
          scheme: CERTIFICATION_SCHEME_LABELS[c.scheme],
          lastCheckedOn: c.lastCheckedOn,
        });
    });
  // Never checked ('' sorts first), then the oldest check.
  return due.sort((a, b) => (a.lastCheckedOn ?? '').localeCompare(b.lastCheckedOn ?? ''));
}

export function CertificationChecksDue() {
  const { parties, refresh, openRecord } = useRegister();
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  // Nothing to owe in a register that records no certification: the section stays out of the way.
  if (!parties.some((p) => p.certifications.length > 0)) return null;
  const due = checksDue(parties, today);

  const markChecked = async ({ party, index }: Due) => {
    const { createdAt: _created, updatedAt: _updated, ...fields } = party;
    const certifications = party.certifications.map((c, i) =>
      i === index ? { ...c, lastCheckedOn: today } : c,
    );
    try {
      await call('parties:save', { ...fields, certifications });
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Stack gap={4} data-testid="certification-checks-due">
      <Text fw={600} size="sm">
        Certification checks due
      </Text>
      {error && <ErrorAlert message={error} />}
      {due.length === 0 && (
        <Text size="xs" c="dimmed">
          Every certification was checked in the last {CERTIFICATION_CHECK_MONTHS} months.
        </Text>
      )}
      {due.length > 0 && (
        <Table fz="xs" verticalSpacing={2} aria-label="Certification checks due" maw={760}>
          <Table.Tbody>
            {due.map((d) => (
              <Table.Tr key={`${d.party.id}:${d.index}`} data-testid="certification-check-row">
                <Table.Td>
                  <Anchor size="xs" component="button" onClick={() => openRecord('party', d.party.id)}>
                    {d.party.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.scheme}</Table.Td>
                <Table.Td className="mono">
                  {d.lastCheckedOn ? `checked ${d.lastCheckedOn}` : 'never checked'}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={`Mark checked today: ${d.party.name}, ${d.scheme}`}
                    onClick={() => void markChecked(d)}
                  >
                    Mark checked
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
