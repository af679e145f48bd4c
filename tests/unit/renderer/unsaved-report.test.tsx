// @vitest-environment jsdom
// The shell asks before closing the window or opening another register only if it knows the window holds
// unsaved edits: each start and end of unsaved edits reaches it (app:setUnsavedChanges), and nothing else.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { reportUnsavedChanges } from '../../../src/renderer/src/stores/unsaved-report';
import { PartyFields } from '../../../src/shared/domain';
import { field, openRegister, renderUi, typeInto } from './support/render';

let stop: () => void = () => undefined;
afterEach(() => stop());

describe('unsaved edits reported to the shell', () => {
  it('reports the first edit once, and the save that ends them', async () => {
    let partyId = '';
    const bridge = await openRegister(({ register }) => {
      partyId = register.parties.save(PartyFields.parse({ name: 'Twilio', roles: ['processor'] })).id;
    });
    stop = reportUnsavedChanges();
    useRegister.setState({ selectedPartyId: partyId });
    renderUi(<PartiesScreen />);
    await screen.findByDisplayValue('Twilio');
    expect(bridge.unsavedReports).toEqual([]);

    typeInto(field(/^Name/), 'Twilio Ireland');
    typeInto(field(/^Name/), 'Twilio Ireland Ltd');
    await waitFor(() => expect(bridge.unsavedReports).toEqual([true]));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.register.parties.get(partyId).name).toBe('Twilio Ireland Ltd'));
    await waitFor(() => expect(bridge.unsavedReports).toEqual([true, false]));
  });

  it('reports edits left behind by moving elsewhere in the app as ended', async () => {
    let partyId = '';
    const bridge = await openRegister(({ register }) => {
      partyId = register.parties.save(PartyFields.parse({ name: 'Stripe', roles: ['processor'] })).id;
    });
    stop = reportUnsavedChanges();
    useRegister.setState({ selectedPartyId: partyId, section: 'parties' });
    renderUi(<PartiesScreen />);
    typeInto(await screen.findByLabelText(/^Name/), 'Stripe Payments Europe');
    await waitFor(() => expect(bridge.unsavedReports).toEqual([true]));
    // The in-app question, answered "leave": the edits are dropped, and the shell hears so.
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      useRegister.getState().go('overview');
    } finally {
      window.confirm = confirm;
    }
    await waitFor(() => expect(bridge.unsavedReports).toEqual([true, false]));
    expect(bridge.register.parties.get(partyId).name).toBe('Stripe');
  });
});
