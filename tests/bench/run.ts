// `npm run bench`: every benchmark of the project, each printing its targets; exits 1 if one is missed.
// `npm run bench -- engine` or `-- exchange` runs one of them.
import { runEngineBench } from './engine';
import { runExchangeBench } from './exchange';

const only = process.argv[2];
const results: boolean[] = [];
if (!only || only === 'engine') {
  console.log('Register engine (10,000 activities)');
  results.push(runEngineBench());
}
if (!only || only === 'exchange') {
  console.log('\nExports and imports (1k, 10k, 100k activities)');
  results.push(runExchangeBench());
}
process.exitCode = results.every(Boolean) ? 0 : 1;
