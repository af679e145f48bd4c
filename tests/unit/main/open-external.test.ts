import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternal } from '../../../src/main/open-external';

describe('openExternal', () => {
  it('hands an https link to the operating system', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(openExternal('https://ico.org.uk/for-organisations/', shell)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://ico.org.uk/for-organisations/');
  });

  it('refuses every other scheme, credentials in the URL and text that is not a URL', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:dpo@example.com',
      'https://user:pass@example.com/',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
      await expect(openExternal(url, shell)).resolves.toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
