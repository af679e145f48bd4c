// A consultant keeps one register per client: the registers opened recently (other than this one) are
// offered for copying activities from, without a trip through the file dialog.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecentRegister } from '../../../../shared/ipc/app-contract';
import { callApp } from '../../lib/app';
import { fileName } from '../../lib/file-name';

export function RecentRegisterChoices({ onChoose }: { onChoose: (file: string) => void }) {
  const [others, setOthers] = useState<RecentRegister[]>([]);
  useEffect(() => {
    let live = true;
    callApp('app:listRecent')
      .then((list) => live && setOthers(list.filter((r) => !r.current && !r.missing)))
      // Without a recent list (a shell that keeps none), the file dialog is the way.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (others.length === 0) return null;
  return (
    <Stack gap={4} data-testid="recent-register-choices">
      <Text size="xs" c="dimmed">
        Or copy activities from a register opened recently:
      </Text>
      <Group gap="xs">
        {others.map((r) => (
          <Button
            key={r.file}
            size="compact-xs"
            variant="light"
            title={r.file}
            onClick={() => onChoose(r.file)}
          >
            {r.organisation ? `${r.organisation} · ${fileName(r.file)}` : fileName(r.file)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
