// "Open a sample register": an empty register teaches by example. Each sample becomes a new file, so
// the register the user started is left as it was.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { SampleInfo } from '../../../shared/ipc/app-contract';
import { ApiError } from '../lib/api';
import { callApp } from '../lib/app';
import { useRegister } from '../stores/register-store';

export function SampleRegisters() {
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    callApp('app:listSamples')
      .then(setSamples)
      .catch(() => setSamples([]));
  }, []);
  if (samples.length === 0) return null;
  const open = async (name: string) => {
    try {
      await callApp('app:openSample', { name });
      await useRegister.getState().load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Stack gap="xs" maw={460} data-testid="samples">
      <Text size="sm" fw={600}>
        Open a sample register
      </Text>
      {samples.map((sample) => (
        <Paper key={sample.name} withBorder p="xs">
          <Text size="sm">{sample.organisation}</Text>
          <Text size="xs" c="dimmed">
            {sample.description}
          </Text>
          <Button size="compact-xs" variant="light" mt={4} onClick={() => void open(sample.name)}>
            Open {sample.organisation}
          </Button>
        </Paper>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
