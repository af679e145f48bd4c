// @vitest-environment jsdom
// The transfer mechanism picker, in the transfer editor and in the activity editor's transfers, over a real
// register and the real reference data: it offers the mechanisms of the regimes the organisation answers
// to (a UK exporter the IDTA, the Addendum, and the EU SCC modules with the Addendum), and a recorded
// mechanism that is retired stays listed and says why it is no longer one.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { TransfersScreen } from '../../../src/renderer/src/features/transfers/TransfersScreen';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { PartyFields, TransferFields } from '../../../src/shared/domain';
import type { OrganisationFieldsInput } from '../../../src/shared/domain';
import { ACME, field, openRegister } from './support/render';
import { renderUi } from './support/render';

const EU_ONLY: OrganisationFieldsInput = {
  ...ACME,
  legalName: 'Beispiel GmbH',
  country: 'DE',
  address: 'Hauptstraße 1, Berlin',
  jurisdictions: ['eu-gdpr'],
};

/** A controller activity sending to its US processor, under the mechanism given (or none yet). */
async function registerWithTransfer(mechanism: string | null, organisation = ACME) {
  let activityId = '';
  let transferId = '';
  const bridge = await openRegister(({ register }) => {
    const cloud = register.parties.save(
      PartyFields.parse({ name: 'Cloud Inc', roles: ['processor'], country: 'US' }),
    );
    activityId = register.activities.save({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
      parties: [{ partyId: cloud.id, relation: 'processor', description: '' }],
    }).id;
    transferId = register.transfers.save(
      TransferFields.parse({ activityId, partyId: cloud.id, country: 'US', mechanism }),
    ).id;
  }, organisation);
  return { bridge, activityId, transferId };
}

/** The options' names, once the picker labelled `label` is opened. */
async function optionsOf(label: string): Promise<string[]> {
  fireEvent.click(field(label));
  const options = await screen.findAllByRole('option', { hidden: true });
  return options.map((o) => o.textContent ?? '');
}

