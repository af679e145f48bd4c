// @vitest-environment jsdom
// "New activity from a template": reachable from the Activities screen and the command palette, it fills a
// draft from the register's own term lists (adding a term the register no longer has), which then saves.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { useTemplatePicker } from '../../../src/renderer/src/features/activities/template-store';
import { CommandPalette } from '../../../src/renderer/src/features/palette/CommandPalette';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { ACME, field, openRegister, renderUi } from './support/render';

async function pick(name: string) {
  fireEvent.click(screen.getAllByRole('button', { name: /template…$/i })[0] as HTMLElement);
  const option = await screen.findByRole('button', { name: `Start from the ${name} template` });
  fireEvent.click(option);
  await waitFor(() => expect(useTemplatePicker.getState().opened).toBe(false));
}

describe('the template picker', () => {
  it('offers the common activities of a small firm, each with why its lawful basis', async () => {
    await openRegister();
    renderUi(<ActivitiesScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Template…' }));
    const options = await screen.findAllByTestId('template-option');
    expect(options.map((o) => o.getAttribute('aria-label'))).toEqual(
      [
        'Payroll',
        'Recruitment',
        'Customer accounts and CRM',
        'Marketing e-mails and newsletter',
        'Website analytics',
        'CCTV at our premises',
        'Supplier management',
        'Services to clients (as processor)',
      ].map((n) => `Start from the ${n} template`),
    );
    expect(options[3]?.textContent).toMatch(/Consent.*PECR reg 22/);
  });

  it('fills a draft from the register’s terms, with the UK law where the basis is a legal obligation', async () => {
    const bridge = await openRegister();
    renderUi(<ActivitiesScreen />);
    await pick('Payroll');
    expect(field(/^Reference/).value).toBe('HR-001');
    expect(field(/^Name/).value).toBe('Payroll');

    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(bridge.register.activities.list()).toHaveLength(1));
    const [saved] = bridge.register.activities.list();
    const terms = new Map(bridge.register.terms.list().map((t) => [t.id, t]));
    const seeds = (ids: string[] = []) => ids.map((id) => terms.get(id)?.seedKey);
    expect(saved?.purposes.map((p) => [p.lawfulBasis, seeds(p.termId ? [p.termId] : [])[0]])).toEqual([
      ['art6-1-b', 'payroll'],
      ['art6-1-c', 'legal-compliance'],
    ]);
    expect(saved?.purposes[1]?.lawReference).toMatch(/Pay As You Earn/);
    expect(seeds(saved?.dataSubjectIds)).toEqual(['employees', 'former-employees']);
    expect(seeds(saved?.personalDataIds)).toContain('health-data');
    expect(saved?.art9Conditions).toEqual(['art9-2-b']);
    expect(saved?.ukSchedule1Conditions).toEqual(['dpa2018-sch1-p1-1']);
    expect(saved?.retention).toMatchObject([{ period: 6, unit: 'years', personalDataTermId: null }]);
    // The starter terms were found, not copied.
    expect(bridge.calls.filter((c) => c.channel === 'terms:save')).toEqual([]);
  });

  it('adds a term the register no longer has, once, and leaves the law to name outside the UK', async () => {
    const bridge = await openRegister(
      ({ register }) => {
        const visitors = register.terms.list('data-subject').find((t) => t.seedKey === 'website-visitors');
        if (visitors) register.terms.delete(visitors.id);
      },
      { ...ACME, country: 'FR', jurisdictions: ['eu-gdpr'] },
    );
    renderUi(<ActivitiesScreen />);
    await pick('Website analytics');
    const created = bridge.register.terms.list('data-subject').filter((t) => t.label === 'Website visitors');
    expect(created).toHaveLength(1);
    expect(useRegister.getState().terms.some((t) => t.id === created[0]?.id)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(bridge.register.activities.list()).toHaveLength(1));
    const [saved] = bridge.register.activities.list();
    expect(saved?.dataSubjectIds).toEqual([created[0]?.id]);
    expect(saved?.purposes[0]?.lawfulBasis).toBe('art6-1-a');

    await pick('Supplier management');
    await screen.findByLabelText('Purpose 2');
    expect(field('Legitimate interest pursued').value).toBe(
      'Running our business relationships with suppliers',
    );
    // An LIA is the DPO's to carry out: the template never claims one.
    expect(field('LIA reference').value).toBe('');
    expect(field('Law relied on').value).toBe('');
    expect(
      bridge.register.terms.list('data-subject').filter((t) => t.label === 'Website visitors'),
    ).toHaveLength(1);
  });

  it('is reachable from the command palette', async () => {
    await openRegister();
    useRegister.setState({ section: 'overview' });
    renderUi(<CommandPalette />);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const input = await screen.findByLabelText('Command palette');
    fireEvent.change(input, { target: { value: 'from a template' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useRegister.getState().section).toBe('activities');
    expect(useTemplatePicker.getState().opened).toBe(true);
  });

  it('offers the common activities on an empty register, one click each', async () => {
    const bridge = await openRegister();
    renderUi(<ActivitiesScreen />);
    const starters = await screen.findByTestId('starter-activities');
    expect(screen.getByText('No activities recorded yet.')).toBeTruthy();
    const names = within(starters)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toContain('Payroll');
    expect(names).toContain('CCTV at our premises');
    fireEvent.click(within(starters).getByRole('button', { name: 'What each fills in…' }));
    expect(useTemplatePicker.getState().opened).toBe(true);
    useTemplatePicker.getState().close();
    fireEvent.click(within(starters).getByRole('button', { name: 'Recruitment' }));
    await waitFor(() => expect(field(/^Name/).value).toBe('Recruitment'));
    // A draft to review, not yet saved.
    expect(bridge.register.activities.count()).toBe(0);
  });
});
