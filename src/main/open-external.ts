// The one place that hands a URL to the operating system: https links only (no file:, no custom schemes
// that could start programs, no credentials in the URL).
import type { Shell } from 'electron';

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/** Opens `url` in the user's browser if it is an https link; returns whether it did. */
export async function openExternal(url: string, shell: Pick<Shell, 'openExternal'>): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
