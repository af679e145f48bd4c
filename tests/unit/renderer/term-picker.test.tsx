// @vitest-environment jsdom
// The category picker's "Create «…»", over the real core: it is offered only for a label the list does
// not have (as the core judges a duplicate: the plain label, trimmed, any case, whatever mark is shown
// beside it), and when the core refuses a new term anyway, the picker says why.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TermPicker } from '../../../src/renderer/src/components/TermPicker';
import { openRegister, renderUi } from './support/render';

const picked: string[][] = [];

function Picker() {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <TermPicker
      list="personal-data"
      label="Categories of personal data"
      value={ids}
      onChange={(next) => {
        picked.push(next);
        setIds(next);
      }}
    />
  );
}

/** The picker's input (its listbox carries the same label). */
const pickerInput = () =>
  screen.getAllByLabelText('Categories of personal data').find((e) => e.tagName === 'INPUT')!;

function typeSearch(text: string) {
  const input = pickerInput();
  // Typed into with the focus there, as a person does (Mantine takes a change elsewhere for autofill).
  input.focus();
  fireEvent.change(input, { target: { value: text } });
}

// jsdom lays nothing out, so once the dropdown is positioned its anchor reads as hidden and the dropdown is
// set to display: none: the options are there, but only a query that includes hidden elements sees them.
const option = (name: string | RegExp) => screen.findByRole('option', { name, hidden: true });
const createOffer = () => screen.queryByRole('option', { name: /^Create «/, hidden: true });

describe('TermPicker', () => {
  it('offers no "Create" for a label the list has, marked Art 9 or typed in another case', async () => {
    const bridge = await openRegister();
    const health = bridge.register.terms.list('personal-data').find((t) => t.label === 'Health data');
    expect(health?.special).toBe('art9');
    renderUi(<Picker />);

    for (const typed of ['Health data', '  health DATA ']) {
      typeSearch(typed);
      await option('Health data (Art 9)');
      expect(createOffer()).toBeNull();
    }

    typeSearch('Health data of relatives');
    expect((await option('Create «Health data of relatives»')).textContent).toBe(
      'Create «Health data of relatives»',
    );
  });

  it('creates a new term through the core and picks it', async () => {
    const bridge = await openRegister();
    picked.length = 0;
    renderUi(<Picker />);
    typeSearch('Loyalty card number');
    fireEvent.click(await option('Create «Loyalty card number»'));
    await waitFor(() => expect(picked).toHaveLength(1));
    const term = bridge.register.terms.list('personal-data').find((t) => t.label === 'Loyalty card number');
    expect(picked[0]).toEqual([term!.id]);
  });

  it("shows the core's refusal when the term was added meanwhile, and then offers the one that is there", async () => {
    const bridge = await openRegister();
    picked.length = 0;
    renderUi(<Picker />);
    // Another window adds the term after this one read the list.
    bridge.register.terms.save({
      list: 'personal-data',
      label: 'Loyalty card number',
      description: '',
      special: null,
      dpvIri: null,
      seedKey: null,
    });

    typeSearch('Loyalty card number');
    fireEvent.click(await option('Create «Loyalty card number»'));
    await screen.findByText('The personal data list already has a term "Loyalty card number".', {
      exact: false,
    });
    expect(picked).toEqual([]);
    expect(pickerInput().getAttribute('aria-invalid')).toBe('true');
    // Still there after leaving the field, which empties what was typed.
    fireEvent.blur(pickerInput());
    expect(screen.getByText(/already has a term "Loyalty card number"/)).toBeTruthy();

    // The list was read again: the term is there to pick, not to create.
    typeSearch('loyalty card number');
    await option('Loyalty card number');
    expect(createOffer()).toBeNull();
  });
});
