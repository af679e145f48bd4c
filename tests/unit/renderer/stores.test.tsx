// @vitest-environment jsdom
// The zustand stores over a real register: the register store reads it and asks before dropping edits;
// the checks store counts what the rules engine finds and never lets a late answer overwrite a newer one.
import './support/dom-shims';
import { describe, expect, it, vi } from 'vitest';
import { blankActivity } from '../../../src/renderer/src/features/activities/draft';
import { useChecks } from '../../../src/renderer/src/features/checks/checks-store';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister } from './support/render';

describe('the register store', () => {
  it('loads the register and, after a write, shows it on refresh', async () => {
    const bridge = await openRegister();
    const state = useRegister.getState();
    expect(state.summary?.organisation.legalName).toBe('Acme Widgets Ltd');
    expect(state.terms.length).toBe(bridge.register.terms.list().length);
    expect(state.activities).toEqual([]);

    const saved = await window.api['activities:save']({
      ...blankActivity('controller', 'HR-01'),
      name: 'Payroll',
    });
    expect(saved.ok).toBe(true);
    await useRegister.getState().refresh();
    expect(useRegister.getState().activities.map((a) => [a.reference, a.name])).toEqual([
      ['HR-01', 'Payroll'],
    ]);
    expect(useRegister.getState().summary?.counts.controllerActivities).toBe(1);
  });

  it('asks before selecting another activity over unsaved edits', async () => {
    const ids: string[] = [];
    await openRegister(({ register }) => {
      for (const reference of ['A-1', 'A-2'])
        ids.push(register.activities.save({ ...blankActivity('controller', reference), name: reference }).id);
    });
    useRegister.getState().selectActivity(ids[0] ?? null);
    useRegister.getState().setDirty(true);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    useRegister.getState().selectActivity(ids[1] ?? null);
    expect(useRegister.getState().selectedActivityId).toBe(ids[0]);
    confirm.mockReturnValue(true);
    useRegister.getState().selectActivity(ids[1] ?? null);
    expect(useRegister.getState()).toMatchObject({ selectedActivityId: ids[1], dirty: false });
    confirm.mockRestore();
  });
});

describe('the checks store', () => {
  it('counts every finding on the register, and those of each activity, without fetching them', async () => {
    const bridge = await openRegister(({ register }) => {
      register.activities.save({ ...blankActivity('controller', 'HR-01'), name: 'Payroll' });
    });
    await useChecks.getState().refreshCounts();
    const whole = await window.api['checks:run']({});
    if (!whole.ok) throw new Error(whole.error.message);
    expect(useChecks.getState().counts).toEqual(whole.value.counts);
    expect(whole.value.counts.error).toBeGreaterThan(0);
    const sent = bridge.calls.filter((c) => c.channel === 'checks:run').map((c) => c.input);
    expect(sent[0]).toEqual({ limit: 0, perActivity: true, perParty: true });
    // The activities table's counts come with it: the one activity holds every finding but the register's own.
    const id = bridge.register.activities.list()[0]!.id;
    expect(useChecks.getState().byActivity).toEqual({
      [id]: expect.objectContaining({ error: whole.value.counts.error }),
    });
  });

  it('keeps the findings of the activity asked for last, whatever order the answers come in', async () => {
    const ids: string[] = [];
    const bridge = await openRegister(({ register }) => {
      // One activity with findings, one with a purpose but still more missing: different findings.
      ids.push(register.activities.save({ ...blankActivity('controller', 'A-1'), name: 'Bare' }).id);
      ids.push(
        register.activities.save({
          ...blankActivity('controller', 'A-2'),
          name: 'With a purpose',
          purposes: [
            {
              termId: null,
              description: 'Payroll',
              lawfulBasis: 'art6-1-b',
              legitimateInterest: '',
              liaReference: '',
              lawReference: '',
            },
          ],
        }).id,
      );
    });
    const [first, second] = ids as [string, string];
    const slow = bridge.hold('checks:run');
    const late = useChecks.getState().loadActivity(first);
    await useChecks.getState().loadActivity(second);
    expect(useChecks.getState().activityId).toBe(second);
    const shown = useChecks.getState().activityFindings;
    expect(shown?.every((f) => f.target.id === second)).toBe(true);
    slow.release();
    await late;
    expect(useChecks.getState()).toMatchObject({ activityId: second, activityFindings: shown });
  });
});
