// A screen that fails while drawing (a bug, or a record this version cannot show) must not blank the
// window: the sidebar stays, the failure is said in words, and the user can try again, re-read the register
// or go elsewhere. Saved work is in the register file already; only the failed screen's unsaved edits go.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useRegister } from '../stores/register-store';

function ScreenFailed({ error, resetErrorBoundary }: FallbackProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="md" maw={640} data-testid="screen-failed">
      <Alert color="red" title="This screen could not be drawn" role="alert">
        <Text size="sm">
          Everything you saved is in the register file. Edits not yet saved on this screen could not be kept.
        </Text>
        <Text size="xs" c="dimmed" mt={4} className="mono">
          {message}
        </Text>
      </Alert>
      <Group gap="xs">
        <Button size="xs" onClick={resetErrorBoundary}>
          Try again
        </Button>
        <Button
          size="xs"
          variant="light"
          onClick={() => void useRegister.getState().load().then(resetErrorBoundary)}
        >
          Read the register again
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            useRegister.setState({ section: 'overview', dirty: false });
            resetErrorBoundary();
          }}
        >
          Go to the Overview
        </Button>
      </Group>
    </Stack>
  );
}

/** Draws `children`, or the failure and the ways on; another section starts afresh. */
export function ScreenErrorBoundary({ section, children }: { section: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      FallbackComponent={ScreenFailed}
      resetKeys={[section]}
      onError={(error) => console.error('A screen failed while drawing:', error)}
    >
      {children}
    </ErrorBoundary>
  );
}
