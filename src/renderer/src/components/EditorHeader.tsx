// The head of a form's editor (the organisation, a party, a transfer, a term): its title, whether it is saved,
// Undo, History, Delete and Save, and the message of a save that failed. Save submits the editor's form
// (Ctrl/Cmd+S does the same).
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  dirty: boolean;
  saving: boolean;
  /** Left out for a record not yet saved: there is nothing to delete. */
  onDelete?: (() => void) | undefined;
  message: string | null;
  /** A record not yet saved: Save is offered before anything is typed. A saved one's Save waits for a change. */
  isNew?: boolean;
  /** Opens this record's history; left out for a record not yet saved. */
  onHistory?: (() => void) | undefined;
  /** Undoes the last save (Ctrl/Cmd+Z); left out for a record not yet saved. */
  onUndo?: (() => void) | undefined;
};

export function EditorHeader({
  title,
  dirty,
  saving,
  onDelete,
  message,
  isNew = false,
  onHistory,
  onUndo,
}: Props) {
  return (
    <>
      <Group justify="space-between">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color={dirty ? 'orange' : 'teal'} data-testid="save-state">
            {dirty ? 'Unsaved changes' : 'Saved ✓'}
          </Badge>
          {onUndo && (
            <Button size="xs" variant="subtle" onClick={onUndo} disabled={dirty} title="Ctrl+Z">
              Undo last save
            </Button>
          )}
          {onHistory && (
            <Button size="xs" variant="subtle" onClick={onHistory}>
              History
            </Button>
          )}
          {onDelete && (
            <Button size="xs" variant="subtle" color="red" onClick={onDelete}>
              Delete
            </Button>
          )}
          <Button size="xs" type="submit" loading={saving} disabled={!dirty && !isNew}>
            Save{' '}
            <span className="kbd-hint" aria-hidden>
              Ctrl+S
            </span>
          </Button>
        </Group>
      </Group>
      {message && (
        <Text size="xs" c="red" role="alert">
          {message}
        </Text>
      )}
    </>
  );
}
