// @vitest-environment jsdom
// Restore from History over a real register: a deleted activity comes back with its transfer, the entry
// links to it and the lists show it again; a restore the core refuses shows its reason beside the entry.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { call } from '../../../src/renderer/src/lib/api';
import { HistoryScreen } from '../../../src/renderer/src/features/history/HistoryScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { TransferFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

/** The History entry that says the record was deleted, once History has read it. */
const deletion = (label: string) =>
  waitFor(() => {
    const found = screen
      .getAllByTestId('history-entry')
      .find((e) => e.textContent?.includes(`${label} deleted`));
    if (!found) throw new Error(`no deletion of ${label} listed`);
    return found;
  });

describe('restore from History', () => {
  it('brings a deleted activity back with its transfer, and opens it from the entry', async () => {
    let id = '';
    await openRegister(({ register }) => {
      const payroll = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      register.transfers.save(TransferFields.parse({ activityId: payroll.id, country: 'US' }));
      id = payroll.id;
    });
    renderUi(<HistoryScreen />);
    // Deleted while History shows: the entry appears with its Restore button once the lists are reloaded.
    await screen.findAllByTestId('history-entry');
    await call('activities:delete', { id });
    await useRegister.getState().refresh();
    expect(useRegister.getState().activities).toEqual([]);

    const entry = await deletion('HR-01 Payroll');
    fireEvent.click(within(entry).getByRole('button', { name: 'Restore HR-01 Payroll' }));
    const restored = await within(entry).findByTestId('restored');
    expect(restored.textContent).toBe('Restored with 1 transfer: open HR-01 Payroll');
    await waitFor(() => expect(useRegister.getState().activities.map((a) => a.id)).toEqual([id]));
    expect(useRegister.getState().transfers.map((t) => t.activityId)).toEqual([id]);
    await waitFor(() =>
      expect(
        screen.getAllByTestId('history-entry').some((e) => e.textContent?.includes('HR-01 Payroll created')),
      ).toBe(true),
    );

    fireEvent.click(within(restored).getByRole('button', { name: 'open HR-01 Payroll' }));
    expect(useRegister.getState().section).toBe('activities');
    expect(useRegister.getState().selectedActivityId).toBe(id);
  });

  it('shows why a transfer cannot come back when its activity was deleted since', async () => {
    await openRegister(({ register }) => {
      const payroll = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
      const transfer = register.transfers.save(
        TransferFields.parse({ activityId: payroll.id, country: 'US' }),
      );
      register.transfers.delete(transfer.id);
      register.activities.delete(payroll.id);
    });
    renderUi(<HistoryScreen />);
    const entry = await deletion('transfer to US');
    fireEvent.click(within(entry).getByRole('button', { name: 'Restore transfer to US' }));
    expect((await within(entry).findByTestId('restore-refused')).textContent).toBe(
      'The transfer to US cannot be restored: its activity HR-01 Payroll was deleted since; restore that activity first.',
    );
    expect(within(entry).queryByTestId('restored')).toBeNull();
    expect(useRegister.getState().transfers).toEqual([]);
  });
});
