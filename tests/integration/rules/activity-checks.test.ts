// checks:run for one activity (what the editor's section dots are drawn from) must say exactly what a run
// over the whole register says about that activity and its transfers, on registers with many findings.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/handlers';
import { dispatch } from '../../../src/core/dispatch';
import { createSampleRegister, listSamples } from '../../../src/core/samples';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';
import { openRegister, type Register } from '../../../src/core/store/register';
import { checkReport } from '../../../src/core/rules/report';

const TODAY = '2026-11-23';

async function run(register: Register, input: unknown) {
  const result = await dispatch(createHandlers(register), 'checks:run', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function expectSameAsWholeRun(register: Register): Promise<number> {
  const whole = await run(register, { today: TODAY });
  // The counts the activities table shows, from one run over the register.
  const {
    byActivity,
    byParty,
    findings: none,
  } = await run(register, { today: TODAY, limit: 0, perActivity: true, perParty: true });
  expect(none).toEqual([]);
  // The parties list's counts: the findings on each party itself.
  for (const party of register.parties.list()) {
    const onParty = whole.findings.filter(({ target }) => target.kind === 'party' && target.id === party.id);
    expect(byParty?.[party.id], `${party.name} counts`).toEqual(
      onParty.length === 0
        ? undefined
        : {
            error: onParty.filter((f) => f.severity === 'error').length,
            warning: onParty.filter((f) => f.severity === 'warning').length,
            info: onParty.filter((f) => f.severity === 'info').length,
          },
    );
  }
  const activityOfTransfer = new Map(register.transfers.list().map((t) => [t.id, t.activityId]));
  let compared = 0;
  for (const activity of register.activities.list()) {
    const expected = whole.findings.filter(
      ({ target }) =>
        (target.kind === 'activity' && target.id === activity.id) ||
        (target.kind === 'transfer' && activityOfTransfer.get(target.id) === activity.id),
    );
    const own = await run(register, { today: TODAY, activityId: activity.id });
    expect(own.findings, `${activity.reference} ${activity.name}`).toEqual(expected);
    expect(own.counts.error).toBe(expected.filter((f) => f.severity === 'error').length);
    expect(byActivity?.[activity.id], `${activity.reference} counts`).toEqual(
      expected.length === 0
        ? undefined
        : {
            error: expected.filter((f) => f.severity === 'error').length,
            warning: expected.filter((f) => f.severity === 'warning').length,
            info: expected.filter((f) => f.severity === 'info').length,
          },
    );
    compared += expected.length;
  }
  return compared;
}

describe('checks:run for one activity', () => {
  it.each(listSamples().map((s) => s.name))(
    'gives each activity of the %s sample the findings a whole-register run gives it',
    async (name) => {
      const register = createSampleRegister(name, path.join(tempDir(), `${name}.ropa`));
      try {
        // The samples are built to carry findings: a comparison of empty lists would prove nothing.
        expect(await expectSameAsWholeRun(register)).toBeGreaterThan(0);
      } finally {
        register.close();
      }
    },
  );

  it('includes the findings on the activity’s transfers', async () => {
    const { register, controller, transfer } = createFullRegister(tempDir());
    try {
      register.transfers.save({ ...transfer, mechanism: null, sccModule: null });
      const report = await run(register, { today: TODAY, activityId: controller.id });
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          ruleId: 'transfer.mechanism-missing',
          target: expect.objectContaining({ kind: 'transfer', id: transfer.id }),
        }),
      );
    } finally {
      register.close();
    }
  });

  it('cuts the findings to the limit, worst first, and still counts them all', async () => {
    const register = createSampleRegister('omax', path.join(tempDir(), 'omax.ropa'));
    try {
      const whole = await run(register, { today: TODAY });
      const cut = await run(register, { today: TODAY, limit: 2 });
      expect(cut.counts).toEqual(whole.counts);
      expect(cut.findings).toEqual(whole.findings.slice(0, 2));
      expect((await run(register, { today: TODAY, limit: 0 })).findings).toEqual([]);
    } finally {
      register.close();
    }
  });

  it('refuses an activity that is not in the register', async () => {
    const register = createSampleRegister('omax', path.join(tempDir(), 'omax.ropa'));
    try {
      const result = await dispatch(createHandlers(register), 'checks:run', {
        activityId: '00000000-0000-4000-8000-00000000abcd',
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
    } finally {
      register.close();
    }
  });
});

describe('checks:run narrowed to a severity or a provision', () => {
  it('counts every finding by provision, and lists only those the filters let through', async () => {
    const { register } = createFullRegister(tempDir());
    register.activities.save({ ...register.activities.list()[0]!, purposes: [], nextReviewAt: null });
    const whole = await run(register, { today: TODAY });
    expect(whole.matched).toBe(whole.findings.length);
    // byArticle is the tally of every finding, provision by provision, in the regulation's order.
    const tally = new Map<string, number>();
    for (const f of whole.findings) tally.set(f.article, (tally.get(f.article) ?? 0) + 1);
    expect(
      whole.byArticle.map((a) => [a.article, a.counts.error + a.counts.warning + a.counts.info]),
    ).toEqual([...tally].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
    expect(whole.byArticle.length).toBeGreaterThan(1);
    expect(whole.counts.error).toBeGreaterThan(0);

    const [first] = whole.byArticle;
    const one = await run(register, { today: TODAY, article: first!.article, limit: 1 });
    expect(one.matched).toBe(whole.findings.filter((f) => f.article === first!.article).length);
    expect(one.findings).toEqual(whole.findings.filter((f) => f.article === first!.article).slice(0, 1));
    // The counts still describe the whole register, so the toolbar does not change with the filter.
    expect(one.counts).toEqual(whole.counts);
    expect(one.byArticle).toEqual(whole.byArticle);

    const errors = await run(register, { today: TODAY, severity: 'error' });
    expect(errors.findings).toEqual(whole.findings.filter((f) => f.severity === 'error'));
    expect(errors.matched).toBe(whole.counts.error);
    const none = await run(register, { today: TODAY, severity: 'info', article: 'Art 99' });
    expect(none).toMatchObject({ findings: [], matched: 0 });
    register.close();
  });
});

describe('whole-register checks between two writes', () => {
  it('are reused until the register changes, here or in another process, and then run again', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const first = checkReport(register, { today: TODAY });
    const again = checkReport(register, { today: TODAY });
    // The same finding objects: the rules did not run a second time.
    expect(again.findings.length).toBeGreaterThan(0);
    expect(again.findings.every((f, i) => f === first.findings[i])).toBe(true);
    // Another day is another run.
    expect(checkReport(register, { today: '2027-01-01' }).findings[0]).not.toBe(first.findings[0]);

    const activity = register.activities.list()[0]!;
    register.activities.save({ ...activity, purposes: [] });
    const afterSave = checkReport(register, { today: TODAY });
    expect(afterSave.findings[0]).not.toBe(first.findings[0]);
    expect(afterSave.counts.error).toBeGreaterThan(first.counts.error);

    // The command line (another connection) puts the purposes back: the app's next run sees it.
    const other = openRegister(register.file);
    other.activities.save(activity);
    other.close();
    expect(checkReport(register, { today: TODAY }).counts).toEqual(first.counts);
    register.close();
  });
});
