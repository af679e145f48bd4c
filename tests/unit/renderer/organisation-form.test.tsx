// @vitest-environment jsdom
// The organisation form (react-hook-form over the domain schema): messages at the field, nothing sent while
// a field is wrong, a save that reaches the register file, and leaving with unsaved edits asking first.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OrganisationScreen } from '../../../src/renderer/src/features/organisation/OrganisationScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { field, openRegister, renderUi, typeInto } from './support/render';

describe('the organisation form', () => {
  it('says at the field what is wrong with it, and sends nothing until it is right', async () => {
    const bridge = await openRegister();
    renderUi(<OrganisationScreen />);
    typeInto(field('Contact e-mail'), 'privacy at acme');
    expect(await screen.findByText('must be an e-mail address')).toBeTruthy();
    typeInto(field(/Legal name/), '   ');
    expect(await screen.findByText('the legal name is required')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(field('Contact e-mail').getAttribute('aria-invalid')).toBe('true'));
    expect(bridge.calls.map((c) => c.channel)).not.toContain('organisation:update');
    expect(bridge.register.organisation.get().contactEmail).toBe('privacy@acme.example');
  });

  it('checks a representative’s e-mail with the domain’s own contact schema', async () => {
    await openRegister();
    renderUi(<OrganisationScreen />);
    const euEmail = screen.getAllByLabelText('E-mail')[1] as HTMLInputElement;
    typeInto(euEmail, 'rep@');
    expect(await screen.findByText('must be an e-mail address')).toBeTruthy();
  });

  it('saves the corrected fields to the register and is clean again', async () => {
    const bridge = await openRegister();
    renderUi(<OrganisationScreen />);
    typeInto(field(/Legal name/), 'Acme Widgets Limited');
    typeInto(field('Contact e-mail'), 'dpo@acme.example');
    typeInto(screen.getAllByLabelText('Name')[0] as HTMLElement, 'Dana Protector');
    expect(useRegister.getState().dirty).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved ✓'));
    const saved = bridge.register.organisation.get();
    expect(saved.legalName).toBe('Acme Widgets Limited');
    expect(saved.contactEmail).toBe('dpo@acme.example');
    // The DPO block was filled in; the representatives' blocks were left empty and stay "none".
    expect(saved.dpo).toMatchObject({ name: 'Dana Protector', kind: 'internal' });
    expect(saved.euRepresentative).toBeNull();
    expect(useRegister.getState().dirty).toBe(false);
  });

  it('asks before leaving with unsaved edits, and stays when the answer is no', async () => {
    await openRegister();
    useRegister.setState({ section: 'organisation' });
    renderUi(<OrganisationScreen />);
    typeInto(field('Trading name'), 'Acme');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    useRegister.getState().go('activities');
    expect(confirm).toHaveBeenCalledOnce();
    expect(useRegister.getState().section).toBe('organisation');

    confirm.mockReturnValue(true);
    useRegister.getState().go('activities');
    expect(useRegister.getState().section).toBe('activities');
    confirm.mockRestore();
  });
});
