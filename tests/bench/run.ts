// `npm run bench`: every benchmark of the project, each printing its targets; exits 1 if one is missed.
import { runEngineBench } from './engine';

const results: boolean[] = [];
console.log('Register engine (10,000 activities)');
results.push(runEngineBench());
process.exitCode = results.every(Boolean) ? 0 : 1;
