// The activity editor, in the order of Article 30. Works on a draft; Ctrl/Cmd+S saves in one transaction;
// the dirty state is shown and navigation asks before dropping edits.
import { Badge, Button, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { ActivityTransfers } from '../transfers/TransferForm';
import { PeopleDataSection, RecipientsSection } from './DataRecipients';
import { IdentitySection, PurposesSection } from './IdentityPurposes';
import { DpiaSection, RetentionSection, ReviewSection, SecuritySection } from './RetentionSecurity';
import { draftOf, type ActivityDraftState, type FieldErrors } from './draft';
import { undoLastActivityChange } from './undo';

function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="editor-section" aria-labelledby={`section-${n}-title`} id={`section-${n}`}>
      <h3 id={`section-${n}-title`}>
        <span className="section-number">{n}</span> {title}
      </h3>
      {children}
    </section>
  );
}

type Props = { initial: ActivityDraftState; onSaved(id: string): void; onDeleted(): void };

export function ActivityEditor({ initial, onSaved, onDeleted }: Props) {
  const { refresh, setDirty, activities } = useRegister();
  const [draft, setDraft] = useState(initial);
  const [baseline, setBaseline] = useState(JSON.stringify(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const dirty = JSON.stringify(draft) !== baseline;
  // The first frame shows the identity and purposes at once; the later sections mount just after, so
  // opening an activity in a 10k register feels instant.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setComplete(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);

  const update = (patch: Partial<ActivityDraftState>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    try {
      const saved = await call('activities:save', draft);
      const next = draftOf(saved);
      setDraft(next);
      setBaseline(JSON.stringify(next));
      setErrors({});
      setMessage(null);
      setDirty(false);
      await refresh();
      onSaved(saved.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      setMessage(error.issues.length > 0 ? 'Some fields need attention.' : error.message);
    }
  };

  const undo = async () => {
    if (!draft.id || dirty) return;
    if (!(await undoLastActivityChange(draft.id))) {
      setMessage('There is no earlier version of this activity to go back to.');
      return;
    }
    const next = draftOf(await call('activities:get', { id: draft.id }));
    setDraft(next);
    setBaseline(JSON.stringify(next));
    await refresh();
    setMessage(null);
  };

  const remove = async () => {
    if (!draft.id || !window.confirm(`Delete ${draft.reference} ${draft.name}? Its transfers go with it.`))
      return;
    await call('activities:delete', { id: draft.id });
    setDirty(false);
    await refresh();
    onDeleted();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
      // Inside a field, Ctrl/Cmd+Z stays the field's own text undo.
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea');
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const props = { draft, update, errors };
  const updatedAt = activities.find((a) => a.id === draft.id)?.updatedAt;
  return (
    <Stack gap={0} h="100%" className="editor" data-testid="activity-editor">
      <Group className="editor-head" justify="space-between" wrap="nowrap">
        {/* The title gives way to the buttons, never the reverse: a half-hidden "Save" reads as broken. */}
        <div style={{ minWidth: 0, flex: 1 }}>
          <Title order={2} size="h5" lineClamp={1}>
            {draft.reference || 'New activity'} · {draft.name || 'untitled'}
          </Title>
          <Text size="xs" c="dimmed" truncate>
            {draft.role === 'controller'
              ? 'Controller activity — Art 30(1)'
              : 'Processor activity — Art 30(2)'}
            {updatedAt ? ` · last updated ${new Date(updatedAt).toLocaleString()}` : ''}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {dirty ? (
            <Badge color="orange" variant="light" data-testid="save-state">
              Unsaved changes
            </Badge>
          ) : (
            <Badge color="teal" variant="light" data-testid="save-state">
              Saved ✓
            </Badge>
          )}
          {draft.id && (
            <Button size="xs" variant="subtle" onClick={() => void undo()} disabled={dirty} title="Ctrl+Z">
              Undo last save
            </Button>
          )}
          {draft.id && (
            <Button size="xs" variant="subtle" color="red" onClick={() => void remove()}>
              Delete
            </Button>
          )}
          <Button size="xs" onClick={() => void save()} disabled={!dirty && Boolean(draft.id)}>
            Save <span className="kbd-hint">Ctrl+S</span>
          </Button>
        </Group>
      </Group>
      {message && (
        <Text size="xs" c="red" px="sm" role="alert">
          {message}
        </Text>
      )}
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="md" p="sm">
          <Section n={1} title="Identity">
            <IdentitySection {...props} />
          </Section>
          <Section
            n={2}
            title={draft.role === 'controller' ? 'Purposes & lawful bases' : 'Processing carried out'}
          >
            <PurposesSection {...props} />
          </Section>
          {complete && (
            <>
              <Section n={3} title="People & data">
                <PeopleDataSection {...props} />
              </Section>
              <Section n={4} title={draft.role === 'controller' ? 'Recipients' : 'Clients & sub-processors'}>
                <RecipientsSection {...props} />
              </Section>
              <Section n={5} title="Transfers">
                <ActivityTransfers activityId={draft.id} role={draft.role} />
              </Section>
              <Section n={6} title="Retention">
                <RetentionSection {...props} />
              </Section>
              <Section n={7} title="Security">
                <SecuritySection {...props} />
              </Section>
              <Section n={8} title="DPIA screening">
                <DpiaSection {...props} />
              </Section>
              <Section n={9} title="Review">
                <ReviewSection {...props} />
              </Section>
            </>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
