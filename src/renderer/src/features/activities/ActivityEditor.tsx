// The activity editor, in the order of Article 30. Works on a draft; Ctrl/Cmd+S saves in one transaction;
// the dirty state is shown and navigation asks before dropping edits. Each section carries a completeness
// dot from the checks on the saved activity, re-read after every change to the register.
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Activity } from '../../../../shared/domain';
import { ApiError, call, deleteFailureText } from '../../lib/api';
import { useRegister } from '../../stores/register-store';
import { useChecks } from '../checks/checks-store';
import { EDITOR_SECTIONS, sectionStatuses, type EditorSection as SectionKey } from './completeness';
import { EditorSection } from './EditorSection';
import { IdentitySection, PurposesSection } from './IdentityPurposes';
import { LaterSections, useLaterSections } from './LaterSections';
import { SectionNav } from './SectionNav';
import { draftOf, type ActivityDraftState, type FieldErrors } from './draft';
import { undoRefusal, useSaveShortcut, useUndoShortcut } from '../../components/form-state';

type Props = {
  initial: ActivityDraftState;
  /** When the saved activity was last changed, for the header. */
  updatedAt?: string | undefined;
  onSaved(activity: Activity): void;
  onDeleted(): void;
};

/** Another activity (or another new draft) replaces the editor's state; a re-read of the same one does not. */
function isOtherActivity(next: ActivityDraftState, current: ActivityDraftState): boolean {
  return next.id === undefined ? next !== current : next.id !== current.id;
}

/**
 * Scrolls to the section of a finding clicked in Checks, once this activity shows it, and puts the focus on
 * the field the finding names: its first input (a purpose, a retention rule) or, when the list is empty,
 * the button that adds one. Fields are marked `data-field` with the activity's own field names.
 */
function useScrollToFinding(id: string | undefined, laterShown: boolean) {
  const focus = useChecks((s) => s.focus);
  useEffect(() => {
    if (!focus || focus.activityId !== id) return;
    const n = EDITOR_SECTIONS.indexOf(focus.section) + 1;
    if (n > 2 && !laterShown) return;
    document.getElementById(`section-${n}`)?.scrollIntoView({ block: 'start' });
    const field = focus.field
      ? document.querySelector<HTMLElement>(`[data-testid="activity-editor"] [data-field="${focus.field}"]`)
      : null;
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus({ preventScroll: true });
    }
    useChecks.setState({ focus: null });
  }, [focus, id, laterShown]);
}

/** The findings on the saved activity, by section; null for a draft never saved, or while they are read. */
function useSectionStatuses(id: string | undefined) {
  const summary = useRegister((s) => s.summary);
  const loadActivity = useChecks((s) => s.loadActivity);
  const findings = useChecks((s) => (id !== undefined && s.activityId === id ? s.activityFindings : null));
  // register:summary is read again after every write, so this re-checks after a save, a new transfer, etc.
  useEffect(() => void loadActivity(id ?? null), [id, summary, loadActivity]);
  return useMemo(() => (findings ? sectionStatuses(findings) : null), [findings]);
}

export const ActivityEditor = memo(function ActivityEditor({
  initial,
  updatedAt,
  onSaved,
  onDeleted,
}: Props) {
  const refresh = useRegister((s) => s.refresh);
  const setDirty = useRegister((s) => s.setDirty);
  const [source, setSource] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  // Opening another activity reuses this editor (updating fields is far cheaper than mounting them anew):
  // its state is reset here, during render, as React recommends for state derived from a prop.
  if (initial !== source) {
    setSource(initial);
    if (isOtherActivity(initial, source)) {
      setDraft(initial);
      setBaseline(JSON.stringify(initial));
      setErrors({});
      setMessage(null);
    }
  }
  const dirty = JSON.stringify(draft) !== baseline;
  const scroller = useRef<HTMLDivElement>(null);
  const statuses = useSectionStatuses(draft.id);
  const status = (key: SectionKey) => statuses?.[key] ?? null;

  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);

  const update = useCallback(
    (patch: Partial<ActivityDraftState>) => setDraft((d) => ({ ...d, ...patch })),
    [],
  );
  const later = useLaterSections({ draft, update, errors, statuses });
  useScrollToFinding(draft.id, later.props !== null && !later.stale);

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
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      setMessage(error.issues.length > 0 ? 'Some fields need attention.' : error.message);
    }
  };

  const undo = async () => {
    if (!draft.id || dirty) return;
    try {
      const next = draftOf(await call('activities:undo', { id: draft.id }));
      setDraft(next);
      setBaseline(JSON.stringify(next));
      await refresh();
      setMessage(null);
    } catch (error) {
      setMessage(undoRefusal(error));
    }
  };
  useUndoShortcut(draft.id ? undo : undefined);

  // A new draft copy, saved with its own reference and the transfers, opened in place of this one.
  const duplicate = async () => {
    if (!draft.id || dirty) return;
    try {
      const copy = await call('activities:duplicate', { id: draft.id });
      await refresh();
      onSaved(copy);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const remove = async () => {
    if (!draft.id || !window.confirm(`Delete ${draft.reference} ${draft.name}? Its transfers go with it.`))
      return;
    try {
      await call('activities:delete', { id: draft.id });
    } catch (error) {
      setMessage(deleteFailureText(error, `${draft.reference} ${draft.name}`));
      return;
    }
    setDirty(false);
    await refresh();
    onDeleted();
  };

  useSaveShortcut(save);

  const props = { draft, update, errors };
  return (
    <Stack gap={0} h="100%" className="editor" data-testid="activity-editor">
      {/* Two rows: the title with the save state and Save (never hidden: a half-hidden "Save" reads as
          broken), then the record's other actions, so the title keeps its room in a narrow editor. */}
      <div className="editor-head">
        <Group justify="space-between" wrap="nowrap" gap="xs">
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
            <Button size="xs" onClick={() => void save()} disabled={!dirty && Boolean(draft.id)}>
              Save <span className="kbd-hint">Ctrl+S</span>
            </Button>
          </Group>
        </Group>
        {draft.id && (
          <Group gap={4} mt={4} ml={-8}>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void undo()}
              disabled={dirty}
              title="Ctrl+Z"
            >
              Undo last save
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() =>
                useRegister
                  .getState()
                  .showHistory({ id: draft.id!, label: `${draft.reference} ${draft.name}` })
              }
            >
              History
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void duplicate()}
              disabled={dirty}
              title="A new draft from this activity, with its transfers (save or undo your edits first)"
            >
              Duplicate
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove()}>
              Delete
            </Button>
          </Group>
        )}
      </div>
      {message && (
        <Text size="xs" c="red" px="sm" role="alert">
          {message}
        </Text>
      )}
      <SectionNav role={draft.role} statuses={statuses} scroller={scroller} />
      {/* A native scroller: Mantine's ScrollArea re-measures itself on every change of the sections. */}
      <div ref={scroller} style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
        <Stack gap="md" p="sm">
          <EditorSection n={1} title="Identity" status={status('identity')}>
            <IdentitySection {...props} />
          </EditorSection>
          <EditorSection
            n={2}
            title={draft.role === 'controller' ? 'Purposes & lawful bases' : 'Processing carried out'}
            status={status('purposes')}
          >
            <PurposesSection {...props} />
          </EditorSection>
          {later.props && (
            // Inert while it still shows the previous activity, so nothing is typed into that.
            <Stack gap="md" style={{ opacity: later.stale ? 0.35 : 1 }} inert={later.stale}>
              <LaterSections {...later.props} />
            </Stack>
          )}
        </Stack>
      </div>
    </Stack>
  );
});
