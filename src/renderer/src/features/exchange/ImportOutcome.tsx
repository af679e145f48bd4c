// What an import did (or a dry run would do), with the warnings the layout's reader raised, if any.
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { ImportResult } from '../../../../shared/ipc/contract';
import { warningTexts } from './import-issues';
import { describeBrought } from './import-words';

export function ImportOutcome({
  result,
  warningsOnly = false,
  onShowActivities,
}: {
  result: ImportResult;
  /** Inside the dry run's box: only the warnings. */
  warningsOnly?: boolean;
  onShowActivities?: () => void;
}) {
  // Only some layouts (CNIL, ICO) report values imported as written that are worth checking.
  const warnings = warningTexts(result.warnings);
  const list = warnings.length > 0 && (
    <Alert color="yellow" p="xs" title="Worth checking" data-testid="import-warnings">
      <List size="xs" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={i}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
  if (warningsOnly) return list || null;
  return (
    <Stack gap="xs" data-testid="import-done">
      <Alert color="teal" title="Imported">
        <Text size="xs">Imported {describeBrought(result)}.</Text>
        {onShowActivities && (
          <Button size="compact-xs" variant="light" mt={6} onClick={onShowActivities}>
            Show the activities
          </Button>
        )}
      </Alert>
      {list}
    </Stack>
  );
}
