// @vitest-environment jsdom
// The command palette runs the app's commands and reaches any record by typing (UI.md: "palette … run any
// command"): a new controller or processor activity, the gap report, a transfer, a term.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useExportChoice } from '../../../src/renderer/src/features/exchange/export-choice';
import { CommandPalette } from '../../../src/renderer/src/features/palette/CommandPalette';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

/** The Activities screen while it is the section shown, as App draws it. */
function ActivitiesWhenShown() {
  const section = useRegister((s) => s.section);
  return section === 'activities' ? <ActivitiesScreen /> : null;
}

async function runCommand(text: string) {
  fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
  const input = await screen.findByLabelText('Command palette');
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('the command palette', () => {
  it('starts a new processor activity from another section', async () => {
    await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'PA-001'), name: 'Payroll' });
    });
    useRegister.setState({ section: 'overview' });
    renderUi(
      <>
        <CommandPalette />
        <ActivitiesWhenShown />
      </>,
    );
    expect(screen.queryByTestId('activity-editor')).toBeNull();
    await runCommand('new processor');
    expect(useRegister.getState().section).toBe('activities');
    // The Activities screen shows, as App draws it, and takes the request.
    const editor = await screen.findByTestId('activity-editor');
    await waitFor(() => expect(editor.textContent).toContain('Clients & sub-processors'));
    expect((screen.getByLabelText(/^Reference/) as HTMLInputElement).value).toBe('PA-002');
  });

  it('opens the export with the gap report chosen', async () => {
    await openRegister();
    useRegister.setState({ section: 'overview' });
    renderUi(<CommandPalette />);
    await runCommand('gap report');
    expect(useRegister.getState().section).toBe('export');
    expect(useExportChoice.getState().take()).toBe('gaps');
  });

  it('reaches a transfer by its activity, destination and importer, and a term by its label', async () => {
    let transferId = '';
    let termId = '';
    await openRegister(({ register }) => {
      const aws = register.parties.save(
        PartyFields.parse({ name: 'Amazon Web Services', roles: ['processor'] }),
      );
      const payroll = register.activities.save({
        ...blankActivity('controller', 'HR-01'),
        name: 'Payroll',
        parties: [{ partyId: aws.id, relation: 'processor', description: '' }],
      });
      transferId = register.transfers.save(
        TransferFields.parse({ activityId: payroll.id, partyId: aws.id, country: 'US' }),
      ).id;
      termId = register.terms.list('personal-data').find((t) => t.label === 'Health data')!.id;
    });
    useRegister.setState({ section: 'overview' });
    renderUi(<CommandPalette />);
    await runCommand('HR-01 United States Amazon');
    expect(useRegister.getState().section).toBe('transfers');
    expect(useRegister.getState().selectedTransferId).toBe(transferId);

    await runCommand('health data');
    expect(useRegister.getState().section).toBe('lists');
    expect(useRegister.getState().termToOpen).toBe(termId);
  });
});
