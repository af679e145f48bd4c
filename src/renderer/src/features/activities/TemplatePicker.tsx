// "New activity from a template": the common activities of a small firm, each showing what it fills in
// and why its lawful basis is the usual one, so the DPO starts from a sound draft and reviews it.
import { Badge, Group, Modal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { ACTIVITY_TEMPLATES, type ActivityTemplate } from '../../../../shared/activity-templates';
import { useRegister } from '../../stores/register-store';
import { useTemplatePicker } from './template-store';
import { useTemplateStart } from './template-start';

type Props = {
  /** Builds the draft; the picker stays open (and says so) until it has. */
  onPick(template: ActivityTemplate): Promise<void>;
};

function TemplateCard({ template, onPick }: { template: ActivityTemplate; onPick(): void }) {
  const bases = useRegister((s) => s.reference?.lawfulBases);
  const basisLabel = (id: string | null) =>
    id === null ? 'no basis of its own' : (bases?.find((b) => b.id === id)?.shortLabel ?? id);
  return (
    <UnstyledButton
      className="row-card"
      style={{ display: 'block', width: '100%' }}
      onClick={onPick}
      data-testid="template-option"
      aria-label={`Start from the ${template.name} template`}
    >
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {template.name}
        </Text>
        <Badge size="xs" variant="light" color={template.role === 'controller' ? 'blue' : 'grape'}>
          {template.role}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {template.description}
      </Text>
      {template.purposes.map((p) => (
        <Text size="xs" key={p.description} title={p.basisSource}>
          • {p.description} — <b>{basisLabel(p.lawfulBasis)}</b>{' '}
          <span className="muted">({p.basisSource})</span>
        </Text>
      ))}
      {template.retention.map((r) => (
        <Text size="xs" key={r.fromEvent + r.rule} title={r.source}>
          • Keep: {r.period !== null ? `${r.period} ${r.unit ?? ''} from ${r.fromEvent}. ${r.rule}` : r.rule}{' '}
          <span className="muted">({r.source})</span>
        </Text>
      ))}
    </UnstyledButton>
  );
}

export const TemplatePicker = memo(function TemplatePicker({ onPick }: Props) {
  const opened = useTemplatePicker((s) => s.opened);
  const close = useTemplatePicker((s) => s.close);
  const { busy, error, start } = useTemplateStart(onPick);
  const pick = async (template: ActivityTemplate) => {
    if (await start(template)) close();
  };
  return (
    <Modal opened={opened} onClose={close} title="New activity from a template" size="xl">
      <Text size="xs" c="dimmed" mb="xs">
        A template fills in a new draft: name, purposes with their lawful basis, people and data categories,
        recipients and a retention suggestion. Terms missing from your lists are added. Review it, then save.
      </Text>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {busy && (
        <Text size="xs" c="dimmed" role="status">
          Preparing the draft…
        </Text>
      )}
      <ScrollArea.Autosize mah="65vh">
        <Stack gap="xs" data-testid="template-picker">
          {ACTIVITY_TEMPLATES.map((template) => (
            <TemplateCard key={template.id} template={template} onPick={() => void pick(template)} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Modal>
  );
});
