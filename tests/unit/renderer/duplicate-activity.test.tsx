// @vitest-environment jsdom
// "Duplicate" in the activity editor, over the real core: the copy is saved and opened in the editor, and
// the table counts it; with unsaved edits on screen the button waits for them to be saved or undone.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi, typeInto } from './support/render';

describe('Duplicate', () => {
  it('saves a draft copy and opens it', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll', owner: 'CFO' });
    });
    useRegister.setState({ selectedActivityId: useRegister.getState().activities[0]!.id });
    renderUi(<ActivitiesScreen />);
    const reference = () =>
      (
        document.querySelector(
          '[data-testid="activity-editor"] input[data-field="reference"]',
        ) as HTMLInputElement
      ).value;
    const duplicate = await screen.findByRole('button', { name: 'Duplicate' });

    // Unsaved edits first: the button waits.
    const name = document.querySelector('input[data-field="name"]') as HTMLInputElement;
    typeInto(name, 'Payroll and pensions');
    await waitFor(() => expect(duplicate).toHaveProperty('disabled', true));
    typeInto(name, 'Payroll');
    await waitFor(() => expect(duplicate).toHaveProperty('disabled', false));

    fireEvent.click(duplicate);
    await waitFor(() => expect(reference()).toBe('HR-02'));
    expect((document.querySelector('input[data-field="name"]') as HTMLInputElement).value).toBe(
      'Payroll (copy)',
    );
    const copy = bridge.register.activities.list().find((a) => a.reference === 'HR-02');
    expect(copy).toMatchObject({ name: 'Payroll (copy)', owner: 'CFO', status: 'draft' });
    expect(useRegister.getState().selectedActivityId).toBe(copy!.id);
    await waitFor(() =>
      expect(screen.getByTestId('activity-count').textContent).toMatch(/^2 of 2 activities/),
    );
  });
});
