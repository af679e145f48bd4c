#!/usr/bin/env node
// `ropa`: the register engine without the app, for scripts and consultants' batch work.
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
