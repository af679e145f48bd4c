// A refusal from the core, in red, its lines kept (an import lists one problem a line).
import { Alert, Text } from '@mantine/core';

export function ErrorAlert({ message }: { message: string }) {
  return (
    <Alert color="red" role="alert">
      <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {message}
      </Text>
    </Alert>
  );
}