describe('the transfer mechanism picker', () => {
  it("offers a UK organisation the IDTA, the Addendum and the EU SCC modules with it, and none of the EU's own", async () => {
    const { bridge, transferId } = await registerWithTransfer(null);
    renderUi(<TransfersScreen />);
    fireEvent.click(screen.getByTestId('transfers-table-row'));
    // The note says why the list is what it is: the roles, and the regime the organisation answers to.
    await screen.findByText(
      /The importer is a processor for this activity: .* a controller sending to a processor, under the UK GDPR\./,
    );

    const offered = await optionsOf('Transfer mechanism');
    expect(offered).toEqual(
      expect.arrayContaining([
        'International Data Transfer Agreement (IDTA)',
        'International Data Transfer Addendum to the EU SCCs (B1.0)',
        'SCC Module 2 — controller to processor, with the UK Addendum',
        'UK adequacy regulations',
        'UK GDPR Art 49 exceptions (the EU Art 49(1)(a)–(g) list and the second subparagraph)',
      ]),
    );
    // No EU adequacy decision, no EU Art 49 derogation, no EU SCC module on its own, nothing retired.
    expect(offered).not.toContain('Adequacy decision');
    expect(offered).not.toContain('Explicit consent after being informed of the risks');
    expect(offered).not.toContain('SCC Module 2 — controller to processor');
    expect(offered).not.toContain('EU-US Privacy Shield (Decision (EU) 2016/1250)');
    // The modules offered with the Addendum fit the roles: a controller sending to its processor.
    expect(offered).not.toContain('SCC Module 1 — controller to controller, with the UK Addendum');

    // The Addendum choice records the Addendum with the module it names.
    fireEvent.click(
      screen.getByRole('option', {
        name: 'SCC Module 2 — controller to processor, with the UK Addendum',
        hidden: true,
      }),
    );
    expect((await screen.findByLabelText('SCC module')) as HTMLInputElement).toHaveProperty(
      'value',
      'Module 2',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge.register.transfers.get(transferId)).toMatchObject({
        mechanism: 'uk-addendum',
        sccModule: '2',
      }),
    );
    expect(field('Transfer mechanism').value).toBe(
      'SCC Module 2 — controller to processor, with the UK Addendum',
    );
  });

  it('adds a transfer under the Addendum with its module from the activity editor', async () => {
    const { bridge, activityId } = await registerWithTransfer(null);
    useRegister.setState({ selectedActivityId: activityId });
    renderUi(<ActivitiesScreen />);
    const destination = await screen.findByLabelText('Destination', {}, { timeout: 10_000 });
    fireEvent.click(destination);
    fireEvent.click(await screen.findByRole('option', { name: 'India (IN)', hidden: true }));
    fireEvent.click(field('Importer'));
    fireEvent.click(await screen.findByRole('option', { name: 'Cloud Inc', hidden: true }));
    fireEvent.click(field('Transfer mechanism'));
    fireEvent.click(
      await screen.findByRole('option', {
        name: 'SCC Module 2 — controller to processor, with the UK Addendum',
        hidden: true,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add transfer' }));
    await waitFor(() =>
      expect(bridge.register.transfers.list().find((t) => t.country === 'IN')).toMatchObject({
        mechanism: 'uk-addendum',
        sccModule: '2',
      }),
    );
    const added = (await screen.findAllByTestId('transfer-row')).find((r) =>
      r.textContent?.includes('India'),
    );
    expect(added?.textContent).toContain(
      'International Data Transfer Addendum to the EU SCCs (B1.0), SCC Module 2',
    );
    expect(within(added!).queryByTestId('mechanism-warning')).toBeNull();
  });

  it('does not offer an EU organisation the IDTA, in the activity editor', async () => {
    const { activityId } = await registerWithTransfer('eu-scc-m2-c2p', EU_ONLY);
    useRegister.setState({ selectedActivityId: activityId });
    renderUi(<ActivitiesScreen />);
    await screen.findByLabelText('Transfer mechanism', {}, { timeout: 10_000 });

    const offered = await optionsOf('Transfer mechanism');
    expect(offered).toEqual(
      expect.arrayContaining(['Adequacy decision', 'SCC Module 2 — controller to processor']),
    );
    expect(offered).not.toContain('International Data Transfer Agreement (IDTA)');
    expect(offered.some((o) => o.includes('UK Addendum'))).toBe(false);
    // The transfer recorded under a mechanism that fits says nothing against it.
    expect(screen.queryByTestId('mechanism-warning')).toBeNull();
  });

  it('keeps a recorded retired mechanism listed, and says why it is retired in both editors', async () => {
    const { activityId } = await registerWithTransfer('eu-privacy-shield');
    const why =
      'Retired: Invalidated by the CJEU in Schrems II (C-311/18, 16 July 2020). A record citing it has no valid mechanism.';

    // Inline, on the transfer's row in the activity editor.
    useRegister.setState({ selectedActivityId: activityId });
    const activityScreen = renderUi(<ActivitiesScreen />);
    const row = await screen.findByTestId('transfer-row', {}, { timeout: 10_000 });
    expect(within(row).getByTestId('mechanism-warning').textContent).toBe(why);
    activityScreen.unmount();

    // In the transfer's own editor: listed (it is what the transfer records), apart, and explained.
    renderUi(<TransfersScreen />);
    fireEvent.click(screen.getByTestId('transfers-table-row'));
    const editor = await screen.findByTestId('transfer-editor');
    expect(within(editor).getByText(why)).toBeTruthy();
    expect(field('Transfer mechanism').value).toBe('EU-US Privacy Shield (Decision (EU) 2016/1250)');
    fireEvent.click(field('Transfer mechanism'));
    const apart = await screen.findByRole('group', { name: 'Recorded, but does not fit', hidden: true });
    expect(
      within(apart)
        .getAllByRole('option', { hidden: true })
        .map((o) => o.textContent),
    ).toEqual(['EU-US Privacy Shield (Decision (EU) 2016/1250)']);
  });
});
