// @vitest-environment jsdom
// The Lists screen over a real register: a term renamed reaches the register (and a clash is said in
// words), a term in use is not deleted and the editor says which activities use it, and a duplicate merged
// into the term kept leaves every activity pointing at the kept one.
import './support/dom-shims';
import { TermFields } from '../../../src/shared/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ListsScreen } from '../../../src/renderer/src/features/lists/ListsScreen';
import { CommandPalette } from '../../../src/renderer/src/features/palette/CommandPalette';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import type { Register } from '../../../src/core/store/register';
import { field, openRegister, renderUi, typeInto } from './support/render';

afterEach(() => vi.restoreAllMocks());

const termId = (register: Register, label: string) =>
  register.terms.list('personal-data').find((t) => t.label === label)!.id;

/** A register whose personal data list has the duplicates an import leaves: "Email" and "E-mail address". */
async function registerWithDuplicates() {
  let payrollId = '';
  let newsletterId = '';
  const bridge = await openRegister(({ register }) => {
    const add = (label: string) => register.terms.save(TermFields.parse({ list: 'personal-data', label })).id;
    const email = add('Email');
    const eMail = add('E-mail address');
    payrollId = register.activities.save({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
      personalDataIds: [email, termId(register, 'Financial data')],
    }).id;
    newsletterId = register.activities.save({
      ...blankActivity('controller', 'MK-02'),
      name: 'Newsletter',
      personalDataIds: [eMail],
      retention: [{ personalDataTermId: email, period: 2, unit: 'years', fromEvent: '', rule: '' }],
    }).id;
  });
  renderUi(<ListsScreen />);
  return { bridge, payrollId, newsletterId };
}

/** The table row of a term, once the table shows it. */
const row = (label: string) =>
  waitFor(() => {
    const found = screen.getAllByTestId('term-row').find((r) => r.firstElementChild?.textContent === label);
    if (!found) throw new Error(`no row "${label}" yet`);
    return found;
  });

describe('the Lists screen', () => {
  it('shows the personal data list with marks and use, and renames a term', async () => {
    const { bridge } = await registerWithDuplicates();
    const health = await row('Health data');
    expect(health.textContent).toBe('Health dataArt 90');
    expect((await row('Email')).textContent).toBe('Email2');

    fireEvent.keyDown(await row('Contact details'), { key: 'Enter' });
    const editor = await screen.findByTestId('term-editor');
    expect(field(/^Label/).value).toBe('Contact details');
    typeInto(field(/^Label/), 'Health data');
    await waitFor(() => expect(useRegister.getState().dirty).toBe(true));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(await within(editor).findByRole('alert')).toHaveProperty(
      'textContent',
      'The personal data list already has a term "Health data".',
    );

    typeInto(field(/^Label/), 'Contact information');
    typeInto(field('Description'), 'Postal address and phone number');
    fireEvent.click(within(editor).getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(useRegister.getState().dirty).toBe(false));
    expect(bridge.register.terms.get(termId(bridge.register, 'Contact information'))).toMatchObject({
      description: 'Postal address and phone number',
      seedKey: expect.any(String),
    });
    expect(await row('Contact information')).toBeTruthy();
    expect(useRegister.getState().terms.some((t) => t.label === 'Contact information')).toBe(true);
  });

  it('marks a new term as Art 9 special category data', async () => {
    const { bridge } = await registerWithDuplicates();
    fireEvent.click(screen.getByRole('button', { name: '+ Term' }));
    typeInto(await screen.findByLabelText(/^Label/), 'Sickness absence');
    fireEvent.click(screen.getByLabelText('Special category (Art 9)'));
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect((await row('Sickness absence')).textContent).toBe('Sickness absenceArt 90');
    expect(bridge.register.terms.get(termId(bridge.register, 'Sickness absence')).special).toBe('art9');
  });

  it('refuses to delete a term in use, naming the activities, and deletes an unused one once confirmed', async () => {
    const { bridge } = await registerWithDuplicates();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(await row('Email'));
    const editor = await screen.findByTestId('term-editor');
    await waitFor(() =>
      expect(within(editor).getByTestId('term-users').textContent).toBe(
        'Used by 2 activities: HR-01 Payroll, MK-02 Newsletter',
      ),
    );
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete' }));
    expect(within(editor).getByRole('alert').textContent).toBe(
      '"Email" is used by HR-01, MK-02. Remove it from those activities, or merge it into another term, before deleting it.',
    );
    expect(confirm).not.toHaveBeenCalled();
    expect(bridge.calls.some((c) => c.channel === 'terms:delete')).toBe(false);

    fireEvent.click(await row('Genetic data'));
    await waitFor(() =>
      expect(screen.getByTestId('term-users').textContent).toBe('Not used by any activity'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenCalledWith('Delete "Genetic data" from Personal data?');
    await screen.findByText(/Select a term/);
    expect(bridge.register.terms.list('personal-data').some((t) => t.label === 'Genetic data')).toBe(false);
  });

  it('merges a duplicate into the term kept, everywhere, and opens the kept term', async () => {
    const { bridge, payrollId, newsletterId } = await registerWithDuplicates();
    const register = bridge.register;
    const eMail = termId(register, 'E-mail address');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(await row('Email'));
    await screen.findByTestId('term-users');
    fireEvent.click(screen.getByLabelText('Merge into…'));
    fireEvent.click(await screen.findByRole('option', { name: 'E-mail address' }));
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));

    expect(confirm).toHaveBeenCalledWith(
      'Merge "Email" into "E-mail address"?\n\n2 activities using "Email" will use "E-mail address" instead, and "Email" will be deleted.',
    );
    expect(await screen.findByTestId('lists-notice')).toHaveProperty(
      'textContent',
      'Merged "Email" into "E-mail address": 2 activities now use it.',
    );
    await waitFor(() => expect(field(/^Label/).value).toBe('E-mail address'));
    expect((await row('E-mail address')).getAttribute('aria-selected')).toBe('true');
    await waitFor(async () => expect((await row('E-mail address')).textContent).toBe('E-mail address2'));
    expect(register.terms.list('personal-data').some((t) => t.label === 'Email')).toBe(false);
    expect(register.activities.get(payrollId).personalDataIds).toEqual([
      eMail,
      termId(register, 'Financial data'),
    ]);
    const newsletter = register.activities.get(newsletterId);
    expect(newsletter.personalDataIds).toEqual([eMail]);
    expect(newsletter.retention[0]?.personalDataTermId).toBe(eMail);
  });

  it('is reached from the command palette', async () => {
    await openRegister();
    renderUi(<CommandPalette />);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    typeInto(await screen.findByLabelText('Command palette'), 'lists');
    fireEvent.keyDown(screen.getByLabelText('Command palette'), { key: 'Enter' });
    expect(useRegister.getState().section).toBe('lists');
  });
});

describe('a term used by many activities', () => {
  it('names the first 50 and counts the rest', async () => {
    await openRegister(({ register }) => {
      const term = register.terms.list('personal-data')[0]!;
      register.transaction(() => {
        for (let i = 1; i <= 60; i++)
          register.activities.save({
            ...blankActivity('controller', `A-${String(i).padStart(2, '0')}`),
            name: `Activity ${i}`,
            personalDataIds: [term.id],
          });
      });
      useRegister.setState({ termToOpen: term.id });
    });
    renderUi(<ListsScreen />);
    const users = await screen.findByTestId('term-users');
    await waitFor(() => expect(users.textContent).toMatch(/^Used by 60 activities: /));
    expect(users.querySelectorAll('button')).toHaveLength(50);
    expect(users.textContent).toMatch(/ and 10 more$/);
  });
});
