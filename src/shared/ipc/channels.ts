// The channel names, with zero imports: the sandboxed preload bundles this file alone.
export const CHANNELS = [
  'register:summary',
  'register:exportDocument',
  'register:importDocument',
  'organisation:get',
  'organisation:update',
  'terms:list',
  'terms:save',
  'terms:delete',
  'parties:list',
  'parties:get',
  'parties:save',
  'parties:delete',
  'parties:usage',
  'activities:list',
  'activities:get',
  'activities:save',
  'activities:delete',
  'transfers:list',
  'transfers:save',
  'transfers:delete',
  'changes:list',
  'exports:write',
  'exports:progress',
  'exports:cancel',
  'imports:run',
  'imports:preview',
  'reference:get',
  'activities:rows',
  'checks:run',
  'history:list',
  'review:mark',
  'review:due',
  'snapshots:list',
  'snapshots:create',
  'snapshots:diff',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events the main process sends to the renderer (not requests). */
export const EVENTS = ['register:changed'] as const;
export type AppEvent = (typeof EVENTS)[number];
