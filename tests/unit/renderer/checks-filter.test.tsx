// @vitest-environment jsdom
// Gaps by provision on the Overview open Checks narrowed to that provision; Checks narrows by severity too,
// and its counts keep describing the whole register.
import './support/dom-shims';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ChecksScreen } from '../../../src/renderer/src/features/checks/ChecksScreen';
import { useChecks } from '../../../src/renderer/src/features/checks/checks-store';
import { ExportScreen } from '../../../src/renderer/src/features/exchange/ExportScreen';
import { OverviewScreen } from '../../../src/renderer/src/features/overview/OverviewScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi } from './support/render';

const findingTexts = () => screen.queryAllByTestId('finding').map((f) => f.textContent ?? '');

describe('findings by provision and severity', () => {
  it('opens Checks from the Overview at one provision, then narrows to errors', async () => {
    const bridge = await openRegister(({ register }) => {
      // Two bare controller activities: gaps under several provisions.
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.activities.save({ ...blankActivity('controller', 'MK-01'), name: 'Newsletter' });
    });
    const { unmount } = renderUi(<OverviewScreen />);
    const gaps = await screen.findByRole('table', { name: 'Gaps by provision' });
    const rows = within(gaps).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(1);
    const article = within(rows[0]!).getByRole('button').textContent!;
    fireEvent.click(within(rows[0]!).getByRole('button'));
    expect(useRegister.getState().section).toBe('checks');
    expect(useChecks.getState().filter).toEqual({ article, severity: null });
    unmount();

    renderUi(<ChecksScreen />);
    await waitFor(() => expect(findingTexts().length).toBeGreaterThan(0));
    expect(findingTexts().every((t) => t.endsWith(article))).toBe(true);
    expect(bridge.calls.filter((c) => c.channel === 'checks:run').at(-1)?.input).toMatchObject({ article });

    // Every provision again (the Select's clear button is hidden from the accessibility tree), then errors.
    act(() => useChecks.getState().setFilter({ article: null }));
    fireEvent.click(screen.getByRole('radio', { name: /errors?$/ }));
    await waitFor(() => expect(findingTexts().every((t) => t.startsWith('error'))).toBe(true));
    const all = bridge.calls.filter((c) => c.channel === 'checks:run').at(-1)?.input;
    expect(all).toMatchObject({ severity: 'error' });
    expect(all).not.toHaveProperty('article');
  });

  it('sends the user from Checks to the export of the gap report, once', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    const { unmount } = renderUi(<ChecksScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gap report…' }));
    expect(useRegister.getState().section).toBe('export');
    unmount();
    const exportScreen = renderUi(<ExportScreen />);
    expect((screen.getByLabelText('Layout') as HTMLInputElement).value).toMatch(/^Gap report/);
    exportScreen.unmount();
    // The next visit to Export starts from the full workbook again.
    renderUi(<ExportScreen />);
    expect((screen.getByLabelText('Layout') as HTMLInputElement).value).toBe(
      'Full Article 30 workbook (xlsx)',
    );
  });

  it('searches every finding by its record, message or provision, and keeps the counts whole', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.activities.save({ ...blankActivity('controller', 'MK-01'), name: 'Newsletter' });
    });
    useChecks.setState({ filter: { severity: null, article: null } });
    renderUi(<ChecksScreen />);
    await waitFor(() => expect(findingTexts().length).toBeGreaterThan(2));
    const all = findingTexts();
    const allLabel = screen.getByText(/^All \(/).textContent;
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByLabelText('Search findings');
    expect(document.activeElement).toBe(search);

    fireEvent.change(search, { target: { value: 'newsletter retention' } });
    await waitFor(() => {
      const shown = findingTexts();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((t) => t.includes('MK-01 Newsletter') && /retention/i.test(t))).toBe(true);
    });
    expect(findingTexts().length).toBeLessThan(all.length);
    // The counts still describe the whole register.
    expect(screen.getByText(/^All \(/).textContent).toBe(allLabel);

    fireEvent.change(search, { target: { value: 'no such words anywhere' } });
    expect(await screen.findByText('No finding of this kind.')).toBeTruthy();
  });
});
