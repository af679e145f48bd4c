import type { Command } from 'commander';
import { createSampleRegister, listSamples } from '../../core/samples';
import { action, CliError } from '../run';
import { counted } from '../../shared/counted';

export function registerSampleCommands(program: Command): void {
  program
    .command('sample')
    .description('create a register from a sample (built from a real published privacy policy)')
    .argument(
      '[name]',
      `the sample: ${listSamples()
        .map((s) => s.name)
        .join(', ')}`,
    )
    .argument('[out]', 'the .ropa file to create')
    .action(
      action((name: string | undefined, out: string | undefined) => {
        if (!name || !out) {
          for (const s of listSamples())
            console.log(`${s.name.padEnd(10)} ${s.organisation} — ${s.description}`);
          if (name && !out) throw new CliError('give the file to create: ropa sample NAME OUT', 2);
          return;
        }
        let register;
        try {
          register = createSampleRegister(name, out);
        } catch (error) {
          throw new CliError(error instanceof Error ? error.message : String(error));
        }
        const activities = register.activities.count();
        register.close();
        console.log(`Created ${out} from the ${name} sample (${counted(activities, 'activity')}).`);
      }),
    );
}
