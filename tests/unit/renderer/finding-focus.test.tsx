// @vitest-environment jsdom
// A finding clicked in Checks opens its activity with the focus on the field it names: the multi-select of
// the missing data categories, or (no purpose at all) the button that adds one.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ChecksScreen } from '../../../src/renderer/src/features/checks/ChecksScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { ActivityFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

async function openFinding(message: RegExp): Promise<void> {
  const { unmount } = renderUi(<ChecksScreen />);
  const finding = await screen.findByText(message);
  fireEvent.click(finding.closest('button')!);
  expect(useRegister.getState().section).toBe('activities');
  unmount();
  renderUi(<ActivitiesScreen />);
}

describe('a finding opened from Checks', () => {
  it.each([
    [/No category of personal data is recorded/, 'personalDataIds', 'input'],
    [/No purpose of the processing is recorded/, 'purposes', '+ Add purpose'],
  ])('%s puts the focus on %s', async (message, field, control) => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    await openFinding(message);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-field')).toBe(field));
    // The control itself, where typing goes: the input of the multi-select, or the button.
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName === 'INPUT' ? 'input' : focused.textContent).toBe(control);
  });
});

describe('the fields a finding can point at', () => {
  it('are marked with the names of the activity fields they edit', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    useRegister.setState({ selectedActivityId: useRegister.getState().activities[0]!.id });
    renderUi(<ActivitiesScreen />);
    // The later sections follow the first frame: on a busy machine that takes longer than findBy's 1 s.
    await screen.findByRole('button', { name: '+ Add retention rule' }, { timeout: 10_000 });
    const marked = [...document.querySelectorAll('[data-field]')].map((e) => e.getAttribute('data-field')!);
    const known = new Set(Object.keys(ActivityFields.shape));
    expect(marked.filter((f) => !known.has(f))).toEqual([]);
    expect(new Set(marked)).toEqual(
      new Set([
        'reference',
        'status',
        'name',
        'description',
        'department',
        'owner',
        'systems',
        'storageLocation',
        'purposes',
        'dataSubjectIds',
        'personalDataIds',
        'dataSourceIds',
        'recipientCategoryIds',
        'parties',
        'retention',
        'securityMeasureIds',
        'securityNotes',
        'dpia',
        'lastReviewedAt',
        'nextReviewAt',
        'automatedDecisionMaking',
        'notes',
      ]),
    );
  });
});
