// @vitest-environment jsdom
// The party editor (react-hook-form over the domain's PartyFields): messages at the field, nothing sent
// while one is wrong, and a save that reaches the register with the contact Art 30(2)(a) asks for.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { runChecks } from '../../../src/core/rules';
import { localToday } from '../../../src/shared/dates';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
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
    typeInto(field(/^International organisation/), 'World Health Organization');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(bridge.register.parties.list()).toHaveLength(1));
    expect(bridge.register.parties.list()[0]).toMatchObject({
      name: 'Client Co Ltd',
      address: '5 Client Road, Leeds',
      contact: { email: 'privacy@client.example', name: '' },
      dpaSignedOn: '2026-03-01',
      internationalOrganisation: 'World Health Organization',
      representative: null,
    });
    await waitFor(() => expect(useRegister.getState().dirty).toBe(false));
    expect(screen.getByText('Saved ✓')).toBeTruthy();
    // Saved and unchanged, Save waits for a change (a new party's was offered before anything was typed).
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    typeInto(field('Address'), '6 Client Road, Leeds');
    await waitFor(() => expect(save.disabled).toBe(false));
  });

  it("records a client controller's Art 27 representative and DPO (Art 30(2)(a))", async () => {
    let clientId = '';
    const bridge = await openRegister(({ register }) => {
      clientId = register.parties.save(
        PartyFields.parse({ name: 'Client Inc', roles: ['client-controller'], country: 'US' }),
      ).id;
      register.parties.save(PartyFields.parse({ name: 'Hosting Co', roles: ['processor'] }));
    });
    renderUi(<PartiesScreen />);
    const hosting = bridge.register.parties.list().find((p) => p.name === 'Hosting Co')!;
    // A processor has no such blocks to fill; a client controller has.
    useRegister.getState().selectParty(hosting.id);
    await screen.findByDisplayValue('Hosting Co');
    expect(screen.queryByRole('group', { name: 'Representative (Art 27)' })).toBeNull();
    useRegister.getState().selectParty(clientId);
    const representative = await screen.findByRole('group', { name: 'Representative (Art 27)' });
    const dpo = screen.getByRole('group', { name: 'Data protection officer' });
    typeInto(within(representative).getByLabelText('Company'), 'EU Rep Ltd');
    typeInto(within(representative).getByLabelText('E-mail'), 'rep@eurep.example');
    typeInto(within(dpo).getByLabelText('E-mail'), 'not-an-email');
    expect(await within(dpo).findByText('must be an e-mail address')).toBeTruthy();
    typeInto(within(dpo).getByLabelText('E-mail'), 'dpo@client.example');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.parties.get(clientId)).toMatchObject({
        representative: { company: 'EU Rep Ltd', email: 'rep@eurep.example', name: '' },
        dpoContact: { email: 'dpo@client.example' },
        contact: null,
      }),
    );
  });

  it('records a DPF certification checked today, which the transfer check then accepts', async () => {
    let importerId = '';
    const bridge = await openRegister(({ register }) => {
      importerId = register.parties.save(
        PartyFields.parse({ name: 'Analytics Inc', roles: ['processor'], country: 'US' }),
      ).id;
      const activity = register.activities.save({
        ...blankActivity('controller', 'MK-01'),
        name: 'Website analytics',
        parties: [{ partyId: importerId, relation: 'processor', description: '' }],
      });
      register.transfers.save(
        TransferFields.parse({
          activityId: activity.id,
          partyId: importerId,
          country: 'US',
          mechanism: 'uk-adequacy-dpf-ukext',
        }),
      );
    });
    const dpfFindings = () => runChecks(bridge.register).filter((f) => f.ruleId.startsWith('transfer.dpf-'));
    expect(dpfFindings().map((f) => f.ruleId)).toEqual(['transfer.dpf-not-certified']);

    renderUi(<PartiesScreen />);
    useRegister.getState().selectParty(importerId);
    const certifications = await screen.findByTestId('certifications');
    expect(within(certifications).getByText(/None recorded/)).toBeTruthy();
    fireEvent.click(within(certifications).getByRole('button', { name: '+ Certification' }));
    // The UK regime's DPF is the UK Extension: the scheme is changed from the EU-US default.
    fireEvent.click(within(certifications).getByLabelText('Scheme'));
    fireEvent.click(await screen.findByRole('option', { name: 'UK Extension to the EU-US DPF' }));
    typeInto(within(certifications).getByLabelText('Reference'), 'DPF list: Analytics Inc');
    expect(within(certifications).getByText(/^Never checked: check that the UK Extension/)).toBeTruthy();
    typeInto(within(certifications).getByLabelText('Last checked'), '2020-01-31');
    expect(within(certifications).getByText(/^Last checked more than 12 months ago/)).toBeTruthy();
    fireEvent.click(
      within(certifications).getByRole('button', { name: 'UK Extension to the EU-US DPF: checked today' }),
    );
    expect((within(certifications).getByLabelText('Last checked') as HTMLInputElement).value).toBe(
      localToday(),
    );
    expect(within(certifications).queryByText(/checked/i, { selector: 'p' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.parties.get(importerId).certifications).toEqual([
        { scheme: 'uk-extension-dpf', reference: 'DPF list: Analytics Inc', lastCheckedOn: localToday() },
      ]),
    );
    expect(dpfFindings()).toEqual([]);

    // Removed again, the check speaks up again.
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove the UK Extension to the EU-US DPF certification' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bridge.register.parties.get(importerId).certifications).toEqual([]));
    expect(dpfFindings().map((f) => f.ruleId)).toEqual(['transfer.dpf-not-certified']);
  });

  it('offers the certifications the vendor catalog knows of, unrecorded until the DPO adds them', async () => {
    let awsId = '';
    const bridge = await openRegister(({ register }) => {
      awsId = register.parties.save(PartyFields.parse({ name: 'AWS', catalogId: 'aws', country: 'US' })).id;
    });
    renderUi(<PartiesScreen />);
    useRegister.getState().selectParty(awsId);
    const certifications = await screen.findByTestId('certifications');
    const offered = await within(certifications).findByTestId('catalog-certification');
    expect(offered.textContent).toContain(
      'The vendor catalog lists EU-US Data Privacy Framework for Amazon Web Services (not checked): check it, then add it.',
    );
    fireEvent.click(within(certifications).getByRole('button', { name: 'Add EU-US Data Privacy Framework' }));
    expect(within(certifications).queryByTestId('catalog-certification')).toBeNull();
    expect(
      within(certifications).getByText(/^Never checked: check that the EU-US Data Privacy Framework/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.parties.get(awsId).certifications).toEqual([
        { scheme: 'eu-us-dpf', reference: '', lastCheckedOn: null },
      ]),
    );
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
