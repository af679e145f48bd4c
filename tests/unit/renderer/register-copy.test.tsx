// @vitest-environment jsdom
// Copying activities from another register in the import screen, over real register files on both sides:
// the other register's activities are listed, choosing some shows what the copy would bring (nothing written
// yet), and the copy writes exactly those, as drafts.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportScreen } from '../../../src/renderer/src/features/exchange/ImportScreen';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { openRegister, renderUi, typeInto } from './support/render';

function otherRegister(): string {
  const { register } = createFullRegister(tempDir(), 'client-a.ropa');
  const file = register.file;
  register.close();
  return file;
}

describe('copying activities from another register', () => {
  it('lists its activities, shows what the chosen ones would bring, and copies only those', async () => {
    const source = otherRegister();
    const bridge = await openRegister();
    bridge.answerImportDialog(source);
    renderUi(<ImportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));

    const copy = await screen.findByTestId('register-copy');
    expect(await within(copy).findByText('Activities of Acme Widgets Ltd')).toBeTruthy();
    expect(
      within(copy)
        .getAllByTestId('copy-activity-row')
        .map((r) => r.textContent),
    ).toEqual(['HR-01Payrollcontrolleractive', 'SV-01Hosting for clientsprocessordraft']);
    expect(screen.queryByTestId('dry-run')).toBeNull();

    // The search narrows the list; "every activity shown" then chooses only what is shown.
    typeInto(within(copy).getByLabelText('Find an activity to copy'), 'payroll');
    expect(within(copy).getAllByTestId('copy-activity-row')).toHaveLength(1);
    fireEvent.click(within(copy).getByLabelText('Choose every activity shown'));
    expect(within(copy).getByTestId('copy-chosen').textContent).toBe('1 activity chosen of 2');

    const dryRun = await screen.findByTestId('dry-run');
    expect(dryRun.textContent).toContain('The copy would bring in 1 activity, 1 party, 1 transfer');
    expect(dryRun.textContent).toContain('Copies arrive as drafts.');
    expect(bridge.register.activities.list()).toEqual([]);

    fireEvent.click(within(dryRun).getByRole('button', { name: 'Copy 1 activity' }));
    expect((await screen.findByTestId('import-done')).textContent).toContain('Imported 1 activity, 1 party');
    const [payroll, ...others] = bridge.register.activities.list();
    expect(others).toEqual([]);
    expect(payroll).toMatchObject({ reference: 'HR-01', name: 'Payroll', status: 'draft' });
  });

  it('says why a file cannot be copied from', async () => {
    const bridge = await openRegister();
    bridge.answerImportDialog(bridge.register.file);
    renderUi(<ImportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'is the register open here; choose another register to copy from',
      ),
    );
  });

  it('offers the registers opened recently, other than this one and those no longer there', async () => {
    const source = otherRegister();
    const bridge = await openRegister();
    const recent = (file: string, organisation: string, flags: { current?: boolean; missing?: boolean }) => ({
      file,
      organisation,
      openedAt: '2026-11-20T10:00:00.000Z',
      missing: flags.missing ?? false,
      current: flags.current ?? false,
    });
    bridge.setRecent([
      recent(bridge.register.file, 'Acme Widgets Ltd', { current: true }),
      recent(source, 'Acme Widgets Ltd', {}),
      recent('/gone/old-client.ropa', 'Old Client Ltd', { missing: true }),
    ]);
    renderUi(<ImportScreen />);
    const choices = await screen.findByTestId('recent-register-choices');
    const buttons = within(choices).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Acme Widgets Ltd · client-a.ropa']);
    fireEvent.click(buttons[0]!);
    expect(await screen.findByText('Activities of Acme Widgets Ltd')).toBeTruthy();
    expect(screen.getByTestId('import-source').textContent).toBe(source);
    expect(screen.queryByTestId('recent-register-choices')).toBeNull();
  });
});
