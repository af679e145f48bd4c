// @vitest-environment jsdom
// "Reviewed today" in the activity editor: today's date and the next review one review interval on (the
// organisation's, here 6 months), saved with the activity like any other edit.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { addMonths } from '../../../src/shared/dates';
import { openRegister, renderUi } from './support/render';

describe('Reviewed today', () => {
  it('dates the review today and the next one a review interval on, once saved', async () => {
    const bridge = await openRegister(({ register }) => {
      register.organisation.save({ ...register.organisation.get(), reviewIntervalMonths: 6 });
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    useRegister.setState({ selectedActivityId: useRegister.getState().activities[0]!.id });
    renderUi(<ActivitiesScreen />);
    // The Review section is among the later ones, drawn once the first are on screen: on a busy machine
    // that can take more than findBy's default second.
    fireEvent.click(await screen.findByRole('button', { name: 'Reviewed today' }, { timeout: 5000 }));
    expect(screen.getByText('sets the next review 6 months later')).toBeTruthy();
    const today = new Date().toLocaleDateString('en-CA');
    expect((document.querySelector('input[data-field="nextReviewAt"]') as HTMLInputElement).value).toBe(
      addMonths(today, 6),
    );
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() =>
      expect(bridge.register.activities.list()[0]).toMatchObject({
        lastReviewedAt: today,
        nextReviewAt: addMonths(today, 6),
      }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
