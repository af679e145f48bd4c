// @vitest-environment jsdom
// Esc closes the editor beside a table: the first Esc in a text field only leaves the field, unsaved edits
// are asked about first, a party being created is dropped, and a term's editor closes as the others do.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { ListsScreen } from '../../../src/renderer/src/features/lists/ListsScreen';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { field, openRegister, renderUi } from './support/render';

const escape = (target: Element = document.body) => fireEvent.keyDown(target, { key: 'Escape' });

describe('Esc', () => {
  it('leaves a text field first, then asks about unsaved edits, then closes the activity', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    useRegister.setState({ selectedActivityId: useRegister.getState().activities[0]!.id });
    renderUi(<ActivitiesScreen />);
    const name = (await screen.findByTestId('activity-editor')).querySelector<HTMLInputElement>(
      'input[data-field="name"]',
    )!;
    name.focus();
    fireEvent.change(name, { target: { value: 'Payroll and pensions' } });
    escape(name);
    expect(document.activeElement).not.toBe(name);
    expect(screen.getByTestId('activity-editor')).toBeTruthy();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    escape();
    expect(confirm).toHaveBeenCalledOnce();
    expect(screen.getByTestId('activity-editor')).toBeTruthy();
    confirm.mockReturnValueOnce(true);
    escape();
    await waitFor(() => expect(screen.queryByTestId('activity-editor')).toBeNull());
    expect(useRegister.getState().selectedActivityId).toBeNull();
    confirm.mockRestore();
  });

  it('drops a party being created, and leaves Esc to an open list', async () => {
    await openRegister();
    renderUi(<PartiesScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+ Party' }));
    expect(await screen.findByTestId('party-editor')).toBeTruthy();
    escape(field('Country'));
    expect(screen.getByTestId('party-editor')).toBeTruthy();
    escape();
    await waitFor(() => expect(screen.queryByTestId('party-editor')).toBeNull());
  });

  it('closes the term being edited in Lists', async () => {
    await openRegister();
    renderUi(<ListsScreen />);
    fireEvent.click((await screen.findAllByTestId('term-row'))[0]!);
    expect(await screen.findByTestId('term-editor')).toBeTruthy();
    escape();
    await waitFor(() => expect(screen.queryByTestId('term-editor')).toBeNull());
    expect(screen.getByText('Select a term to rename, describe, mark or merge it.')).toBeTruthy();
  });
});
