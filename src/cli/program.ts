import { Command } from 'commander';
import { registerActivityCommands } from './commands/activities';
import { registerCheckCommands } from './commands/check';
import { registerExchangeCommands } from './commands/exchange';
import { registerInitCommands } from './commands/init';
import { registerMapCommands } from './commands/map';
import { registerPartyCommands } from './commands/parties';
import { registerReviewCommands } from './commands/review';
import { registerSampleCommands } from './commands/sample';
import { registerSnapshotCommands } from './commands/snapshot';

export function buildProgram(): Command {
  const program = new Command('ropa')
    .description('Keep a GDPR / UK GDPR Article 30 record of processing activities in a .ropa register file.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride((error) => {
      // commander's own exits: help and version are success, usage mistakes are exit code 2.
      process.exit(error.exitCode === 0 ? 0 : 2);
    });
  registerInitCommands(program);
  registerPartyCommands(program);
  registerActivityCommands(program);
  registerExchangeCommands(program);
  registerCheckCommands(program);
  registerSampleCommands(program);
  registerReviewCommands(program);
  registerSnapshotCommands(program);
  registerMapCommands(program);
  return program;
}
