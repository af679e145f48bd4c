import type { Command } from 'commander';
import { Option } from 'commander';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, type ActivityDraft } from '../../shared/domain';
import { action, call, CliError, jsonOption, withRegister } from '../run';
import { readJsonFile } from './read-json';

export function registerActivityCommands(program: Command): void {
  program
    .command('add-activity')
    .description('add a processing activity (the flags, or a whole activity from a JSON file)')
    .argument('<file>', 'the .ropa file')
    .addOption(
      new Option('--role <role>', 'controller (Art 30(1)) or processor (Art 30(2))').choices([
        ...ACTIVITY_ROLES,
      ]),
    )
    .option('--reference <code>', 'reference code, e.g. HR-01')
    .option('--name <name>', 'name of the activity')
    .option('--description <text>', 'what the processing is')
    .option('--department <name>', 'business function or department')
    .addOption(new Option('--status <status>').choices([...ACTIVITY_STATUSES]))
    .option('--from-json <file>', 'a JSON file holding the whole activity (the flags override its fields)')
    .addOption(jsonOption())
    .action(
      action((file: string, o: Record<string, string | boolean | undefined>) =>
        withRegister(file, async (register) => {
          const base = o.fromJson ? (readJsonFile(String(o.fromJson)) as Record<string, unknown>) : {};
          const flags = Object.fromEntries(
            ['role', 'reference', 'name', 'description', 'department', 'status']
              .filter((k) => typeof o[k] === 'string')
              .map((k) => [k, o[k]]),
          );
          const draft = { ...base, ...flags } as ActivityDraft;
          if (!draft.role || !draft.reference || !draft.name) {
            throw new CliError(
              'add-activity needs --role, --reference and --name (or a --from-json file with them).',
            );
          }
          const activity = await call(register, 'activities:save', draft);
          console.log(
            o.json
              ? JSON.stringify(activity, null, 2)
              : `Added ${activity.reference} ${activity.name} (${activity.id}).`,
          );
        }),
      ),
    );

  program
    .command('list')
    .description('list the processing activities, optionally filtered')
    .argument('<file>', 'the .ropa file')
    .option('--search <text>', 'text to look for')
    .addOption(new Option('--role <role>').choices([...ACTIVITY_ROLES]))
    .addOption(new Option('--status <status>').choices([...ACTIVITY_STATUSES]))
    .addOption(jsonOption())
    .action(
      action((file: string, o: { search?: string; role?: 'controller'; status?: 'draft'; json?: boolean }) =>
        withRegister(file, async (register) => {
          const activities = await call(register, 'activities:list', {
            search: o.search,
            role: o.role,
            status: o.status,
          });
          if (o.json) return console.log(JSON.stringify(activities, null, 2));
          for (const a of activities) console.log(`${a.reference}\t${a.role}\t${a.status}\t${a.name}`);
          console.error(`${activities.length} activit${activities.length === 1 ? 'y' : 'ies'}`);
        }),
      ),
    );
}
