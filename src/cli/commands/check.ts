import type { Command } from 'commander';
import { Option } from 'commander';
import type { Finding } from '../../shared/domain';
import { action, call, CliError, withRegister } from '../run';

const HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

function printFindings(findings: readonly Finding[]): void {
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    console.log(`${HEADINGS[severity]} (${group.length})`);
    for (const f of group) console.log(`  [${f.ruleId}] ${f.target.label}: ${f.message} (${f.article})`);
    console.log('');
  }
}

export function registerCheckCommands(program: Command): void {
  program
    .command('check')
    .description('check the register as a regulator would; exits 1 when there are errors')
    .argument('<file>', 'the .ropa file')
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .option('--today <date>', 'judge dates as on this day (YYYY-MM-DD)')
    .action(
      action((file: string, o: { format: 'text' | 'json'; today?: string }) =>
        withRegister(file, async (register) => {
          const report = await call(register, 'checks:run', o.today ? { today: o.today } : {});
          if (o.format === 'json') console.log(JSON.stringify(report, null, 2));
          else {
            printFindings(report.findings);
            const { error, warning, info } = report.counts;
            console.log(`${error} error(s), ${warning} warning(s), ${info} note(s).`);
          }
          // Exit code 1 so a consultant's script can stop on a record that breaks the law as written.
          if (report.counts.error > 0)
            throw new CliError(`${report.counts.error} error(s) found in ${file}.`);
        }),
      ),
    );
}
