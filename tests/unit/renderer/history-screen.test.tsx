// @vitest-environment jsdom
// The History section over a real register: the change log in words with each field's old and new value,
// narrowed to one record from its editor, paged back; and a copy recorded as sent after an export (with the
// exported file's own SHA-256), then compared with the register as it is now.
import './support/dom-shims';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ExportScreen } from '../../../src/renderer/src/features/exchange/ExportScreen';
import { HISTORY_PAGE } from '../../../src/renderer/src/features/history/ChangeList';
import { HistoryScreen } from '../../../src/renderer/src/features/history/HistoryScreen';
import { ListsScreen } from '../../../src/renderer/src/features/lists/ListsScreen';
import { createSnapshot } from '../../../src/core/history/snapshots';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

const entries = () => screen.queryAllByTestId('history-entry');

describe('the History section', () => {
  it('finds the writes to a record by part of its name, and says when none matches', async () => {
    await openRegister(({ register }) => {
      const payroll = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.activities.save({ ...payroll, department: 'HR' });
      register.parties.save(PartyFields.parse({ name: 'Mailer Inc', roles: ['processor'] }));
    });
    renderUi(<HistoryScreen />);
    await waitFor(() => expect(entries().length).toBeGreaterThanOrEqual(3));
    const everything = entries().length;
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByLabelText('Search the history by record');
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'hr-01' } });
    await waitFor(() => expect(entries().length).toBeLessThan(everything));
    expect(entries()).toHaveLength(2);
    expect(entries().every((e) => e.textContent?.includes('HR-01 Payroll'))).toBe(true);
    fireEvent.change(search, { target: { value: 'stripe' } });
    expect(await screen.findByText('No change to a record named “stripe”.')).toBeTruthy();
  });

  it('lists every write newest first, each change from its old value to its new one', async () => {
    await openRegister(({ register }) => {
      const payroll = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.activities.save({ ...payroll, name: 'Payroll and pensions', department: 'HR' });
      register.parties.save(PartyFields.parse({ name: 'Mailer Inc', roles: ['processor'] }));
    });
    renderUi(<HistoryScreen />);
    await waitFor(() => expect(entries().length).toBeGreaterThanOrEqual(3));
    const [party, renamed] = entries();
    expect(party!.textContent).toContain('Mailer Inc created');
    expect(renamed!.textContent).toContain('HR-01 Payroll and pensions changed');
    expect(within(renamed!).getByText(/name:/).closest('li')!.textContent).toBe(
      'name: Payroll → Payroll and pensions',
    );
    expect(
      within(renamed!)
        .getByText(/department:/)
        .closest('li')!.textContent,
    ).toBe('department: (none) → HR');
  });

  it("shows one record's history from its editor, and the whole register again on closing", async () => {
    await openRegister(({ register }) => {
      const payroll = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.activities.save({ ...payroll, owner: 'Head of HR' });
      register.activities.save({ ...blankActivity('controller', 'MK-01'), name: 'Newsletter' });
    });
    const payroll = useRegister.getState().activities.find((a) => a.reference === 'HR-01')!;
    useRegister.getState().showHistory({ id: payroll.id, label: 'HR-01 Payroll' });
    renderUi(<HistoryScreen />);
    expect((await screen.findByTestId('history-of')).textContent).toBe('History of HR-01 Payroll');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries().map((e) => e.textContent)).toEqual([
      expect.stringContaining('changed'),
      expect.stringContaining('created'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: "Show the whole register's history" }));
    await waitFor(() => expect(entries().some((e) => e.textContent?.includes('MK-01'))).toBe(true));
  });

  it("opens a list entry's change in Lists, at that term", async () => {
    await openRegister(({ register }) => {
      const term = register.terms.list('data-source').find((t) => t.label === 'The data subject directly')!;
      register.terms.save({ ...term, label: 'The person themselves' });
    });
    renderUi(<HistoryScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'The person themselves' }));
    expect(useRegister.getState().section).toBe('lists');
    cleanup();
    renderUi(<ListsScreen />);
    expect(((await screen.findByLabelText(/^Label/)) as HTMLInputElement).value).toBe(
      'The person themselves',
    );
    expect((screen.getByLabelText('List') as HTMLInputElement).value).toBe('Data sources');
    expect(useRegister.getState().termToOpen).toBeNull();
  });

  it("opens a term's history from its editor in Lists", async () => {
    let id = '';
    await openRegister(({ register }) => {
      id = register.terms.list('purpose')[0]!.id;
    });
    useRegister.setState({ section: 'lists', termToOpen: id });
    renderUi(<ListsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'History' }));
    expect(useRegister.getState().section).toBe('history');
    expect(useRegister.getState().historyOf?.id).toBe(id);
  });

  it('narrows to one kind of record and pages back to the oldest change', async () => {
    const bridge = await openRegister(({ register }) => {
      const party = register.parties.save(PartyFields.parse({ name: 'Mailer Inc', roles: ['processor'] }));
      for (let i = 1; i <= HISTORY_PAGE; i++) register.parties.save({ ...party, notes: `note ${i}` });
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    renderUi(<HistoryScreen />);
    fireEvent.click(screen.getByLabelText('Kind of record'));
    fireEvent.click(await screen.findByRole('option', { name: 'Parties' }));
    await waitFor(() => expect(entries()[0]?.textContent).toContain(`note ${HISTORY_PAGE}`));
    expect(entries()).toHaveLength(HISTORY_PAGE);
    expect(entries().some((e) => e.textContent?.includes('HR-01'))).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Show older changes' }));
    await waitFor(() => expect(entries()).toHaveLength(HISTORY_PAGE + 1));
    expect(entries().at(-1)!.textContent).toContain('Mailer Inc created');
    expect(screen.queryByRole('button', { name: 'Show older changes' })).toBeNull();
    const query = bridge.calls.filter((c) => c.channel === 'history:list').at(-1)?.input;
    expect(query).toMatchObject({ entity: 'party', limit: HISTORY_PAGE });
  });
});

