// @vitest-environment jsdom
// Actions that can fail for reasons outside the window say so where they were taken, over the real core:
// deleting an activity or a transfer another window has already deleted, and adding a party from the
// vendor catalog while another program holds the register's write lock. Deleting a transfer from the
// activity editor asks first, as every delete does.
import './support/dom-shims';
import Database from 'better-sqlite3';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { CatalogPicker } from '../../../src/renderer/src/features/parties/CatalogPicker';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { TransferFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

afterEach(() => vi.restoreAllMocks());

/** HR-01 Payroll with a transfer to the United States of America, open in the activity editor. */
async function payrollWithTransfer() {
  let activityId = '';
  let transferId = '';
  const bridge = await openRegister(({ register }) => {
    activityId = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' }).id;
    transferId = register.transfers.save(TransferFields.parse({ activityId, country: 'US' })).id;
  });
  useRegister.setState({ selectedActivityId: activityId });
  renderUi(<ActivitiesScreen />);
  // Section ⑤ follows the editor's first frame (see useLaterSections): on a busy machine, well after it.
  await screen.findByTestId('transfer-row', undefined, { timeout: 10_000 });
  return { register: bridge.register, activityId, transferId };
}

describe('a failed action', () => {
  it('deleting an activity already deleted elsewhere: the editor says so', async () => {
    const { register, activityId } = await payrollWithTransfer();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    register.activities.delete(activityId); // another window

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const alert = await within(screen.getByTestId('activity-editor')).findByRole('alert');
    expect(alert.textContent).toBe(
      'HR-01 Payroll is no longer in this register: it may have been deleted in another window.',
    );
  });

  it('deleting a transfer from the activity editor asks first, then deletes it', async () => {
    const { register, activityId } = await payrollWithTransfer();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const remove = screen.getByRole('button', { name: 'Remove transfer to United States of America' });

    fireEvent.click(remove);
    expect(confirm).toHaveBeenCalledWith('Delete the transfer to United States of America?');
    expect(register.transfers.list(activityId)).toHaveLength(1);

    confirm.mockReturnValue(true);
    fireEvent.click(remove);
    await waitFor(() => expect(screen.queryByTestId('transfer-row')).toBeNull());
    expect(register.transfers.list(activityId)).toEqual([]);
  });

  it('deleting a transfer already deleted elsewhere: says so, and the row leaves', async () => {
    const { register, transferId } = await payrollWithTransfer();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    register.transfers.delete(transferId); // another window

    fireEvent.click(screen.getByRole('button', { name: 'Remove transfer to United States of America' }));
    await waitFor(() => expect(screen.queryByTestId('transfer-row')).toBeNull());
    expect(screen.getByRole('alert').textContent).toBe(
      'The transfer to United States of America is no longer in this register: it may have been deleted in another window.',
    );
  });

  it('adding a party from the catalog while the register is locked: the dialog says so, nothing is added', async () => {
    const { register } = await openRegister();
    const added = vi.fn();
    renderUi(<CatalogPicker opened onClose={() => undefined} onAdded={added} />);
    fireEvent.click(screen.getAllByLabelText('Vendor').find((e) => e.tagName === 'INPUT')!);
    fireEvent.click(await screen.findByRole('option', { name: /^Amazon Web Services —/ }));
    await screen.findByTestId('catalog-facts');

    // Another program writing to the register: the core waits its busy timeout (5 s), then gives up.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const other = new Database(register.file);
    other.exec('BEGIN IMMEDIATE');
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Add party' }));
      const alert = await screen.findByRole('alert', undefined, { timeout: 15_000 });
      expect(alert.textContent).toBe(
        'Something went wrong inside Ropa; nothing was changed. The details are in the log.',
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'database is locked' }));
    expect(added).not.toHaveBeenCalled();
    expect(register.parties.list()).toEqual([]);

    // Once the lock is gone, the same click adds it.
    fireEvent.click(screen.getByRole('button', { name: 'Add party' }));
    await waitFor(() => expect(added).toHaveBeenCalledTimes(1));
    expect(register.parties.list().map((p) => p.catalogId)).toEqual(['aws']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
