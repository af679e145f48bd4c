// @vitest-environment jsdom
// The editor's retention rows (Art 30(1)(f)), over the real core: a rule in words written elsewhere (a
// template, an import) is shown and edited, switching a row between a period and a rule keeps what it
// said, and the saved activity is read back from the register file.
import './support/dom-shims';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivitiesScreen } from '../../../src/renderer/src/features/activities/ActivitiesScreen';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { RetentionRule } from '../../../src/shared/domain';
import { openRegister, renderUi, typeInto } from './support/render';

const CONSENT = 'Until consent is withdrawn; then the e-mail address is kept on a suppression list.';

async function editorWith(given: Partial<RetentionRule>[]) {
  // The repository takes an activity as the domain has read it: defaults filled in.
  const retention = given.map((r) => RetentionRule.parse(r));
  let id = '';
  const bridge = await openRegister(({ register }) => {
    id = register.activities.save({
      ...blankActivity('controller', 'MK-01'),
      name: 'Newsletter',
      retention,
    }).id;
  });
  useRegister.setState({ selectedActivityId: id });
  renderUi(<ActivitiesScreen />);
  // Sections ③–⑨ follow the first frame (see useLaterSections): on a busy machine, well after it.
  await screen.findByRole('button', { name: '+ Add retention rule' }, { timeout: 10_000 });
  return { saved: () => bridge.register.activities.get(id).retention };
}

const rows = () => screen.getAllByTestId('retention-row');
const given = (row: HTMLElement) =>
  (within(row).getAllByRole('radio') as HTMLInputElement[]).find((r) => r.checked)?.value;
const save = () => fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
const dotOf = (section: number) =>
  document
    .getElementById(`section-${section}-title`)
    ?.querySelector('[data-testid=section-dot]')
    ?.getAttribute('data-state');

describe('retention rows', () => {
  it('show a rule in words, and save it edited', async () => {
    const { saved } = await editorWith([{ rule: CONSENT }]);
    const [row] = rows();
    expect(given(row!)).toBe('rule');
    const rule = within(row!).getByLabelText('Rule in words (retention rule 1)') as HTMLTextAreaElement;
    expect(rule.value).toBe(CONSENT);
    expect(within(row!).queryByLabelText('Period of retention rule 1')).toBeNull();

    typeInto(rule, 'Until consent is withdrawn, then 3 years on the suppression list.');
    save();
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved ✓'));
    expect(saved()).toMatchObject([
      {
        personalDataTermId: null,
        period: null,
        unit: null,
        fromEvent: '',
        rule: 'Until consent is withdrawn, then 3 years on the suppression list.',
      },
    ]);
  });

  it('keep a rule recorded beside a period, and the rule when the period is edited', async () => {
    const { saved } = await editorWith([
      { period: 2, unit: 'years', fromEvent: 'last order', rule: CONSENT },
    ]);
    const [row] = rows();
    expect(given(row!)).toBe('period');
    expect(
      (within(row!).getByLabelText('Rule in words (retention rule 1)') as HTMLTextAreaElement).value,
    ).toBe(CONSENT);

    typeInto(within(row!).getByLabelText('Period of retention rule 1'), '3');
    save();
    await waitFor(() => expect(saved()[0]?.period).toBe(3));
    expect(saved()).toMatchObject([{ period: 3, unit: 'years', fromEvent: 'last order', rule: CONSENT }]);
  });

  it('switch between a period and a rule in words without losing what the row said', async () => {
    const { saved } = await editorWith([{ period: 6, unit: 'years', fromEvent: 'end of employment' }]);
    await waitFor(() => expect(dotOf(6)).toBe('complete'));
    const [row] = rows();

    fireEvent.click(within(row!).getByRole('radio', { name: 'Rule in words' }));
    expect(given(row!)).toBe('rule');
    expect(within(row!).queryByLabelText('Period of retention rule 1')).toBeNull();
    expect(
      (within(row!).getByLabelText('Rule in words (retention rule 1)') as HTMLTextAreaElement).value,
    ).toBe('6 years from end of employment');
    save();
    await waitFor(() => expect(saved()[0]?.period).toBeNull());
    expect(saved()).toMatchObject([
      { period: null, unit: null, fromEvent: '', rule: '6 years from end of employment' },
    ]);
    // Still a time limit for the checks: no "No retention period is recorded".
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved ✓'));
    await waitFor(() => expect(dotOf(6)).toBe('complete'));

    // Back to a period: a unit to start from, and the rule stays on screen until it is cleared.
    fireEvent.click(within(row!).getByRole('radio', { name: 'Period' }));
    expect(given(row!)).toBe('period');
    expect((within(row!).getByLabelText('Unit of retention rule 1') as HTMLInputElement).value).toBe('years');
    expect(
      (within(row!).getByLabelText('Rule in words (retention rule 1)') as HTMLTextAreaElement).value,
    ).toBe('6 years from end of employment');
    typeInto(within(row!).getByLabelText('Period of retention rule 1'), '7');
    typeInto(within(row!).getByLabelText('Rule in words (retention rule 1)'), '');
    save();
    await waitFor(() => expect(saved()[0]?.period).toBe(7));
    expect(saved()).toMatchObject([{ period: 7, unit: 'years', fromEvent: '', rule: '' }]);
  });

  it('start a new row as a period, which can be given as a rule instead', async () => {
    const { saved } = await editorWith([]);
    fireEvent.click(screen.getByRole('button', { name: '+ Add retention rule' }));
    const [row] = rows();
    expect(given(row!)).toBe('period');
    fireEvent.click(within(row!).getByRole('radio', { name: 'Rule in words' }));
    typeInto(
      within(row!).getByLabelText('Rule in words (retention rule 1)'),
      'For as long as the contract runs',
    );
    save();
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()).toMatchObject([{ period: null, unit: null, rule: 'For as long as the contract runs' }]);
  });

  it('mark a refused period on its row, and save once it is put right', async () => {
    const { saved } = await editorWith([{ rule: CONSENT }, { period: 6, unit: 'years' }]);
    const period = () => within(rows()[1]!).getByLabelText('Period of retention rule 2') as HTMLInputElement;

    for (const [typed, refusal] of [
      ['2000', /a period is at most 1000/],
      ['1.5', /a period is a whole number/],
    ] as const) {
      typeInto(period(), typed);
      save();
      await waitFor(() => expect(period().getAttribute('aria-invalid')).toBe('true'));
      expect(within(rows()[1]!).getByText(refusal)).toBeTruthy();
      expect(screen.getByRole('alert').textContent).toBe('Some fields need attention.');
      // Only the field refused is marked.
      expect(rows()[0]!.querySelector('[aria-invalid="true"]')).toBeNull();
      expect(saved()[1]?.period).toBe(6);
    }

    typeInto(period(), '10');
    save();
    await waitFor(() => expect(saved()[1]?.period).toBe(10));
    expect(period().getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
