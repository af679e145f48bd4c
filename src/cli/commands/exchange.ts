import type { Command } from 'commander';
import { Option } from 'commander';
import { writeTextAtomic } from '../../core/exchange/atomic-write';
import { importRegisterDocument } from '../../core/exchange/register-document';
import { action, call, CliError, withRegister } from '../run';
import { readJsonFile } from './read-json';

class DryRunRollback extends Error {}

export function registerExchangeCommands(program: Command): void {
  program
    .command('export')
    .description('export the register (json: the complete register, lossless)')
    .argument('<file>', 'the .ropa file')
    .addOption(new Option('--format <format>').choices(['json']).default('json'))
    .option('--out <path>', 'where to write (default: standard output)')
    .action(
      action((file: string, o: { format: 'json'; out?: string }) =>
        withRegister(file, async (register) => {
          const document = await call(register, 'register:exportDocument', {});
          const text = `${JSON.stringify(document, null, 2)}\n`;
          if (!o.out) return void process.stdout.write(text);
          await writeTextAtomic(o.out, text);
          console.error(
            `Exported ${document.activities.length} activities, ${document.parties.length} parties and ${document.transfers.length} transfers to ${o.out}.`,
          );
        }),
      ),
    );

  program
    .command('import')
    .description(
      'import a JSON register document (validated first; written in one transaction, or not at all)',
    )
    .argument('<file>', 'the .ropa file to import into')
    .argument('<source>', 'the JSON document')
    .addOption(new Option('--format <format>').choices(['json']).default('json'))
    .addOption(
      new Option('--mode <mode>', 'replace the register content, or merge by id')
        .choices(['replace', 'merge'])
        .default('replace'),
    )
    .option('--dry-run', 'validate and report, write nothing')
    .action(
      action((file: string, source: string, o: { mode: 'replace' | 'merge'; dryRun?: boolean }) =>
        withRegister(file, async (register) => {
          const document = readJsonFile(source);
          if (o.dryRun) {
            // Run the real import inside a transaction and roll it back: the check is the import itself.
            let counts = '';
            try {
              register.transaction(() => {
                const summary = importRegisterDocument(register, document, o.mode);
                counts = `${summary.activities} activities, ${summary.parties} parties, ${summary.transfers} transfers, ${summary.terms} terms`;
                throw new DryRunRollback();
              });
            } catch (error) {
              if (!(error instanceof DryRunRollback))
                throw new CliError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
            }
            console.log(`Dry run: ${source} is valid and would import ${counts}. Nothing was written.`);
            return;
          }
          try {
            const summary = await call(register, 'register:importDocument', { document, mode: o.mode });
            console.log(
              `Imported ${summary.activities} activities, ${summary.parties} parties, ${summary.transfers} transfers and ${summary.terms} terms from ${source}.`,
            );
          } catch (error) {
            throw new CliError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
      ),
    );
}