describe('a copy recorded as sent', () => {
  it('keeps the exported file’s fingerprint, and later says what changed since', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    const { unmount } = renderUi(<ExportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await screen.findByTestId('export-done');
    fireEvent.change(screen.getByLabelText('Label of the sent copy'), {
      target: { value: 'Sent to the ICO' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record as sent' }));
    await screen.findByTestId('recorded-as-sent');

    const file = path.join(path.dirname(bridge.register.file), 'acme-widgets-ltd-article30.xlsx');
    const [snapshot] = bridge.register.snapshots.list();
    expect(snapshot).toMatchObject({
      label: 'Sent to the ICO',
      format: 'full',
      fileName: 'acme-widgets-ltd-article30.xlsx',
      fileHash: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    });
    unmount();

    // The register moves on after the copy went out.
    const payroll = bridge.register.activities.list()[0]!;
    bridge.register.activities.save({ ...payroll, name: 'Payroll and pensions' });
    bridge.register.activities.save({ ...blankActivity('controller', 'MK-01'), name: 'Newsletter' });
    await useRegister.getState().refresh();

    renderUi(<HistoryScreen />);
    fireEvent.click(screen.getByRole('tab', { name: 'Sent copies' }));
    fireEvent.click(await screen.findByTestId('sent-copy-row'));
    const diff = await screen.findByTestId('snapshot-diff');
    expect(diff.textContent).toContain('Since “Sent to the ICO”');
    expect(diff.textContent).toContain('the full Article 30 workbook (acme-widgets-ltd-article30.xlsx)');
    expect(diff.textContent).toContain('+ added: MK-01 Newsletter');
    expect(diff.textContent).toContain('~ changed: HR-01 Payroll and pensions');
    expect(diff.textContent).toContain('name: Payroll → Payroll and pensions');
  });

  it('teaches the feature when no copy was recorded', async () => {
    await openRegister();
    renderUi(<HistoryScreen />);
    fireEvent.click(screen.getByRole('tab', { name: 'Sent copies' }));
    expect((await screen.findByTestId('sent-copies')).textContent).toContain('choose “Record as sent”');
  });

  it('says so when nothing in the record has changed since the copy was sent', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      createSnapshot(register, { label: 'Sent to the client', format: 'json', fileName: 'acme.json' });
    });
    renderUi(<HistoryScreen />);
    fireEvent.click(screen.getByRole('tab', { name: 'Sent copies' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Compare the latest copy with the register now' }),
    );
    const diff = await screen.findByTestId('snapshot-diff');
    expect(diff.textContent).toContain('a Ropa JSON document (acme.json)');
    expect(diff.textContent).toContain('Nothing in the record has changed since this copy was sent.');
  });
});
