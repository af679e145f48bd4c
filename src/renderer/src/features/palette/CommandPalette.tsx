// Ctrl/Cmd+K: go to any section, activity or party, or run a command, by typing.
import { Modal, ScrollArea, TextInput, UnstyledButton } from '@mantine/core';
import { memo, useEffect, useMemo, useState } from 'react';
import { callApp } from '../../lib/app';
import { countryName, TERM_LIST_LABELS } from '../../lib/labels';
import { useRegister, type Section } from '../../stores/register-store';
import { useNewActivityRequest } from '../activities/new-activity-request';
import { useTemplatePicker } from '../activities/template-store';
import { useExportChoice } from '../exchange/export-choice';

type Command = { id: string; label: string; hint: string; run(): void };

const SECTIONS: [Section, string][] = [
  ['overview', 'Overview'],
  ['activities', 'Activities'],
  ['parties', 'Parties'],
  ['transfers', 'Transfers'],
  ['map', 'Data map (where personal data goes)'],
  ['checks', 'Checks'],
  ['history', 'History'],
  ['organisation', 'Organisation'],
  ['lists', 'Lists (data categories, purposes, measures…)'],
  ['import', 'Import'],
  ['export', 'Export'],
  ['start', 'Registers (start)'],
];

// Memoised: it has no props, so the window redrawing (a selection, the dirty flag) leaves it alone.
export const CommandPalette = memo(function CommandPalette() {
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const activities = useRegister((s) => s.activities);
  const parties = useRegister((s) => s.parties);
  const transfers = useRegister((s) => s.transfers);
  const terms = useRegister((s) => s.terms);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setQuery('');
        setActive(0);
        setOpened(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const commands = useMemo<Command[]>(() => {
    const { go, openRecord, openTerm, reference } = useRegister.getState();
    const newActivity = (role: 'controller' | 'processor') => () => {
      go('activities');
      if (useRegister.getState().section === 'activities') useNewActivityRequest.getState().request(role);
    };
    const referenceOf = new Map(activities.map((a) => [a.id, a.reference]));
    const partyName = new Map(parties.map((p) => [p.id, p.name]));
    return [
      {
        id: 'new-register',
        label: 'New register…',
        hint: 'file',
        run: () => void callApp('app:newRegister'),
      },
      {
        id: 'open-register',
        label: 'Open register…',
        hint: 'file',
        run: () => void callApp('app:openRegister'),
      },
      { id: 'save-copy', label: 'Save a copy as…', hint: 'file', run: () => void callApp('app:saveCopy') },
      {
        id: 'new-from-template',
        label: 'New activity from a template…',
        hint: 'activity',
        run: () => {
          go('activities');
          if (useRegister.getState().section === 'activities') useTemplatePicker.getState().open();
        },
      },
      {
        id: 'new-controller-activity',
        label: 'New controller activity',
        hint: 'activity',
        run: newActivity('controller'),
      },
      {
        id: 'new-processor-activity',
        label: 'New processor activity (for a client)',
        hint: 'activity',
        run: newActivity('processor'),
      },
      {
        id: 'gap-report',
        label: 'Gap report: every finding with its owner…',
        hint: 'export',
        run: () => {
          useExportChoice.getState().choose('gaps');
          go('export');
        },
      },
      ...SECTIONS.map(([section, label]) => ({
        id: `go-${section}`,
        label: `Go to ${label}`,
        hint: 'section',
        run: () => go(section),
      })),
      ...activities.map((a) => ({
        id: a.id,
        label: `${a.reference} ${a.name}`,
        hint: a.role,
        run: () => void openRecord('activity', a.id),
      })),
      ...parties.map((p) => ({
        id: p.id,
        label: p.name,
        hint: 'party',
        run: () => void openRecord('party', p.id),
      })),
      ...transfers.map((t) => ({
        id: t.id,
        label: [
          referenceOf.get(t.activityId) ?? '',
          '→',
          countryName(reference, t.country) ?? t.internationalOrganisation,
          t.partyId ? `(${partyName.get(t.partyId) ?? ''})` : '',
        ]
          .filter(Boolean)
          .join(' '),
        hint: 'transfer',
        run: () => void openRecord('transfer', t.id),
      })),
      ...terms.map((t) => ({
        id: t.id,
        label: t.label,
        hint: TERM_LIST_LABELS[t.list].toLowerCase(),
        run: () => openTerm(t.id),
      })),
    ];
  }, [activities, parties, transfers, terms]);

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w))).slice(0, 50);
  const run = (command: Command | undefined) => {
    if (!command) return;
    setOpened(false);
    command.run();
  };

  return (
    <Modal
      opened={opened}
      onClose={() => setOpened(false)}
      withCloseButton={false}
      size="lg"
      padding="xs"
      title={null}
    >
      <TextInput
        data-autofocus
        size="sm"
        placeholder="Go to an activity, party or section…"
        aria-label="Command palette"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(matches.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') run(matches[active]);
          else return;
          e.preventDefault();
        }}
      />
      <ScrollArea.Autosize mah={360} mt="xs">
        {matches.map((c, i) => (
          <UnstyledButton
            key={c.id}
            className="palette-row"
            aria-selected={i === active}
            onClick={() => run(c)}
          >
            <span className="ellipsis">{c.label}</span>
            <span className="muted">{c.hint}</span>
          </UnstyledButton>
        ))}
      </ScrollArea.Autosize>
    </Modal>
  );
});
