// @vitest-environment jsdom
// The Overview's certification checks over a real register: a certification never checked, or checked more
// than 12 months ago, is listed (never checked first); "Mark checked" records today's check on the party;
// a register without certifications shows nothing.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertificationChecksDue } from '../../../src/renderer/src/features/overview/CertificationChecksDue';
import { localToday } from '../../../src/shared/dates';
import { PartyFields } from '../../../src/shared/domain';
import { openRegister, renderUi } from './support/render';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA');

describe('the certification checks due on the Overview', () => {
  it('lists the certifications never checked or checked over a year ago, and marks one checked today', async () => {
    const bridge = await openRegister(({ register }) => {
      register.parties.save(
        PartyFields.parse({
          name: 'Mailer Inc',
          country: 'US',
          certifications: [
            { scheme: 'eu-us-dpf', reference: 'DPF list', lastCheckedOn: day(-400) },
            { scheme: 'iso-27001', reference: 'cert 9', lastCheckedOn: day(-30) },
          ],
        }),
      );
      register.parties.save(
        PartyFields.parse({
          name: 'Ads Inc',
          certifications: [{ scheme: 'soc-2', reference: '', lastCheckedOn: null }],
        }),
      );
      register.parties.save(PartyFields.parse({ name: 'Local Ltd', country: 'GB' }));
    });
    renderUi(<CertificationChecksDue />);
    const rows = () => screen.queryAllByTestId('certification-check-row').map((r) => r.textContent);
    expect(rows()).toEqual([
      'Ads IncSOC 2never checkedMark checked',
      `Mailer IncEU-US Data Privacy Frameworkchecked ${day(-400)}Mark checked`,
    ]);

    fireEvent.click(
      screen.getByRole('button', { name: 'Mark checked today: Mailer Inc, EU-US Data Privacy Framework' }),
    );
    await waitFor(() => expect(rows()).toEqual(['Ads IncSOC 2never checkedMark checked']));
    const mailer = bridge.register.parties.list().find((p) => p.name === 'Mailer Inc')!;
    // The check is recorded on that certification only; the other is left as it was.
    expect(mailer.certifications).toEqual([
      { scheme: 'eu-us-dpf', reference: 'DPF list', lastCheckedOn: localToday() },
      { scheme: 'iso-27001', reference: 'cert 9', lastCheckedOn: day(-30) },
    ]);
    expect(mailer.country).toBe('US');

    fireEvent.click(screen.getByRole('button', { name: 'Mark checked today: Ads Inc, SOC 2' }));
    expect(await screen.findByText('Every certification was checked in the last 12 months.')).toBeTruthy();
  });

  it('stays out of the way in a register that records no certification', async () => {
    await openRegister(({ register }) => {
      register.parties.save(PartyFields.parse({ name: 'Local Ltd', country: 'GB' }));
    });
    renderUi(<CertificationChecksDue />);
    expect(screen.queryByTestId('certification-checks-due')).toBeNull();
  });
});
