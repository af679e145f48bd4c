// Start: the registers opened before (organisation, file, when), New register…, Open…, and the samples.
// Shown at launch when no register could be opened (with the reason), and from the sidebar, the palette
// and File ▸ Registers at any time.
import { Alert, Button, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  NO_REGISTER_OPEN,
  type RecentRegister,
  type RegisterProblem,
} from '../../../../shared/ipc/app-contract';
import { SampleRegisters } from '../../components/SampleRegisters';
import { errorText } from '../../lib/api';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';
import { RecentRegisterList } from './RecentRegisterList';
import './start.css';

/** `noRegister`: the window has no register to show; `loadError` is why the store could not read one. */
export function StartScreen({
  noRegister = false,
  loadError = null,
}: {
  noRegister?: boolean;
  loadError?: string | null;
}) {
  const [recent, setRecent] = useState<RecentRegister[] | null>(null);
  const [problem, setProblem] = useState<RegisterProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const file = useRegister((s) => s.summary?.file ?? null);
  const shownFile = useRef(file);

  const reload = useCallback(async () => {
    try {
      setRecent(await callApp('app:listRecent'));
    } catch (e) {
      setRecent([]);
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    if (noRegister)
      callApp('app:openProblem')
        .then(setProblem)
        .catch(() => setProblem(null));
  }, [noRegister, reload]);

  // Another register is showing now (opened here, from the File menu or a sample): go to its activities.
  useEffect(() => {
    if (file !== null && file !== shownFile.current) useRegister.getState().go('activities');
    shownFile.current = file;
  }, [file]);

  /** Runs a shell action that may switch registers, then re-reads the register and the list. */
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      const store = useRegister.getState();
      await store.load();
      // From the standalone screen, a register that opened shows its activities, not this screen again.
      if (noRegister && useRegister.getState().status === 'ready') store.go('activities');
    } catch (e) {
      setError(errorText(e));
    }
    await reload();
  };

  const open = (entry: RecentRegister) =>
    act(async () => {
      const attempt = await callApp('app:openRecent', { file: entry.file });
      setProblem(attempt.opened ? null : attempt.problem);
    });

  const forget = async (entry: RecentRegister) => {
    try {
      setRecent(await callApp('app:forgetRecent', { file: entry.file }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const screen = (
    <ScrollArea h="100%">
      <Stack p="md" gap="md" maw={820} data-testid="start-screen">
        <div>
          <Title order={2} size="h5">
            Registers
          </Title>
          <Text size="xs" c="dimmed">
            One register file per organisation. Pick up where you left off, start a new register or explore a
            sample.
          </Text>
        </div>
        {problem ? (
          <Alert color="red" title={problem.message} role="alert" data-testid="open-problem">
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {problem.detail}
            </Text>
            <Text size="xs" mt={4}>
              Open another register below, or create a new one.
            </Text>
          </Alert>
        ) : (
          noRegister && (
            <Alert color="gray" title="No register is open" data-testid="no-register">
              <Text size="xs">
                {loadError && loadError !== NO_REGISTER_OPEN
                  ? loadError
                  : 'Open a register below, or create a new one.'}
              </Text>
            </Alert>
          )
        )}
        <Group gap="xs">
          <Button size="xs" onClick={() => void act(() => callApp('app:newRegister'))}>
            New register…
          </Button>
          <Button size="xs" variant="default" onClick={() => void act(() => callApp('app:openRegister'))}>
            Open…
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            <Text size="xs">{error}</Text>
          </Alert>
        )}
        <RecentRegisterList
          registers={recent}
          onOpen={(entry) => void open(entry)}
          onForget={(entry) => void forget(entry)}
        />
        <SampleRegisters />
      </Stack>
    </ScrollArea>
  );
  if (!noRegister) return screen;
  // On its own, the screen keeps the window's title bar, so it still looks like Ropa and not a web page.
  return (
    <div className="start-window">
      <header className="titlebar">
        <Text fw={600} size="sm" data-testid="register-title">
          Ropa <span className="muted">— no register open</span>
        </Text>
      </header>
      {screen}
    </div>
  );
}
