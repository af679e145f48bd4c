// @vitest-environment jsdom
// The transfers screen's editor over a real register: a transfer recorded without its TIA gets one (date,
// reference, supplementary measures) and the register holds it, and an undo takes it off again; a transfer with no destination is refused at
// the field and nothing is sent; deleting asks first, then removes it.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { ChecksScreen } from '../../../src/renderer/src/features/checks/ChecksScreen';
import { TransfersScreen } from '../../../src/renderer/src/features/transfers/TransfersScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
import { field, openRegister, renderUi, typeInto } from './support/render';

afterEach(() => vi.restoreAllMocks());

async function seedTransfer() {
  let transferId = '';
  let activityId = '';
  const bridge = await openRegister(({ register }) => {
    const aws = register.parties.save(PartyFields.parse({ name: 'AWS EMEA SARL', roles: ['processor'] }));
    const activity = register.activities.save({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
      parties: [{ partyId: aws.id, relation: 'processor', description: '' }],
    });
    activityId = activity.id;
    transferId = register.transfers.save(
      TransferFields.parse({
        activityId: activity.id,
        partyId: aws.id,
        country: 'US',
        mechanism: 'eu-scc-m2-c2p',
        sccModule: '2',
      }),
    ).id;
  });
  return { bridge, transferId, activityId };
}

async function registerWithTransfer() {
  const { bridge, transferId } = await seedTransfer();
  renderUi(<TransfersScreen />);
  fireEvent.click(within(screen.getByTestId('transfers-table-row')).getByText('missing'));
  const editor = await screen.findByTestId('transfer-editor');
  return { bridge, transferId, editor };
}

