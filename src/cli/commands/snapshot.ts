// As-sent snapshots: `ropa snapshot FILE --label …` and `ropa diff FILE SNAPSHOT`.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { fileSha256 } from '../../core/exchange/file-hash';
import type { EntityDiff, SnapshotDiff } from '../../shared/domain';
import { action, call, CliError, jsonOption, withRegister } from '../run';

function printEntities(title: string, d: EntityDiff): void {
  for (const e of d.added) console.log(`+ ${title} added: ${e.label}`);
  for (const e of d.removed) console.log(`- ${title} removed: ${e.label}`);
  for (const e of d.changed) {
    console.log(`~ ${title} changed: ${e.label}`);
    for (const c of e.changes) console.log(`    ${c.label}: ${c.from} → ${c.to}`);
  }
}

function printDiff(diff: SnapshotDiff): void {
  console.log(`Compared with snapshot "${diff.snapshot.label}" of ${diff.snapshot.createdAt.slice(0, 10)}:`);
  if (diff.unchanged) return void console.log('Nothing has changed since.');
  for (const c of diff.organisation) console.log(`~ organisation ${c.label}: ${c.from} → ${c.to}`);
  printEntities('activity', diff.activities);
  printEntities('party', diff.parties);
  printEntities('transfer', diff.transfers);
  printEntities('term', diff.terms);
}

export function registerSnapshotCommands(program: Command): void {
  program
    .command('snapshot')
    .description(
      'record what was sent: store the register as exported now, with the hash of the exported file',
    )
    .argument('<file>', 'the .ropa file')
    .option('--label <label>', 'what the snapshot is, e.g. "Sent to ICO 2026-11"')
    .option(
      '--exported <path>',
      'the exported file that was sent (its SHA-256 is stored); default: the JSON export',
    )
    .option('--format <format>', 'the format of the exported file (default: from its extension, or json)')
    .option('--list', 'list the snapshots instead')
    .addOption(jsonOption())
    .action(
      action(
        (
          file: string,
          o: { label?: string; exported?: string; format?: string; list?: boolean; json?: boolean },
        ) =>
          withRegister(file, async (register) => {
            if (o.list) {
              const list = await call(register, 'snapshots:list', {});
              if (o.json) return void console.log(JSON.stringify(list, null, 2));
              for (const s of list)
                console.log(`${s.id}  ${s.createdAt.slice(0, 10)}  ${s.format.padEnd(6)} ${s.label}`);
              return;
            }
            if (!o.label)
              throw new CliError('give the snapshot a --label, e.g. --label "Sent to ICO 2026-11"', 2);
            let exported: { fileName: string; fileHash: string } | undefined;
            if (o.exported) {
              if (!fs.existsSync(o.exported)) throw new CliError(`${o.exported} does not exist.`);
              exported = {
                fileName: path.basename(o.exported),
                fileHash: await fileSha256(o.exported),
              };
            }
            const format = o.format ?? (o.exported ? path.extname(o.exported).slice(1) || 'file' : 'json');
            const snapshot = await call(register, 'snapshots:create', {
              label: o.label,
              format,
              ...exported,
            });
            if (o.json) return void console.log(JSON.stringify(snapshot, null, 2));
            console.log(`Snapshot "${snapshot.label}" stored (${snapshot.id}, sha256 ${snapshot.fileHash}).`);
          }),
      ),
    );

  program
    .command('diff')
    .description('list what changed in the register since a snapshot (added, removed, changed)')
    .argument('<file>', 'the .ropa file')
    .argument('<snapshot>', 'the snapshot id, or its label (the latest with that label)')
    .addOption(jsonOption())
    .action(
      action((file: string, ref: string, o: { json?: boolean }) =>
        withRegister(file, async (register) => {
          const list = await call(register, 'snapshots:list', {});
          const found = list.find((s) => s.id === ref) ?? list.find((s) => s.label === ref);
          if (!found)
            throw new CliError(
              `No snapshot "${ref}" in ${file}; \`ropa snapshot ${file} --list\` lists them.`,
            );
          const diff = await call(register, 'snapshots:diff', { id: found.id });
          if (o.json) console.log(JSON.stringify(diff, null, 2));
          else printDiff(diff);
        }),
      ),
    );
}
