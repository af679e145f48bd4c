import type { Command } from 'commander';
import { Option } from 'commander';
import { CERTIFICATION_SCHEMES, PARTY_ROLES, type PartyDraft } from '../../shared/domain';
import { partyFromCatalog } from '../../core/catalog';
import { action, call, CliError, jsonOption, withRegister } from '../run';
import { readJsonFile } from './read-json';

/** "eu-us-dpf:2026-11-24" → the certification, checked on that day; the save checks the scheme and date. */
function certification(value: string): { scheme: string; reference: string; lastCheckedOn: string | null } {
  const [scheme = '', checkedOn] = value.split(':');
  return { scheme, reference: '', lastCheckedOn: checkedOn || null };
}

export function registerPartyCommands(program: Command): void {
  program
    .command('add-party')
    .description('add a processor, sub-processor, client, joint controller or recipient')
    .argument('<file>', 'the .ropa file')
    .option('--name <name>', 'the party name')
    .option('--country <code>', 'ISO country code where it processes the data')
    .addOption(new Option('--role <role...>', 'roles the party plays').choices([...PARTY_ROLES]))
    .option('--catalog <id>', 'fill it from the vendor catalog (e.g. aws, stripe, twilio)')
    .option(
      '--certification <scheme:date...>',
      `certifications it holds, each with the date it was last checked if it was (eu-us-dpf:2026-11-24 iso-27001); schemes: ${CERTIFICATION_SCHEMES.join(', ')}`,
    )
    .option('--from-json <file>', 'a JSON file holding the whole party')
    .addOption(jsonOption())
    .action(
      action(
        (
          file: string,
          o: {
            name?: string;
            country?: string;
            role?: string[];
            catalog?: string;
            certification?: string[];
            fromJson?: string;
            json?: boolean;
          },
        ) =>
          withRegister(file, async (register) => {
            const base: Record<string, unknown> = o.fromJson
              ? (readJsonFile(o.fromJson) as Record<string, unknown>)
              : o.catalog
                ? partyFromCatalog(o.catalog)
                : {};
            const draft = {
              ...base,
              ...(o.name ? { name: o.name } : {}),
              ...(o.country ? { country: o.country.toUpperCase() } : {}),
              ...(o.role ? { roles: o.role } : {}),
              ...(o.certification ? { certifications: o.certification.map(certification) } : {}),
            } as PartyDraft;
            if (!draft.name) throw new CliError('add-party needs --name, --catalog or --from-json.');
            const party = await call(register, 'parties:save', draft);
            console.log(o.json ? JSON.stringify(party, null, 2) : `Added ${party.name} (${party.id}).`);
          }),
      ),
    );

  program
    .command('parties')
    .description('list the parties of a register')
    .argument('<file>', 'the .ropa file')
    .addOption(jsonOption())
    .action(
      action((file: string, o: { json?: boolean }) =>
        withRegister(file, async (register) => {
          const parties = await call(register, 'parties:list', {});
          if (o.json) return console.log(JSON.stringify(parties, null, 2));
          for (const p of parties)
            console.log(`${p.name}\t${p.country ?? ''}\t${p.roles.join(', ')}\t${p.id}`);
        }),
      ),
    );
}
