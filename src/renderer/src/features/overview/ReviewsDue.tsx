// The reviews the DPO owes: overdue first, then those due within 30 days, then activities never reviewed.
// "Mark reviewed" records today's review and proposes the next from the register's review interval.
import { localToday } from '../../../../shared/dates';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReviewDue } from '../../../../shared/domain';
import { counted } from '../../../../shared/counted';
import { ErrorAlert } from '../exchange/ErrorAlert';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

/** The window ahead in which a review counts as due. */
export const DUE_WITHIN_DAYS = 30;
/** Rows drawn at most: an imported register may have thousands never reviewed. */
const SHOWN = 50;

const STATES: Record<ReviewDue['state'], { label: string; color: string }> = {
  overdue: { label: 'Overdue', color: 'red' },
  due: { label: 'Due soon', color: 'orange' },
  never: { label: 'Never reviewed', color: 'gray' },
};

export function ReviewsDue() {
  const { activities, refresh, openRecord } = useRegister();
  const [due, setDue] = useState<ReviewDue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  // Asked again after every write: a saved review date changes what is due.
  useEffect(() => {
    let current = true;
    call('review:due', { on: localToday(), withinDays: DUE_WITHIN_DAYS }).then(
      (list) => current && setDue(list),
      fail,
    );
    return () => {
      current = false;
    };
  }, [activities]);

  const markReviewed = async (id: string) => {
    try {
      await call('review:mark', { id, on: localToday() });
      await refresh();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Stack gap={4} data-testid="reviews-due">
      <Text fw={600} size="sm">
        Reviews due
      </Text>
      {error && <ErrorAlert message={error} />}
      {due !== null && due.length === 0 && (
        <Text size="xs" c="dimmed">
          No review is due in the next {DUE_WITHIN_DAYS} days.
        </Text>
      )}
      {due !== null && due.length > 0 && (
        <Table fz="xs" verticalSpacing={2} aria-label="Reviews due" maw={760}>
          <Table.Tbody>
            {due.slice(0, SHOWN).map((r) => (
              <Table.Tr key={r.activityId} data-testid="review-due-row">
                <Table.Td>
                  <Anchor size="xs" component="button" onClick={() => openRecord('activity', r.activityId)}>
                    {r.reference} {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={STATES[r.state].color}>
                    {STATES[r.state].label}
                  </Badge>
                </Table.Td>
                <Table.Td className="mono">{r.nextReviewAt ?? '—'}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-xs"
                    variant="default"
                    // The visible words first, so a voice command of what is on screen finds the button.
                    aria-label={`Mark reviewed today: ${r.reference}`}
                    onClick={() => void markReviewed(r.activityId)}
                  >
                    Mark reviewed
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {due !== null && due.length > SHOWN && (
        <Text size="xs" c="dimmed">
          and {counted(due.length - SHOWN, 'activity')} more
        </Text>
      )}
    </Stack>
  );
}
