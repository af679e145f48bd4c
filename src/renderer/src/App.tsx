// The window: a title bar with the organisation and file, the sidebar with counts, and the section.
import { Kbd, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';
import { ActivitiesScreen } from './features/activities/ActivitiesScreen';
import { CheckCounts } from './features/checks/CheckCounts';
import { ChecksScreen } from './features/checks/ChecksScreen';
import { ExportRunning } from './features/exchange/ExportRunning';
import { ExportScreen } from './features/exchange/ExportScreen';
import { HistoryScreen } from './features/history/HistoryScreen';
import { ImportScreen } from './features/exchange/ImportScreen';
import { ListsScreen } from './features/lists/ListsScreen';
import { OrganisationScreen } from './features/organisation/OrganisationScreen';
import { OverviewScreen } from './features/overview/OverviewScreen';
import { DataMapScreen } from './features/map/DataMapScreen';
import { CommandPalette } from './features/palette/CommandPalette';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { PartiesScreen } from './features/parties/PartiesScreen';
import { StartScreen } from './features/start/StartScreen';
import { TransfersScreen } from './features/transfers/TransfersScreen';
import { fileName } from './lib/file-name';
import { useRegister, type Section } from './stores/register-store';
import { reportUnsavedChanges } from './stores/unsaved-report';

const SCREENS: Record<Section, () => React.JSX.Element | null> = {
  overview: OverviewScreen,
  activities: ActivitiesScreen,
  parties: PartiesScreen,
  transfers: TransfersScreen,
  map: DataMapScreen,
  checks: ChecksScreen,
  history: HistoryScreen,
  organisation: OrganisationScreen,
  lists: ListsScreen,
  import: ImportScreen,
  export: ExportScreen,
  start: () => <StartScreen />,
};

export function App() {
  const { status, error, summary, section, go, load, dirty } = useRegister();

  useEffect(() => {
    void load();
    return window.ropaEvents?.onRegisterChanged(() => void load());
  }, [load]);

  useEffect(() => window.ropaEvents?.onShowRegisters?.(() => go('start')), [go]);

  useEffect(() => reportUnsavedChanges(), []);

  // The browser's tab title; in Electron the shell sets the window's title (with the same dot).
  useEffect(() => {
    if (summary)
      document.title = `${summary.organisation.legalName} — ${fileName(summary.file)}${dirty ? ' •' : ''}`;
  }, [summary, dirty]);

  if (status === 'loading') return <Text p="md">Opening the register…</Text>;
  // No register to show (none opened, or it could not be read): the Start screen, with the reason.
  if (status === 'failed' || !summary) return <StartScreen noRegister loadError={error} />;
  const { counts } = summary;
  const nav: [Section, string, number | null][] = [
    ['overview', 'Overview', null],
    ['activities', 'Activities', counts.controllerActivities + counts.processorActivities],
    ['parties', 'Parties', counts.parties],
    ['transfers', 'Transfers', counts.transfers],
    ['map', 'Data map', null],
    ['checks', 'Checks', null],
    ['history', 'History', null],
    ['organisation', 'Organisation', null],
    ['lists', 'Lists', counts.terms],
  ];
  const Screen = SCREENS[section];
  return (
    <div className="app">
      <header className="titlebar">
        <Text fw={600} size="sm" data-testid="register-title">
          {summary.organisation.legalName} <span className="muted">— {fileName(summary.file)}</span>
        </Text>
        <UnstyledButton
          className="palette-button"
          onClick={() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))}
        >
          Search or run a command <Kbd size="xs">Ctrl+K</Kbd>
        </UnstyledButton>
      </header>
      <nav className="sidebar" aria-label="Sections">
        {nav.map(([id, label, count]) => (
          <NavLink
            key={id}
            component="button"
            active={section === id}
            label={label}
            rightSection={
              id === 'checks' ? (
                <CheckCounts />
              ) : count === null ? null : (
                <span className="mono muted">{count}</span>
              )
            }
            onClick={() => go(id)}
            aria-current={section === id ? 'page' : undefined}
          />
        ))}
        <div className="sidebar-bottom">
          <NavLink
            component="button"
            label="Registers…"
            active={section === 'start'}
            onClick={() => go('start')}
          />
          <NavLink
            component="button"
            label="Import…"
            active={section === 'import'}
            onClick={() => go('import')}
          />
          <NavLink
            component="button"
            label="Export…"
            active={section === 'export'}
            rightSection={<ExportRunning />}
            onClick={() => go('export')}
          />
        </div>
      </nav>
      <main className="content">
        <ScreenErrorBoundary section={section}>
          <Screen />
        </ScreenErrorBoundary>
      </main>
      <CommandPalette />
    </div>
  );
}
