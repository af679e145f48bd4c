// "Replace the register": what it removes, said before the import, and where the copy of the register as
// it was is kept, said after.
import { Alert, Button, Group, Text } from '@mantine/core';
import { counted } from '../../../../shared/counted';
import { callApp } from '../../lib/app';
import { useRegister } from '../../stores/register-store';

export function ReplaceWarning() {
  const counts = useRegister((s) => s.summary?.counts);
  if (!counts) return null;
  const activities = counts.controllerActivities + counts.processorActivities;
  const held = [
    counted(activities, 'activity'),
    counted(counts.parties, 'party'),
    counted(counts.transfers, 'transfer'),
  ].join(', ');
  const empty = activities === 0 && counts.parties === 0 && counts.transfers === 0;
  return (
    <Text size="xs" fw={600} data-testid="replace-warning">
      {empty
        ? 'Replacing sets the organisation and the lists to the file’s.'
        : `Replacing removes what the register holds now (${held}). A copy of the register as it is now is kept beside it first.`}
    </Text>
  );
}

export function KeptCopy({ file }: { file: string }) {
  return (
    <Alert color="gray" p="xs" data-testid="kept-copy">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" className="break">
          The register as it was before is kept in {file}. It opens in Ropa like any register.
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => void callApp('app:showInFolder', { file })}>
          Show in folder
        </Button>
      </Group>
    </Alert>
  );
}
