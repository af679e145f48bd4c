// Writes a generated register in its own process, so the benchmark's peak memory is only what
// opening and reading the register costs, not what building it cost.
import { generateRegister } from './generate-register';

const [file, count] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: generate-file.ts FILE COUNT');
generateRegister(file, Number(count)).close();
