// Parties: processors, sub-processors, clients, joint controllers and recipients; list and editor.
import {
  Badge,
  Button,
  Group,
  MultiSelect,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Party, PartyDraft } from '../../../../shared/domain';
import { PARTY_ROLES } from '../../../../shared/domain/codes';
import { DestinationBadge } from '../../components/DestinationBadge';
import { ApiError, call } from '../../lib/api';
import { RELATION_LABELS } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import { CatalogPicker } from './CatalogPicker';

type Draft = PartyDraft & { name: string; roles: Party['roles'] };

function PartyEditor({ party, onDone }: { party: Draft; onDone(id: string | null): void }) {
  const { reference, refresh, setDirty } = useRegister();
  const [draft, setDraft] = useState(party);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(party);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    try {
      const saved = await call('parties:save', draft);
      setDirty(false);
      await refresh();
      onDone(saved.id);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors(Object.fromEntries(e.issues.map((i) => [i.path, i.message])));
    }
  };
  const remove = async () => {
    if (!draft.id || !window.confirm(`Delete ${draft.name}?`)) return;
    try {
      await call('parties:delete', { id: draft.id });
      setDirty(false);
      await refresh();
      onDone(null);
    } catch (e) {
      setErrors({ name: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <ScrollArea h="100%">
      <Stack gap="xs" p="sm" data-testid="party-editor">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {draft.name || 'New party'}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={dirty ? 'orange' : 'teal'}>
              {dirty ? 'Unsaved changes' : 'Saved ✓'}
            </Badge>
            {draft.id && (
              <Button size="xs" variant="subtle" color="red" onClick={() => void remove()}>
                Delete
              </Button>
            )}
            <Button size="xs" onClick={() => void save()}>
              Save
            </Button>
          </Group>
        </Group>
        <TextInput
          size="xs"
          label="Name"
          required
          value={draft.name}
          onChange={(e) => update({ name: e.currentTarget.value })}
          error={errors['name']}
        />
        <TextInput
          size="xs"
          label="Legal entity"
          value={draft.legalEntity ?? ''}
          onChange={(e) => update({ legalEntity: e.currentTarget.value })}
        />
        <MultiSelect
          size="xs"
          label="Roles"
          searchable
          data={PARTY_ROLES.map((r) => ({ value: r, label: RELATION_LABELS[r] }))}
          value={draft.roles}
          onChange={(v) => update({ roles: v as Party['roles'] })}
        />
        <Group align="flex-end">
          <Select
            size="xs"
            label="Country"
            searchable
            clearable
            data={(reference?.countries ?? []).map((c) => ({
              value: c.code,
              label: `${c.name} (${c.code})`,
            }))}
            value={draft.country ?? null}
            onChange={(country) => update({ country })}
            error={errors['country']}
          />
          <DestinationBadge country={draft.country ?? null} />
        </Group>
        <Group grow>
          <TextInput
            size="xs"
            type="date"
            label="DPA signed on"
            value={draft.dpaSignedOn ?? ''}
            onChange={(e) => update({ dpaSignedOn: e.currentTarget.value || null })}
          />
          <TextInput
            size="xs"
            label="DPA reference"
            value={draft.dpaReference ?? ''}
            onChange={(e) => update({ dpaReference: e.currentTarget.value })}
          />
        </Group>
        <TextInput
          size="xs"
          label="Services"
          value={draft.services ?? ''}
          onChange={(e) => update({ services: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label="Trust page"
          value={draft.trustPage ?? ''}
          onChange={(e) => update({ trustPage: e.currentTarget.value })}
        />
        <Textarea
          size="xs"
          label="Notes (catalog facts with their sources)"

          value={draft.notes ?? ''}
          onChange={(e) => update({ notes: e.currentTarget.value })}
        />
      </Stack>
    </ScrollArea>
  );
}

export function PartiesScreen() {
  const { parties, selectedPartyId, selectParty } = useRegister();
  const [creating, setCreating] = useState<Draft | null>(null);
  const [catalog, setCatalog] = useState(false);
  const selected = parties.find((p) => p.id === selectedPartyId);
  const editing: Draft | null = creating ?? (selected ? { ...selected } : null);
  return (
    <div className="master-detail">
      <div className="master">
        <Group gap="xs" p="xs" className="toolbar">
          <Button size="xs" onClick={() => setCatalog(true)}>
            Add from catalog
          </Button>
          <Button size="xs" variant="light" onClick={() => setCreating({ name: '', roles: ['processor'] })}>
            + Party
          </Button>
        </Group>
        <ScrollArea style={{ flex: 1 }}>
          {parties.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              No parties yet. Add your processors from the catalog (AWS, Microsoft, Stripe, …).
            </Text>
          )}
          {parties.map((p) => (
            <button
              type="button"
              key={p.id}
              className="list-row"
              aria-selected={p.id === selectedPartyId}
              data-testid="party-row"
              onClick={() => {
                setCreating(null);
                selectParty(p.id);
              }}
            >
              <span className="ellipsis">{p.name}</span>
              <span className="muted">{p.roles.map((r) => RELATION_LABELS[r]).join(', ')}</span>
              <span className="mono">{p.country ?? ''}</span>
            </button>
          ))}
        </ScrollArea>
      </div>
      <div className="detail">
        {editing ? (
          <PartyEditor
            key={editing.id ?? 'new'}
            party={editing}
            onDone={(id) => {
              setCreating(null);
              useRegister.setState({ selectedPartyId: id, dirty: false });
            }}
          />
        ) : (
          <div className="empty">
            <Text size="sm" c="dimmed">
              Select a party.
            </Text>
          </div>
        )}
      </div>
      <CatalogPicker
        opened={catalog}
        onClose={() => setCatalog(false)}
        onAdded={(id) => {
          setCatalog(false);
          useRegister.setState({ selectedPartyId: id, dirty: false });
        }}
      />
    </div>
  );
}
