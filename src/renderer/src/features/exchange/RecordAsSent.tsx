// After an export: keep what went out as an as-sent snapshot (the record as exported, with the SHA-256 of the
// file itself), so History ▸ Sent copies can later say what has changed since the regulator got it.
import { localToday } from '../../../../shared/dates';
import { Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExportResult } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../lib/api';
import { fileName } from '../../lib/file-name';
import { useRegister } from '../../stores/register-store';

type Props = { result: ExportResult; format: string };

export function RecordAsSent({ result, format }: Props) {
  const [label, setLabel] = useState(`Sent ${localToday()}`);
  const [recorded, setRecorded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const record = async () => {
    setError(null);
    try {
      await call('snapshots:create', {
        label,
        format,
        fileName: fileName(result.file),
        // Several CSV files have no single hash: the core then fingerprints the record itself.
        ...(result.sha256 ? { fileHash: result.sha256 } : {}),
      });
      setRecorded(true);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (recorded)
    return (
      <Text size="xs" data-testid="recorded-as-sent">
        Recorded as sent. Compare the register with it later in{' '}
        <Anchor size="xs" component="button" onClick={() => useRegister.getState().go('history')}>
          History ▸ Sent copies
        </Anchor>
        .
      </Text>
    );
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        size="xs"
        aria-label="Label of the sent copy"
        description="Sending this file to a regulator, a client or an auditor? Keep a copy of what went out."
        value={label}
        onChange={(e) => setLabel(e.currentTarget.value)}
        error={error}
        style={{ flex: 1 }}
      />
      <Button size="xs" variant="light" onClick={() => void record()}>
        Record as sent
      </Button>
    </Group>
  );
}
