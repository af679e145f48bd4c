import { initial } from './0001-initial';
import { snapshots } from './0002-snapshots';
import type { Migration } from './migration';

/** Every migration, in order. A new one is appended here and never edits an older one. */
export const MIGRATIONS: readonly Migration[] = [initial, snapshots];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
