// "Restore" on the deletion of an activity, party, transfer or term in History: the record comes back as it
// was deleted (an activity with the transfers deleted with it), and the entry then links to it; a refusal
// shows the core's reason beside the entry (what to restore first, or why it cannot come back).
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { HistoryEntry } from '../../../../shared/domain';
import type { RestoredRecord } from '../../../../shared/ipc/contract';
import { counted } from '../../../../shared/counted';
import { call, errorText } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { useRecordExists } from './record-exists';

const RESTORABLE = new Set<HistoryEntry['entity']>(['activity', 'party', 'transfer', 'term']);

export function isRestorable(entry: HistoryEntry): boolean {
  return entry.action === 'delete' && RESTORABLE.has(entry.entity);
}

function open(record: RestoredRecord): void {
  const { openRecord, openTerm } = useRegister.getState();
  if (record.entity === 'term') openTerm(record.id);
  else openRecord(record.entity, record.id);
}

function Restored({ record }: { record: RestoredRecord }) {
  const transfers =
    record.transfers !== undefined && record.transfers > 0
      ? ` with ${counted(record.transfers, 'transfer')}`
      : '';
  return (
    <Text size="xs" className="history-restore" data-testid="restored">
      Restored{transfers}:{' '}
      <Anchor size="xs" component="button" onClick={() => open(record)}>
        open {record.label}
      </Anchor>
      {record.note && <span className="muted"> · {record.note}</span>}
    </Text>
  );
}

export function RestoreDeleted({ entry }: { entry: HistoryEntry }) {
  const [restored, setRestored] = useState<RestoredRecord | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exists = useRecordExists(entry);

  if (restored) return <Restored record={restored} />;
  // A record in the register now (restored from here before, or by another entry) has nothing to restore.
  if (exists) return null;

  const restore = async () => {
    setBusy(true);
    try {
      const record = await call('history:restore', { changeId: entry.id });
      setRefusal(null);
      setRestored(record);
      await useRegister.getState().refresh();
    } catch (error) {
      setRefusal(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap" align="baseline" className="history-restore">
      <Button
        size="compact-xs"
        variant="default"
        loading={busy}
        aria-label={`Restore ${entry.label}`}
        onClick={() => void restore()}
      >
        Restore
      </Button>
      {refusal && (
        <Text size="xs" c="red" role="alert" data-testid="restore-refused">
          {refusal}
        </Text>
      )}
    </Group>
  );
}
