// An empty register's first step (UI.md: "Empty states teach: an empty register offers … common starting
// activities"): the common activities of a small firm, one click each, each starting a reviewed draft from
// its template; the picker shows what each fills in.
import { Button, Group, Stack, Text } from '@mantine/core';
import { ACTIVITY_TEMPLATES, type ActivityTemplate } from '../../../../shared/activity-templates';
import { useTemplateStart } from './template-start';

type Props = { onPick(template: ActivityTemplate): Promise<void>; onDetails(): void };

export function StarterActivities({ onPick, onDetails }: Props) {
  const { busy, error, start } = useTemplateStart(onPick);
  return (
    <Stack gap={6} align="center" maw={560} data-testid="starter-activities">
      <Text size="sm" fw={600}>
        Start from a common activity
      </Text>
      <Group gap={6} justify="center">
        {ACTIVITY_TEMPLATES.map((template) => (
          <Button
            key={template.id}
            size="compact-xs"
            variant="default"
            loading={busy === template.id}
            disabled={busy !== null && busy !== template.id}
            onClick={() => void start(template)}
          >
            {template.name}
          </Button>
        ))}
      </Group>
      <Button size="compact-xs" variant="subtle" onClick={onDetails}>
        What each fills in…
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
