// A placeholder page until the real UI lands: which register is open, and how much it holds.
import { useCallback, useEffect, useState } from 'react';
import type { RegisterSummary } from '../../shared/ipc/contract';
import { ApiError, call } from './lib/api';

type State =
  { status: 'loading' } | { status: 'ready'; summary: RegisterSummary } | { status: 'failed'; error: string };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', summary: await call('register:summary') });
    } catch (error) {
      setState({ status: 'failed', error: error instanceof ApiError ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
    return window.ropaEvents?.onRegisterChanged(() => void load());
  }, [load]);

  if (state.status === 'loading') return <main>Opening the register…</main>;
  if (state.status === 'failed') {
    return (
      <main>
        <h1>Ropa</h1>
        <p role="alert">{state.error}</p>
      </main>
    );
  }
  const { summary } = state;
  const rows: [string, number][] = [
    ['Processing activities as controller', summary.counts.controllerActivities],
    ['Processing activities as processor', summary.counts.processorActivities],
    ['Parties (processors, recipients, …)', summary.counts.parties],
    ['International transfers', summary.counts.transfers],
    ['Countries', summary.counts.countries],
    ['Category terms', summary.counts.terms],
  ];
  return (
    <main>
      <h1>{summary.organisation.legalName}</h1>
      <p className="file">{summary.file}</p>
      <table>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {summary.lastChangeAt
          ? `Last changed ${new Date(summary.lastChangeAt).toLocaleString()}`
          : 'No changes yet'}
      </p>
    </main>
  );
}
