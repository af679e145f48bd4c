// `ropa map`: the data map in words — who the register's data goes to, where, under what, and the gaps —
// for a report or a script; the same view the app draws (core/views/data-map.ts).
import type { Command } from 'commander';
import { mapNodeLabels, type DataMap } from '../../shared/domain';
import type { Register } from '../../core/store/register';
import { action, activityIdByReference, call, CliError, jsonOption, withRegister } from '../run';

function partyId(register: Register, name: string): string {
  const wanted = name.toLowerCase();
  const found = register.parties.list().find((p) => p.name.toLowerCase() === wanted);
  if (!found) throw new CliError(`No party named "${name}" in ${register.file}.`);
  return found.id;
}

/** One line a link: "from → to: how", a gap or a retired mechanism marked. */
export function mapInWords(map: DataMap): string[] {
  const names = mapNodeLabels(map);
  return map.edges.map((e) => {
    const mark = e.state === 'gap' ? '  [gap]' : e.state === 'retired' ? '  [retired mechanism]' : '';
    return `${names.get(e.from)} → ${names.get(e.to)}: ${e.label}${mark}`;
  });
}

export function registerMapCommands(program: Command): void {
  program
    .command('map')
    .description('the data map in words: activities → parties → where the data goes, and the gaps')
    .argument('<file>', 'the .ropa file')
    .option('--activity <reference>', 'only this activity')
    .option('--party <name>', 'only this party, with the activities that name it')
    .addOption(jsonOption())
    .action(
      action((file: string, o: { activity?: string; party?: string; json?: boolean }) =>
        withRegister(file, async (register) => {
          if (o.activity && o.party) throw new CliError('Give --activity or --party, not both.');
          const map = await call(register, 'map:get', {
            ...(o.activity ? { activityId: activityIdByReference(register, o.activity) } : {}),
            ...(o.party ? { partyId: partyId(register, o.party) } : {}),
          });
          if (o.json) return void console.log(JSON.stringify(map, null, 2));
          for (const line of mapInWords(map)) console.log(line);
          if (map.activities.length < map.activityCount)
            console.log(`(${map.activities.length} of ${map.activityCount} activities drawn)`);
          const gaps = map.edges.filter((e) => e.state === 'gap').length;
          console.log(gaps === 0 ? 'No gap.' : `${gaps} gap${gaps === 1 ? '' : 's'}.`);
        }),
      ),
    );
}
