// @vitest-environment jsdom
// The activity editor's completeness dots and the error count beside "Checks", drawn from the real rules
// engine over a real register file, and re-read after a save.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { CheckCounts } from '../../../src/renderer/src/features/checks/CheckCounts';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi } from './support/render';

/** A controller activity with a name and nothing else: Art 30(1)(b)–(c) missing, (d), (f), (g) too. */
async function registerWithBareActivity() {
  let id = '';
  const bridge = await openRegister(({ register }) => {
    id = register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' }).id;
  });
  useRegister.setState({ selectedActivityId: id });
  return { bridge, id };
}

function dotOf(section: number): string | null {
  const heading = document.getElementById(`section-${section}-title`);
  return heading?.querySelector('[data-testid=section-dot]')?.getAttribute('data-state') ?? null;
}

describe('completeness dots', () => {
  it('mark each section complete, missing something, or in error, from the checks', async () => {
    await registerWithBareActivity();
    renderUi(<ActivitiesScreen />);
    await waitFor(() => expect(dotOf(9)).toBe('complete'));
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(dotOf)).toEqual([
      'complete', // only a note: the activity is still a draft
      'error', // no purpose (Art 30(1)(b))
      'error', // no data subjects, no personal data (Art 30(1)(c))
      'warning', // no recipients recorded
      'complete',
      'warning', // no retention period
      'warning', // no security measures
      'complete',
      'complete',
    ]);
    const people = document.getElementById('section-3') as HTMLElement;
    expect(within(people).getByText(/No category of data subjects is recorded/)).toBeTruthy();
    expect(within(people).getByText(/No category of personal data is recorded/)).toBeTruthy();
    expect(within(people).getByRole('img').getAttribute('aria-label')).toBe('2 error(s) to fix');
  });

  it('are read again after a save, as is the error count beside Checks', async () => {
    const { bridge, id } = await registerWithBareActivity();
    renderUi(
      <>
        <CheckCounts />
        <ActivitiesScreen />
      </>,
    );
    await waitFor(() => expect(dotOf(2)).toBe('error'));
    const errorsBefore = await countErrors();
    await waitFor(() =>
      expect(screen.getByTestId('check-error-count').textContent).toBe(`⚠ ${errorsBefore}`),
    );
    // Warnings beside the errors, as UI.md asks ("Checks shows errors/warnings").
    const { warning } = await countFindings();
    expect(warning).toBeGreaterThan(0);
    expect(screen.getByTestId('check-warning-count').textContent).toBe(String(warning));
    expect(screen.getByTestId('check-counts').textContent).toBe(`⚠ ${errorsBefore} · ${warning}`);

    fireEvent.click(screen.getByRole('button', { name: '+ Add purpose' }));
    fireEvent.change(screen.getByLabelText('Purpose 1'), { target: { value: 'Paying staff' } });
    fireEvent.click(screen.getByLabelText('Lawful basis of purpose 1'));
    fireEvent.click(await screen.findByRole('option', { name: 'Contract' }));
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));

    await waitFor(() => expect(dotOf(2)).toBe('complete'));
    expect(bridge.register.activities.get(id).purposes).toMatchObject([
      { description: 'Paying staff', lawfulBasis: 'art6-1-b' },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('check-error-count').textContent).toBe(`⚠ ${errorsBefore - 1}`),
    );
    expect(dotOf(3)).toBe('error');
  });

  it('stay grey on a new activity until it is first saved', async () => {
    await openRegister();
    renderUi(<ActivitiesScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+ Controller' }));
    await waitFor(() => expect(dotOf(9)).toBe('unchecked'));
    expect(dotOf(1)).toBe('unchecked');
  });
});

async function countFindings(): Promise<{ error: number; warning: number }> {
  const result = await window.api['checks:run']({});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.counts;
}

async function countErrors(): Promise<number> {
  return (await countFindings()).error;
}
