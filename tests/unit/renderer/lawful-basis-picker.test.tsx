// @vitest-environment jsdom
// The lawful basis picker and the Art 9 / Art 10 condition pickers over the real reference data: each
// option shows its provision and plain-language hint from resources/reference/legal-bases.json, while its
// accessible name stays the basis's name (what a screen reader announces and what the e2e specs select).
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi } from './support/render';

async function openActivity(personalData: string[] = []) {
  let id = '';
  const bridge = await openRegister(({ register }) => {
    const terms = register.terms.list('personal-data');
    const personalDataIds = personalData.map((label) => terms.find((t) => t.label === label)!.id);
    id = register.activities.save({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
      personalDataIds,
    }).id;
  });
  useRegister.setState({ selectedActivityId: id });
  renderUi(<ActivitiesScreen />);
  return { bridge, id };
}

const hintOf = (option: HTMLElement) => within(option).getByTestId('option-hint').textContent;

describe('the lawful basis picker', () => {
  it('shows each basis with its Art 6(1) point and hint, named by the basis alone', async () => {
    await openActivity();
    fireEvent.click(await screen.findByRole('button', { name: '+ Add purpose' }));
    fireEvent.click(screen.getByLabelText('Lawful basis of purpose 1'));

    const consent = await screen.findByRole('option', { name: 'Consent', hidden: true });
    expect(consent.textContent).toContain('Art 6(1)(a)');
    expect(hintOf(consent)).toBe(
      'The person has given clear, specific consent for this purpose and can withdraw it at any time. Rarely right when the service depends on the processing.',
    );
    const contract = screen.getByRole('option', { name: 'Contract', hidden: true });
    expect(contract.textContent).toContain('Art 6(1)(b)');
    expect(hintOf(contract)).toMatch(/^Needed to perform a contract with the person/);
    expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(6);
  });

  it('finds a basis by its provision as well as its name, and picking 6(1)(f) asks for the interest', async () => {
    const { bridge, id } = await openActivity();
    fireEvent.click(await screen.findByRole('button', { name: '+ Add purpose' }));
    fireEvent.change(screen.getByLabelText('Purpose 1'), { target: { value: 'Fraud prevention' } });
    const basis = screen.getByLabelText('Lawful basis of purpose 1');
    fireEvent.click(basis);
    // Typed with the focus there, as a person does (Mantine takes a change elsewhere for autofill).
    basis.focus();
    fireEvent.change(basis, { target: { value: '6(1)(f)' } });
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(1));
    fireEvent.click(screen.getByRole('option', { name: 'Legitimate interests', hidden: true }));

    // The hint stays under the field once chosen; the legitimate-interest fields appear.
    expect(await screen.findByText(/^GDPR Art 6\(1\)\(f\): Needed for your or a third party/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Legitimate interest pursued'), {
      target: { value: 'Preventing payment fraud' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() =>
      expect(bridge.register.activities.get(id).purposes).toMatchObject([
        {
          description: 'Fraud prevention',
          lawfulBasis: 'art6-1-f',
          legitimateInterest: 'Preventing payment fraud',
        },
      ]),
    );
  });
});

describe('the Art 9 and Art 10 condition pickers', () => {
  it('show each condition with its hint, named by the condition', async () => {
    await openActivity(['Health data', 'Criminal convictions']);
    fireEvent.click(await screen.findByLabelText('Art 9(2) condition for special category data'));
    const employment = await screen.findByRole('option', {
      name: 'GDPR Art 9(2)(b) Employment, social security and social protection law',
      hidden: true,
    });
    expect(hintOf(employment)).toBe(
      'Needed for obligations or rights in employment, social security or social protection law.',
    );

    fireEvent.click(screen.getByLabelText('Art 10 condition for criminal offence data'));
    const byLaw = await screen.findByRole('option', {
      name: 'Authorised by Union or Member State law with appropriate safeguards',
      hidden: true,
    });
    expect(hintOf(byLaw)).toMatch(/^Record the provision relied on/);
  });
});
