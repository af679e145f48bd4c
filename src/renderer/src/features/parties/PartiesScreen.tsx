// Parties: processors, sub-processors, clients, joint controllers and recipients; list and editor.
import { Button, Group, ScrollArea, Text } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Party, PartyDraft } from '../../../../shared/domain';
import { GapCount } from '../../components/GapCount';
import { MasterDetail } from '../../components/MasterDetail';
import { SearchBox } from '../../components/SearchBox';
import { countryName, RELATION_LABELS } from '../../lib/labels';
import { matchesWords } from '../../../../shared/search-words';
import { onRowKey } from '../../lib/row-keys';
import { useEscapeToClose } from '../../lib/escape';
import { confirmLeave, useRegister } from '../../stores/register-store';
import { useChecks } from '../checks/checks-store';
import { CatalogPicker } from './CatalogPicker';
import { PartyEditor } from './PartyEditor';

type Draft = PartyDraft & { name: string; roles: Party['roles'] };

export function PartiesScreen() {
  const parties = useRegister((s) => s.parties);
  const selectedPartyId = useRegister((s) => s.selectedPartyId);
  const selectParty = useRegister((s) => s.selectParty);
  const [creating, setCreating] = useState<Draft | null>(null);
  const [catalog, setCatalog] = useState(false);
  const [query, setQuery] = useState('');
  // What the checks find on each party (its DPA, contact, certifications), counted with the sidebar's run.
  const gaps = useChecks((s) => s.byParty);
  const reference = useRegister((s) => s.reference);
  const deferredQuery = useDeferredValue(query);
  // A party is found by its name, legal entity, roles and country, in the words the list shows.
  const shown = useMemo(
    () =>
      parties.filter((p) =>
        matchesWords(
          [
            p.name,
            p.legalEntity,
            ...p.roles.map((r) => RELATION_LABELS[r]),
            p.country ?? '',
            countryName(reference, p.country) ?? '',
            p.internationalOrganisation,
          ].join(' '),
          deferredQuery,
        ),
      ),
    [parties, reference, deferredQuery],
  );
  const selected = parties.find((p) => p.id === selectedPartyId);
  const editing: Draft | null = creating ?? (selected ? { ...selected } : null);
  // Esc closes the editor (a new party or the selected one), asking first about unsaved edits.
  const closeEditor = useCallback(() => {
    if (!confirmLeave(useRegister.getState().dirty)) return;
    setCreating(null);
    useRegister.setState({ selectedPartyId: null, dirty: false });
  }, []);
  useEscapeToClose(closeEditor);
  const master = (
    <div className="master">
      <Group gap="xs" p="xs" className="toolbar">
        <SearchBox
          label="Search parties"
          placeholder="Search parties"
          value={query}
          onChange={setQuery}
          style={{ flex: 1, minWidth: '10rem' }}
        />
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
        {parties.length > 0 && shown.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            No party matches “{query}”.
          </Text>
        )}
        {shown.map((p) => (
          <button
            type="button"
            key={p.id}
            className="list-row with-gaps"
            // A button cannot be "selected" in ARIA; the party open in the editor is the current one.
            aria-current={p.id === selectedPartyId || undefined}
            data-testid="party-row"
            onClick={() => {
              setCreating(null);
              selectParty(p.id);
            }}
            // A button opens on Enter by itself; the arrows move between parties.
            onKeyDown={(event) => event.key !== 'Enter' && onRowKey(event, () => undefined)}
          >
            <span className="ellipsis">{p.name}</span>
            <span className="muted">{p.roles.map((r) => RELATION_LABELS[r]).join(', ')}</span>
            <span className="mono">{p.country ?? ''}</span>
            <GapCount counts={gaps ? gaps[p.id] : null} testId="party-gaps" />
          </button>
        ))}
      </ScrollArea>
    </div>
  );
  const detail = (
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
  );
  return (
    <>
      <MasterDetail
        id="parties"
        master={master}
        detail={detail}
        open={editing !== null}
        onClose={closeEditor}
        backLabel="All parties"
      />
      <CatalogPicker
        opened={catalog}
        onClose={() => setCatalog(false)}
        onAdded={(id) => {
          setCatalog(false);
          useRegister.setState({ selectedPartyId: id, dirty: false });
        }}
      />
    </>
  );
}
