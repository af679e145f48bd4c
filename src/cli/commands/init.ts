import type { Command } from 'commander';
import { Option } from 'commander';
import { createRegister } from '../../core/store/register';
import { action, call, CliError, jsonOption, withRegister } from '../run';

export function registerInitCommands(program: Command): void {
  program
    .command('init')
    .description('create a new register file for an organisation')
    .argument('<file>', 'the .ropa file to create')
    .requiredOption('--name <legal name>', "the organisation's legal name")
    .option('--country <code>', 'ISO country code of the organisation, e.g. GB')
    .addOption(
      new Option('--role <role>', 'roles it plays')
        .choices(['controller', 'processor', 'both'])
        .default('controller'),
    )
    .addOption(
      new Option('--jurisdiction <law>', 'the regime(s) it answers to')
        .choices(['uk-gdpr', 'eu-gdpr', 'both'])
        .default('uk-gdpr'),
    )
    .action(
      action(
        (file: string, options: { name: string; country?: string; role: string; jurisdiction: string }) => {
          let register;
          try {
            register = createRegister(file, {
              legalName: options.name,
              country: options.country?.toUpperCase() ?? null,
              roles: options.role === 'both' ? ['controller', 'processor'] : [options.role as 'controller'],
              jurisdictions:
                options.jurisdiction === 'both'
                  ? ['uk-gdpr', 'eu-gdpr']
                  : [options.jurisdiction as 'uk-gdpr'],
            });
          } catch (error) {
            throw new CliError(error instanceof Error ? error.message : String(error));
          }
          const terms = register.terms.list().length;
          register.close();
          console.log(`Created ${file} for ${options.name} (${terms} standard terms in its lists).`);
        },
      ),
    );

  program
    .command('info')
    .description("show a register's organisation and counts")
    .argument('<file>', 'the .ropa file')
    .addOption(jsonOption())
    .action(
      action((file: string, options: { json?: boolean }) =>
        withRegister(file, async (register) => {
          const summary = await call(register, 'register:summary', {});
          if (options.json) {
            console.log(JSON.stringify(summary, null, 2));
            return;
          }
          const { organisation: o, counts: c } = summary;
          console.log(`${o.legalName}${o.country ? ` (${o.country})` : ''} — ${summary.file}`);
          console.log(
            `Roles: ${o.roles.join(', ')} · Jurisdictions: ${o.jurisdictions.join(', ')} · Schema v${summary.schemaVersion}`,
          );
          console.log(
            `Controller activities: ${c.controllerActivities}  Processor activities: ${c.processorActivities}  ` +
              `Parties: ${c.parties}  Transfers: ${c.transfers}  Countries: ${c.countries}  Terms: ${c.terms}`,
          );
          console.log(`Last change: ${summary.lastChangeAt ?? 'none'}`);
        }),
      ),
    );
}
