// @vitest-environment jsdom
// "Undo last save" (and Ctrl/Cmd+Z outside a text field) in the form editors, over the real core: the
// record and the form go back to what they were before the last save; a second undo puts the save back;
// a record with nothing to go back to says so; unsaved edits are not undone by it.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ListsScreen } from '../../../src/renderer/src/features/lists/ListsScreen';
import { OrganisationScreen } from '../../../src/renderer/src/features/organisation/OrganisationScreen';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields } from '../../../src/shared/domain';
import { field, openRegister, renderUi, typeInto } from './support/render';

const ctrlZ = () => fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

describe('undo of the last save in the form editors', () => {
  it('puts a party back, by button and by Ctrl+Z, and leaves unsaved edits alone', async () => {
    let partyId = '';
    const bridge = await openRegister(({ register }) => {
      partyId = register.parties.save(PartyFields.parse({ name: 'Twilio', roles: ['processor'] })).id;
      register.parties.save({ ...register.parties.get(partyId), name: 'Twilio Ireland Ltd' });
      register.parties.save(PartyFields.parse({ name: 'Stripe', roles: ['processor'] }));
    });
    useRegister.setState({ selectedPartyId: partyId });
    renderUi(<PartiesScreen />);
    expect((await screen.findByLabelText(/^Name/)) as HTMLInputElement).toHaveProperty(
      'value',
      'Twilio Ireland Ltd',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Undo last save' }));
    await waitFor(() => expect(bridge.register.parties.get(partyId).name).toBe('Twilio'));
    await waitFor(() => expect(field(/^Name/).value).toBe('Twilio'));
    expect(screen.getByText('Saved ✓')).toBeTruthy();

    ctrlZ();
    await waitFor(() => expect(bridge.register.parties.get(partyId).name).toBe('Twilio Ireland Ltd'));
    await waitFor(() => expect(field(/^Name/).value).toBe('Twilio Ireland Ltd'));

    // An unsaved edit is undone in its field, not by going back a whole save.
    typeInto(field(/^Name/), 'Twilio (typing)');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    expect(screen.getByRole('button', { name: 'Undo last save' })).toHaveProperty('disabled', true);
    ctrlZ();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.register.parties.get(partyId).name).toBe('Twilio Ireland Ltd');
    expect(bridge.calls.filter((c) => c.channel === 'parties:undo')).toHaveLength(2);
  });

  it('says why a party only ever created has nothing to go back to', async () => {
    let stripe = '';
    await openRegister(({ register }) => {
      stripe = register.parties.save(PartyFields.parse({ name: 'Stripe', roles: ['processor'] })).id;
    });
    useRegister.setState({ selectedPartyId: stripe });
    renderUi(<PartiesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo last save' }));
    expect(
      await screen.findByText(
        'There is no earlier version of this party to go back to: its last change created it.',
      ),
    ).toBeTruthy();
  });

  it('puts the organisation back with Ctrl+Z', async () => {
    const bridge = await openRegister();
    renderUi(<OrganisationScreen />);
    typeInto(await screen.findByLabelText(/^Legal name/), 'Acme Widgets Limited');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.register.organisation.get().legalName).toBe('Acme Widgets Limited'));
    await waitFor(() => expect(screen.getByText('Saved ✓')).toBeTruthy());
    ctrlZ();
    await waitFor(() => expect(bridge.register.organisation.get().legalName).toBe('Acme Widgets Ltd'));
    await waitFor(() => expect(field(/^Legal name/).value).toBe('Acme Widgets Ltd'));
  });

  it('puts a renamed term back', async () => {
    const bridge = await openRegister();
    renderUi(<ListsScreen />);
    fireEvent.click((await screen.findAllByTestId('term-row'))[0]!);
    const label = (await screen.findByLabelText(/^Label/)) as HTMLInputElement;
    const original = label.value;
    typeInto(label, `${original} (renamed)`);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.terms.list().some((t) => t.label === `${original} (renamed)`)).toBe(true),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Undo last save' }));
    await waitFor(() => expect(bridge.register.terms.list().some((t) => t.label === original)).toBe(true));
    await waitFor(() => expect(field(/^Label/).value).toBe(original));
  });
});
