// @vitest-environment jsdom
// Search on the Parties and Transfers lists (UI.md: "/ or Ctrl/Cmd+F search"), over a real register: every
// word typed must be found in what the row shows (name, role, country; activity, destination, importer,
// mechanism), and "/" puts the focus in the box.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { PartiesScreen } from '../../../src/renderer/src/features/parties/PartiesScreen';
import { TransfersScreen } from '../../../src/renderer/src/features/transfers/TransfersScreen';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
import { openRegister, renderUi, typeInto } from './support/render';

async function registerWithTransfers() {
  return openRegister(({ register }) => {
    const aws = register.parties.save(
      PartyFields.parse({ name: 'Amazon Web Services EMEA SARL', roles: ['processor'], country: 'LU' }),
    );
    const twilio = register.parties.save(
      PartyFields.parse({ name: 'Twilio Inc', roles: ['sub-processor'], country: 'US' }),
    );
    register.parties.save(PartyFields.parse({ name: 'Client Co Ltd', roles: ['client-controller'] }));
    const link = (partyId: string) => ({ partyId, relation: 'processor' as const, description: '' });
    const payroll = register.activities.save({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
      parties: [link(aws.id)],
    });
    const sms = register.activities.save({
      ...blankActivity('controller', 'MK-01'),
      name: 'SMS campaigns',
      parties: [link(twilio.id)],
    });
    register.transfers.save(
      TransferFields.parse({ activityId: payroll.id, partyId: aws.id, country: 'IN', mechanism: 'uk-idta' }),
    );
    register.transfers.save(TransferFields.parse({ activityId: sms.id, partyId: twilio.id, country: 'US' }));
  });
}

const names = (testId: string) => screen.queryAllByTestId(testId).map((row) => row.textContent ?? '');

describe('search on the Parties and Transfers lists', () => {
  it('finds parties by name, role and country, and says when none matches', async () => {
    await registerWithTransfers();
    renderUi(<PartiesScreen />);
    await waitFor(() => expect(names('party-row')).toHaveLength(3));
    const search = screen.getByLabelText('Search parties');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);

    typeInto(search, 'sub-processor');
    await waitFor(() => expect(names('party-row')).toHaveLength(1));
    expect(names('party-row')[0]).toContain('Twilio Inc');
    // Words in any order, each somewhere: the name and the country's name.
    typeInto(search, 'luxembourg amazon');
    await waitFor(() => expect(names('party-row')).toHaveLength(1));
    expect(names('party-row')[0]).toContain('Amazon Web Services EMEA SARL');
    typeInto(search, 'stripe');
    expect(await screen.findByText('No party matches “stripe”.')).toBeTruthy();
  });

  it('finds transfers by activity, destination, importer and mechanism, and counts them', async () => {
    await registerWithTransfers();
    renderUi(<TransfersScreen />);
    await waitFor(() => expect(names('transfers-table-row')).toHaveLength(2));
    const search = screen.getByLabelText('Search transfers');
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(search);

    typeInto(search, 'india');
    await waitFor(() => expect(names('transfers-table-row')).toHaveLength(1));
    expect(names('transfers-table-row')[0]).toContain('HR-01 Payroll');
    expect(screen.getByTestId('transfer-count').textContent).toBe('1 of 2');
    typeInto(search, 'twilio not recorded');
    await waitFor(() => expect(names('transfers-table-row')[0]).toContain('MK-01 SMS campaigns'));
    typeInto(search, 'idta');
    await waitFor(() => expect(names('transfers-table-row')[0]).toContain('HR-01 Payroll'));
    typeInto(search, '');
    await waitFor(() => expect(names('transfers-table-row')).toHaveLength(2));
    expect(screen.getByTestId('transfer-count').textContent).toBe('2');
  });
});
