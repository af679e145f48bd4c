// Review workflow and history in words: `ropa review`, `ropa reviews-due`, `ropa history`.
import { Option, type Command } from 'commander';
import { HISTORY_ENTITIES, type HistoryEntry } from '../../shared/domain/history';
import { action, activityIdByReference, call, jsonOption, withRegister } from '../run';

export function registerReviewCommands(program: Command): void {
  program
    .command('review')
    .description("mark an activity reviewed: last reviewed today, next review after the register's interval")
    .argument('<file>', 'the .ropa file')
    .argument('<reference>', 'the activity reference, e.g. HR-01')
    .option('--on <date>', 'the review date (YYYY-MM-DD; default today)')
    .action(
      action((file: string, reference: string, o: { on?: string }) =>
        withRegister(file, async (register) => {
          const id = activityIdByReference(register, reference);
          const a = await call(register, 'review:mark', o.on ? { id, on: o.on } : { id });
          console.log(`${a.reference} reviewed on ${a.lastReviewedAt}; next review ${a.nextReviewAt}.`);
        }),
      ),
    );

  program
    .command('reviews-due')
    .description('list activities whose review is overdue, due soon, or never done')
    .argument('<file>', 'the .ropa file')
    .option('--on <date>', 'judge as on this day (YYYY-MM-DD)')
    .option('--within <days>', 'count reviews due within this many days', '30')
    .addOption(jsonOption())
    .action(
      action((file: string, o: { on?: string; within: string; json?: boolean }) =>
        withRegister(file, async (register) => {
          const due = await call(register, 'review:due', {
            withinDays: Number(o.within),
            ...(o.on ? { on: o.on } : {}),
          });
          if (o.json) return void console.log(JSON.stringify(due, null, 2));
          if (due.length === 0) return void console.log('No review is due.');
          for (const d of due) {
            const when = d.state === 'never' ? 'never reviewed' : `${d.state} ${d.nextReviewAt}`;
            console.log(`${d.reference.padEnd(10)} ${when.padEnd(20)} ${d.name}`);
          }
        }),
      ),
    );

  program
    .command('history')
    .description("the register's change history in words (or one activity's)")
    .argument('<file>', 'the .ropa file')
    .option('--activity <reference>', 'only this activity')
    .addOption(
      new Option('--kind <kind>', 'only this kind of record (register: the imports)').choices([
        ...HISTORY_ENTITIES,
      ]),
    )
    .option('--limit <n>', 'most recent entries to show', '50')
    .addOption(jsonOption())
    .action(
      action(
        (
          file: string,
          o: { activity?: string; kind?: HistoryEntry['entity']; limit: string; json?: boolean },
        ) =>
          withRegister(file, async (register) => {
            const entityId = o.activity ? activityIdByReference(register, o.activity) : undefined;
            const entries = await call(register, 'history:list', {
              limit: Number(o.limit),
              ...(entityId ? { entityId } : {}),
              ...(o.kind ? { entity: o.kind } : {}),
            });
            if (o.json) return void console.log(JSON.stringify(entries, null, 2));
            for (const e of entries) console.log(`${e.entity} ${e.label}: ${e.summary}`);
          }),
      ),
    );
}
