// Which register the app opens at start: the one named on the command line, else the last one used,
// else the default register in the data folder (created on first start).
import fs from 'node:fs';
import { DEFAULT_ORGANISATION_NAME } from './paths';

export type StartupRegister =
  { action: 'open'; file: string } | { action: 'create'; file: string; legalName: string };

export function startupRegister(input: {
  commandLineFile: string | undefined;
  recent: readonly string[];
  defaultFile: string;
  exists?: (file: string) => boolean;
}): StartupRegister {
  const exists = input.exists ?? fs.existsSync;
  if (input.commandLineFile) return { action: 'open', file: input.commandLineFile };
  const last = input.recent[0];
  if (last !== undefined) return { action: 'open', file: last };
  if (exists(input.defaultFile)) return { action: 'open', file: input.defaultFile };
  return { action: 'create', file: input.defaultFile, legalName: DEFAULT_ORGANISATION_NAME };
}