describe('the transfer editor', () => {
  it('says when US adequacy does not reach the importer, and opens the importer to record its certification', async () => {
    let partyId = '';
    await openRegister(({ register }) => {
      partyId = register.parties.save(
        PartyFields.parse({ name: 'Track Inc', roles: ['processor'], country: 'US' }),
      ).id;
      const activity = register.activities.save({
        ...blankActivity('controller', 'MK-01'),
        name: 'Analytics',
        parties: [{ partyId, relation: 'processor', description: '' }],
      });
      register.transfers.save(
        TransferFields.parse({
          activityId: activity.id,
          partyId,
          country: 'US',
          mechanism: 'uk-adequacy-dpf-ukext',
        }),
      );
    });
    renderUi(<TransfersScreen />);
    fireEvent.click(screen.getByTestId('transfers-table-row'));
    const hint = await screen.findByTestId('importer-not-certified');
    expect(hint.textContent).toBe(
      'This adequacy covers only importers certified under the UK Extension to the EU-US DPF, and Track Inc has no such certification recorded: check the DPF list and record it there.',
    );
    fireEvent.click(within(hint).getByRole('button', { name: 'Track Inc' }));
    expect(useRegister.getState().section).toBe('parties');
    expect(useRegister.getState().selectedPartyId).toBe(partyId);
  });

  it('says nothing of certification when the importer holds it', async () => {
    await openRegister(({ register }) => {
      const party = register.parties.save(
        PartyFields.parse({
          name: 'Track Inc',
          roles: ['processor'],
          country: 'US',
          certifications: [{ scheme: 'uk-extension-dpf', reference: '', lastCheckedOn: '2026-11-01' }],
        }),
      );
      const activity = register.activities.save({
        ...blankActivity('controller', 'MK-01'),
        name: 'Analytics',
        parties: [{ partyId: party.id, relation: 'processor', description: '' }],
      });
      register.transfers.save(
        TransferFields.parse({
          activityId: activity.id,
          partyId: party.id,
          country: 'US',
          mechanism: 'uk-adequacy-dpf-ukext',
        }),
      );
    });
    renderUi(<TransfersScreen />);
    fireEvent.click(screen.getByTestId('transfers-table-row'));
    await screen.findByTestId('transfer-editor');
    expect(screen.queryByTestId('importer-not-certified')).toBeNull();
  });

  it('records the TIA of a transfer made without one', async () => {
    const { bridge, transferId, editor } = await registerWithTransfer();
    expect(editor.textContent).toContain('Transfer to United States of America');
    expect(editor.textContent).toContain('HR-01 Payroll (controller activity)');
    expect(editor.textContent).toMatch(/needs a transfer impact assessment/);
    typeInto(field('TIA date'), '2026-10-01');
    typeInto(field('TIA reference'), 'TIA-7');
    typeInto(field('Supplementary measures'), 'Encryption at rest with keys held in the UK');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(bridge.register.transfers.get(transferId)).toMatchObject({
        country: 'US',
        mechanism: 'eu-scc-m2-c2p',
        sccModule: '2',
        tiaDate: '2026-10-01',
        tiaReference: 'TIA-7',
        supplementaryMeasures: 'Encryption at rest with keys held in the UK',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('transfers-table-row').textContent).toContain('2026-10-01'),
    );
    expect(within(editor).getByText('Saved ✓')).toBeTruthy();

    // Undo of that save: the transfer is without its TIA again, in the register and on screen.
    fireEvent.click(within(editor).getByRole('button', { name: 'Undo last save' }));
    await waitFor(() =>
      expect(bridge.register.transfers.get(transferId)).toMatchObject({ tiaDate: null, tiaReference: '' }),
    );
    await waitFor(() => expect(field('TIA reference').value).toBe(''));
  });

  it('refuses a transfer with no destination at the field, sending nothing', async () => {
    const { bridge, transferId } = await registerWithTransfer();
    fireEvent.click(screen.getByLabelText('Clear the country'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/a transfer needs a destination country/)).toBeTruthy();
    expect(bridge.calls.some((c) => c.channel === 'transfers:save')).toBe(false);
    expect(bridge.register.transfers.get(transferId).country).toBe('US');
  });

  it('deletes a transfer once the user confirms', async () => {
    const { bridge } = await registerWithTransfer();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(bridge.register.transfers.list()).toEqual([]));
    expect(confirm).toHaveBeenCalledWith('Delete the transfer to United States of America?');
    expect(await screen.findByText(/Select a transfer/)).toBeTruthy();
  });

  it('is where a transfer finding in Checks leads', async () => {
    const { transferId } = await seedTransfer();
    renderUi(<ChecksScreen />);
    const finding = (await screen.findAllByTestId('finding')).find((f) =>
      f.textContent?.includes('no transfer impact assessment'),
    );
    fireEvent.click(finding!);
    expect(useRegister.getState().section).toBe('transfers');
    expect(useRegister.getState().selectedTransferId).toBe(transferId);
  });

  it("opens from the activity editor's Edit… beside the transfer", async () => {
    const { transferId, activityId } = await seedTransfer();
    useRegister.setState({ selectedActivityId: activityId });
    renderUi(<ActivitiesScreen />);
    fireEvent.click(await screen.findByLabelText('Edit the transfer to United States of America'));
    expect(useRegister.getState().section).toBe('transfers');
    expect(useRegister.getState().selectedTransferId).toBe(transferId);
  });

  it('offers the mechanisms that fit a controller sending to its processor, and asks the UK Addendum its module', async () => {
    const { bridge, transferId } = await registerWithTransfer();
    expect(await screen.findByText(/The importer is a processor for this activity/)).toBeTruthy();
    fireEvent.click(field('Transfer mechanism'));
    const options = await screen.findAllByRole('option');
    const offered = options.map((o) => o.textContent);
    expect(offered).toContain('SCC Module 2 — controller to processor');
    expect(offered).not.toContain('SCC Module 1 — controller to controller');
    expect(offered).toContain('SCC Module 2 — controller to processor');
    fireEvent.click(options.find((o) => o.textContent?.startsWith('International Data Transfer Addendum'))!);

    // The module already on record is kept, and can be changed.
    const sccModule = (await screen.findByLabelText('SCC module')) as HTMLInputElement;
    expect(sccModule.value).toBe('Module 2');
    fireEvent.click(sccModule);
    fireEvent.click(await screen.findByRole('option', { name: 'Module 3' }));
    expect(sccModule.value).toBe('Module 3');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.transfers.get(transferId)).toMatchObject({
        mechanism: 'uk-addendum',
        sccModule: '3',
      }),
    );
  });

  it('opens from the keyboard: Enter on a row of the table', async () => {
    const { transferId } = await seedTransfer();
    renderUi(<TransfersScreen />);
    const row = screen.getByTestId('transfers-table-row');
    expect(row.tabIndex).toBe(0);
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(useRegister.getState().selectedTransferId).toBe(transferId);
    expect(await screen.findByTestId('transfer-editor')).toBeTruthy();
  });
});
