import fs from 'node:fs';
import { CliError } from '../run';

/** Reads a JSON file given on the command line, naming the file in any error. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read ${file}: no such file.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
