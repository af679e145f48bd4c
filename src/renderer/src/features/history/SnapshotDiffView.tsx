// What changed in the register since a copy was sent: records added, removed and changed, each change in
// words (field, old value, new value), as the DPO would tell the regulator.
import { Stack, Text, Title } from '@mantine/core';
import type { EntityDiff, FieldChange, SnapshotDiff } from '../../../../shared/domain';
import { formatPhrase } from './sent-formats';

function Changes({ changes }: { changes: FieldChange[] }) {
  return (
    <ul className="history-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="muted">{c.label}:</span> {c.from} <span className="muted">→</span> {c.to}
        </li>
      ))}
    </ul>
  );
}

function Records({ title, diff }: { title: string; diff: EntityDiff }) {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return null;
  return (
    <Stack gap={2} data-testid="diff-group">
      <Text size="xs" fw={600}>
        {title}
      </Text>
      {diff.added.map((e) => (
        <Text key={e.id} size="xs" c="teal">
          + added: {e.label}
        </Text>
      ))}
      {diff.removed.map((e) => (
        <Text key={e.id} size="xs" c="red">
          − removed: {e.label}
        </Text>
      ))}
      {diff.changed.map((e) => (
        <div key={e.id}>
          <Text size="xs">~ changed: {e.label}</Text>
          <Changes changes={e.changes} />
        </div>
      ))}
    </Stack>
  );
}

export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  const { snapshot } = diff;
  return (
    <Stack gap="xs" p="sm" data-testid="snapshot-diff">
      <Title order={3} size="h6">
        Since “{snapshot.label}”
      </Title>
      <Text size="xs" c="dimmed">
        Sent {new Date(snapshot.createdAt).toLocaleDateString(undefined, { dateStyle: 'long' })} as{' '}
        {formatPhrase(snapshot.format)}
        {snapshot.fileName ? ` (${snapshot.fileName})` : ''}
      </Text>
      {diff.unchanged ? (
        <Text size="sm">Nothing in the record has changed since this copy was sent.</Text>
      ) : (
        <>
          {diff.organisation.length > 0 && (
            <Stack gap={2} data-testid="diff-group">
              <Text size="xs" fw={600}>
                Organisation
              </Text>
              <Changes changes={diff.organisation} />
            </Stack>
          )}
          <Records title="Activities" diff={diff.activities} />
          <Records title="Parties" diff={diff.parties} />
          <Records title="Transfers" diff={diff.transfers} />
          <Records title="List entries" diff={diff.terms} />
        </>
      )}
    </Stack>
  );
}
