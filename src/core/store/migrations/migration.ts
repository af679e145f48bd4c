import type { Db } from '../database';

/** One schema step. `up` runs inside the runner's transaction, which also bumps user_version. */
export type Migration = { version: number; name: string; up: (db: Db) => void };
