// @vitest-environment jsdom
// The party editor (react-hook-form over the domain's PartyFields): messages at the field, nothing sent
// while one is wrong, and a save that reaches the register with the contact Art 30(2)(a) asks for.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { PartyFields } from '../../../src/shared/domain';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { field, openRegister, renderUi, typeInto } from './support/render';

describe('the party editor', () => {
  it('refuses a party without a name or with a malformed e-mail, at the field, sending nothing', async () => {
    const bridge = await openRegister();
    renderUi(<PartiesScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+ Party' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('a party needs a name')).toBeTruthy();
    typeInto(field('Contact e-mail'), 'nobody@');
    expect(await screen.findByText('must be an e-mail address')).toBeTruthy();
    expect(bridge.calls.some((c) => c.channel === 'parties:save')).toBe(false);
  });

  it('saves a client controller with its contact and DPA date, and is clean again', async () => {
    const bridge = await openRegister();
    renderUi(<PartiesScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+ Party' }));
    typeInto(await screen.findByLabelText(/^Name/), 'Client Co Ltd');
    typeInto(field('Address'), '5 Client Road, Leeds');
    typeInto(field('Contact e-mail'), 'privacy@client.example');
    typeInto(field('DPA signed on'), '2026-03-01');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(bridge.register.parties.list()).toHaveLength(1));
    expect(bridge.register.parties.list()[0]).toMatchObject({
      name: 'Client Co Ltd',
      address: '5 Client Road, Leeds',
      contact: { email: 'privacy@client.example', name: '' },
      dpaSignedOn: '2026-03-01',
      representative: null,
    });
    await waitFor(() => expect(useRegister.getState().dirty).toBe(false));
    expect(screen.getByText('Saved ✓')).toBeTruthy();
  });

  it('says where a party is named, and opens that activity', async () => {
    let activityId = '';
    let partyId = '';
    await openRegister(({ register }) => {
      partyId = register.parties.save(PartyFields.parse({ name: 'Twilio Ireland', roles: ['processor'] })).id;
      register.parties.save(PartyFields.parse({ name: 'Unused Co', roles: ['recipient'] }));
      activityId = register.activities.save({
        ...blankActivity('controller', 'MK-01'),
        name: 'SMS reminders',
        parties: [{ partyId, relation: 'processor', description: '' }],
      }).id;
    });
    renderUi(<PartiesScreen />);
    useRegister.getState().selectParty(partyId);
    const usage = await screen.findByTestId('party-usage');
    await waitFor(() => expect(usage.textContent).toContain('Named in 1 activity'));
    expect(usage.textContent).toContain('MK-01 SMS reminders — Processor (controller activity)');
    fireEvent.click(screen.getByRole('button', { name: 'MK-01 SMS reminders' }));
    expect(useRegister.getState().section).toBe('activities');
    expect(useRegister.getState().selectedActivityId).toBe(activityId);
  });

  it('names the first 50 activities of a party used widely, and counts the rest', async () => {
    let partyId = '';
    await openRegister(({ register }) => {
      partyId = register.parties.save(PartyFields.parse({ name: 'AWS', roles: ['processor'] })).id;
      register.transaction(() => {
        for (let i = 1; i <= 55; i++)
          register.activities.save({
            ...blankActivity('controller', `A-${String(i).padStart(2, '0')}`),
            name: `Activity ${i}`,
            parties: [{ partyId, relation: 'processor', description: '' }],
          });
      });
    });
    renderUi(<PartiesScreen />);
    useRegister.getState().selectParty(partyId);
    const usage = await screen.findByTestId('party-usage');
    await waitFor(() => expect(usage.textContent).toContain('Named in 55 activities'));
    expect(usage.querySelectorAll('button')).toHaveLength(50);
    expect(usage.textContent).toMatch(/and 5 more$/);
  });
});
