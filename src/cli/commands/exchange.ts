import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
import { RopaError } from '../../core/errors';
import { exportRegister } from '../../core/exchange/export';
import { importFile } from '../../core/exchange/import';
import { listRegisterActivities } from '../../core/exchange/register-copy';
import { REGISTER_EXTENSION, type Register } from '../../core/store/register';
import { scopedDocument } from '../../core/exchange/scope';
import { describeIssues, zodIssues } from '../../core/issues';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES } from '../../shared/domain';
import { EXPORT_FORMATS, IMPORT_FORMATS, inputs, type ParsedInput } from '../../shared/ipc/contract';
import type { Channel } from '../../shared/ipc/channels';
import type { Issue } from '../../shared/ipc/result';
import { action, CliError, EXIT, withRegister } from '../run';
import { readJsonFile } from './read-json';
import { counted } from '../../shared/counted';
import { REGISTER_COPY_LEAVES } from '../../shared/register-copy-words';

type ExportOptions = {
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
  role?: string;
  status?: string;
  department?: string;
  asAt?: string;
};
type ImportOptions = {
  format?: string;
  mode: 'replace' | 'merge';
  dryRun?: boolean;
  mapping?: string;
  activities?: string;
};

/** The same validation as every other entry point: the channel's schema from the contract. */
function parse<C extends Channel>(channel: C, raw: unknown): ParsedInput<C> {
  const parsed = inputs[channel].safeParse(raw);
  if (!parsed.success) throw new CliError(describeIssues(zodIssues(parsed.error)));
  return parsed.data as ParsedInput<C>;
}

/** A progress bar on a terminal for long work; nothing when the output is piped or logged. */
function progress(total: number): { tick: () => void; stop: () => void } {
  if (!process.stderr.isTTY || total < 2000) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{bar} {value}/{total} rows' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  return {
    tick: () => void (++done % 500 === 0 && bar.update(done)),
    stop: () => bar.stop(),
  };
}

function inferImportFormat(source: string, given: string | undefined, mapping: string | undefined): string {
  if (given) return given;
  if (mapping) return 'mapped';
  // The CNIL publishes its model as .ods; Ropa never writes .ods, so such a file is the model.
  if (source.toLowerCase().endsWith('.ods')) return 'cnil';
  if (source.toLowerCase().endsWith(REGISTER_EXTENSION)) return 'register';
  return source.toLowerCase().endsWith('.json') ? 'json' : 'full';
}

/** The ids of the other register's activities named by reference (`--activities HR-01,HR-02`). */
function activityIdsOf(
  register: Register,
  source: string,
  references: string | undefined,
): string[] | undefined {
  if (references === undefined) return undefined;
  const { activities } = listRegisterActivities(register, source);
  const byReference = new Map(activities.map((a) => [a.reference.toLowerCase(), a.id]));
  return references
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((reference) => {
      const id = byReference.get(reference.toLowerCase());
      if (!id) throw new CliError(`${source}: there is no activity ${reference} in that register.`);
      return id;
    });
}

/** Values imported as written but worth a look, one a line, on standard error. */
function printWarnings(warnings: readonly Issue[] | undefined): void {
  if (!warnings || warnings.length === 0) return;
  console.error(`${warnings.length} warning(s):`);
  for (const w of warnings) console.error(`  ${w.path}: ${w.message}`);
}

