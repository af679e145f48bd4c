// @vitest-environment jsdom
// The parties list shows what the checks find on each party (UI.md: gaps shown where they are fixed): a
// processor without a DPA date carries a warning, and recording the date clears it.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useChecks } from '../../../src/renderer/src/features/checks/checks-store';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields } from '../../../src/shared/domain';
import { field, openRegister, renderUi, typeInto } from './support/render';

const rowOf = (name: string) =>
  screen.getAllByTestId('party-row').find((row) => row.textContent?.includes(name)) as HTMLElement;

describe('gaps in the parties list', () => {
  it('marks a processor without a DPA, and clears the mark once the DPA date is saved', async () => {
    let awsId = '';
    await openRegister(({ register }) => {
      const aws = register.parties.save(
        PartyFields.parse({ name: 'Amazon Web Services EMEA SARL', roles: ['processor'], country: 'LU' }),
      );
      awsId = aws.id;
      register.parties.save(
        PartyFields.parse({
          name: 'Acme Bank plc',
          roles: ['recipient'],
          country: 'GB',
          address: '1 Bank St',
        }),
      );
      // A processor is only held to a DPA when an activity uses it.
      register.activities.save({
        ...blankActivity('controller', 'HR-01'),
        name: 'Payroll',
        parties: [{ partyId: aws.id, relation: 'processor', description: '' }],
      });
    });
    await useChecks.getState().refreshCounts();
    renderUi(<PartiesScreen />);
    const aws = within(rowOf('Amazon Web Services')).getByTestId('party-gaps');
    expect(aws.getAttribute('data-state')).toBe('warning');
    expect(aws.getAttribute('aria-label')).toMatch(/warning/);

    useRegister.getState().selectParty(awsId);
    typeInto(await screen.findByLabelText('DPA signed on'), '2026-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(useRegister.getState().dirty).toBe(false));
    await useChecks.getState().refreshCounts();
    await waitFor(() =>
      expect(
        within(rowOf('Amazon Web Services')).getByTestId('party-gaps').getAttribute('data-state'),
      ).not.toBe('warning'),
    );
    expect(field('DPA signed on').value).toBe('2026-03-01');
  });
});
