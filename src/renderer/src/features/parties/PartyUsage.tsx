// Where a party is named: the activities that link it (and as what) and the transfers it receives. A DPO
// looks here before acting on a processor's notice of change, and it says why a party in use cannot be
// deleted. Each line opens its activity.
import { Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { counted } from '../../../../shared/counted';
import type { PartyUsage as Usage } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { RELATION_LABELS, countryName } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';

/** Lines drawn at most in each list: a cloud provider may be named in thousands of activities. */
const SHOWN = 50;

function More({ count }: { count: number }) {
  return count > 0 ? (
    <Text size="xs" c="dimmed">
      and {count} more
    </Text>
  ) : null;
}

function ActivityLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Anchor
      size="xs"
      component="button"
      type="button"
      onClick={() => useRegister.getState().openRecord('activity', id)}
    >
      {children}
    </Anchor>
  );
}

export function PartyUsage({ partyId }: { partyId: string }) {
  const transfers = useRegister((s) => s.transfers);
  const activities = useRegister((s) => s.activities);
  const reference = useRegister((s) => s.reference);
  // Read again after any write to the register (the summary carries the time of the last change).
  const lastChangeAt = useRegister((s) => s.summary?.lastChangeAt);
  const [usage, setUsage] = useState<Usage[] | null>(null);
  useEffect(() => {
    let live = true;
    call('parties:usage', { id: partyId }).then(
      (found) => live && setUsage(found),
      () => live && setUsage([]),
    );
    return () => {
      live = false;
    };
  }, [partyId, lastChangeAt]);
  if (usage === null) return null;

  const imports = transfers.filter((t) => t.partyId === partyId);
  const unused = usage.length === 0 && imports.length === 0;
  const activityLabel = (id: string) => {
    const a = activities.find((row) => row.id === id);
    return a ? `${a.reference} ${a.name}` : id;
  };
  const destination = (t: (typeof transfers)[number]) =>
    t.country
      ? (countryName(reference, t.country) ?? t.country)
      : t.internationalOrganisation || 'an international organisation';
  return (
    <Stack gap={2} data-testid="party-usage">
      <Text size="xs" fw={unused ? 400 : 600} c={unused ? 'dimmed' : undefined}>
        {unused
          ? 'Not named in any activity or transfer yet'
          : `Named in ${counted(usage.length, 'activity')}${imports.length ? ` and ${counted(imports.length, 'transfer')}` : ''}`}
      </Text>
      {usage.slice(0, SHOWN).map((u) => (
        <Text size="xs" key={u.activityId}>
          <ActivityLink id={u.activityId}>
            {u.reference} {u.name}
          </ActivityLink>
          {' — '}
          {u.relations.map((r) => RELATION_LABELS[r]).join(', ')} ({u.role} activity)
        </Text>
      ))}
      <More count={usage.length - SHOWN} />
      {imports.slice(0, SHOWN).map((t) => (
        <Text size="xs" key={t.id}>
          <ActivityLink id={t.activityId}>{activityLabel(t.activityId)}</ActivityLink>
          {' — '}importer of a transfer to {destination(t)}
        </Text>
      ))}
      <More count={imports.length - SHOWN} />
    </Stack>
  );
}