export function registerExchangeCommands(program: Command): void {
  program
    .command('export')
    .description(
      'export the register: full (the Article 30 workbook), ico and cnil (their layouts), csv (a folder, or one activities .csv), json (lossless), dpv (JSON-LD), gaps (the gap report: every finding of the checks with its activity, department and owner)',
    )
    .argument('<file>', 'the .ropa file')
    .addOption(new Option('--format <format>').choices([...EXPORT_FORMATS]).default('full'))
    .option('--out <path>', 'where to write (json only: default standard output)')
    .addOption(
      new Option('--role <role>', 'only controller or processor activities').choices([...ACTIVITY_ROLES]),
    )
    .addOption(
      new Option('--status <status>', 'only activities with this status').choices([...ACTIVITY_STATUSES]),
    )
    .option('--department <name>', 'only activities of this department')
    .option('--as-at <date>', 'the register as it stood at the end of this day (YYYY-MM-DD)')
    .action(
      action((file: string, o: ExportOptions) =>
        withRegister(file, async (register) => {
          const filters = { role: o.role, status: o.status, department: o.department, asAt: o.asAt };
          if (!o.out) {
            if (o.format !== 'json') throw new CliError(`--out is required for the ${o.format} format`);
            const request = parse('exports:write', { format: 'json', out: '/dev/stdout', filters });
            return void process.stdout.write(
              `${JSON.stringify(scopedDocument(register, request.filters), null, 2)}\n`,
            );
          }
          const request = parse('exports:write', { format: o.format, out: path.resolve(o.out), filters });
          const bar = progress(
            register.activities.count('controller') + register.activities.count('processor'),
          );
          // Ctrl+C stops the export at its next row: the file being written is removed, an older one kept.
          const interrupt = new AbortController();
          const onInterrupt = () =>
            interrupt.abort(
              new RopaError(
                'CANCELLED',
                'The export was interrupted. Nothing was written; a file already at that place was left as it was.',
              ),
            );
          process.once('SIGINT', onInterrupt);
          try {
            const result = await exportRegister(register, request, bar.tick, interrupt.signal);
            bar.stop();
            console.error(
              `Exported ${counted(result.activities, 'activity')} (${o.format}, ${Math.round(result.bytes / 1024)} KB) to ${result.files.length > 1 ? `${result.files.length} files in ` : ''}${o.out}.`,
            );
          } catch (error) {
            bar.stop();
            const cancelled = error instanceof RopaError && error.code === 'CANCELLED';
            throw new CliError(
              `${o.out}: ${error instanceof Error ? error.message : String(error)}`,
              cancelled ? EXIT.interrupted : EXIT.failed,
            );
          } finally {
            process.off('SIGINT', onInterrupt);
          }
        }),
      ),
    );

  program
    .command('import')
    .description(
      `import a register document (json), a Ropa workbook (full), the CNIL model (cnil, .ods or .xlsx), the ICO controller template (ico), a CSV/.xlsx with a column mapping (mapped), or copy activities from another register (register, a .ropa file). Validated first, written in one transaction or not at all. ${REGISTER_COPY_LEAVES}`,
    )
    .argument('<file>', 'the .ropa file to import into')
    .argument('<source>', 'the file to import')
    .addOption(
      new Option(
        '--format <format>',
        'default: json for .json files, cnil for .ods files, register for .ropa files, full otherwise',
      ).choices([...IMPORT_FORMATS]),
    )
    .addOption(
      new Option(
        '--mode <mode>',
        'json and full: replace the register content, or merge by id (cnil, ico and mapped always add)',
      )
        .choices(['replace', 'merge'])
        .default('replace'),
    )
    .option(
      '--mapping <file>',
      'mapped import: a JSON file {"columns": {"<header>": "<field>"}, "sheet"?: "<sheet of an .xlsx>"}',
    )
    .option(
      '--activities <references>',
      'register: the activities to copy, by reference (e.g. HR-01,MK-02); every one when left out',
    )
    .option('--dry-run', 'validate and report, write nothing')
    .action(
      action((file: string, source: string, o: ImportOptions) =>
        withRegister(file, async (register) => {
          const format = inferImportFormat(source, o.format, o.mapping);
          if (o.activities !== undefined && format !== 'register')
            throw new CliError(
              '--activities applies to copying from another register (--format register) only.',
            );
          const request = parse('imports:run', {
            source: path.resolve(source),
            format,
            mode: o.mode,
            dryRun: o.dryRun ?? false,
            mapping: o.mapping ? readJsonFile(o.mapping) : undefined,
            activityIds: activityIdsOf(register, path.resolve(source), o.activities),
          });
          try {
            const s = await importFile(register, request);
            printWarnings(s.warnings);
            const counts = `${counted(s.activities, 'activity')}, ${counted(s.parties, 'party')}, ${counted(s.transfers, 'transfer')} and ${counted(s.terms, 'term')}`;
            console.log(
              s.dryRun
                ? `Dry run: ${source} is valid and would import ${counts}. Nothing was written.`
                : `Imported ${counts} from ${source}.`,
            );
            if (s.backup) console.log(`The register as it was before is kept in ${s.backup}.`);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new CliError(message.includes(source) ? message : `${source}: ${message}`);
          }
        }),
      ),
    );
}
