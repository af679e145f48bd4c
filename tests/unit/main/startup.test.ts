import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORGANISATION_NAME,
  builtFiles,
  defaultRegisterFile,
  organisationNameFromFile,
  registerPathFromArgv,
  resolveDataDir,
} from '../../../src/main/paths';
import { startupRegister } from '../../../src/main/startup-register';

const defaultFile = defaultRegisterFile('/home/dpo/.config/Ropa');

describe('which register opens at start', () => {
  it('opens a register named on the command line first', () => {
    const choice = startupRegister({
      commandLineFile: '/work/client.ropa',
      recent: ['/work/last.ropa'],
      defaultFile,
      exists: () => true,
    });
    expect(choice).toEqual({ action: 'open', file: '/work/client.ropa' });
  });

  it('else reopens the register used last', () => {
    const choice = startupRegister({ commandLineFile: undefined, recent: ['/work/last.ropa'], defaultFile });
    expect(choice).toEqual({ action: 'open', file: '/work/last.ropa' });
  });

  it('else opens the default register, creating it on first start', () => {
    expect(
      startupRegister({ commandLineFile: undefined, recent: [], defaultFile, exists: () => true }),
    ).toEqual({
      action: 'open',
      file: defaultFile,
    });
    expect(
      startupRegister({ commandLineFile: undefined, recent: [], defaultFile, exists: () => false }),
    ).toEqual({
      action: 'create',
      file: defaultFile,
      legalName: DEFAULT_ORGANISATION_NAME,
    });
    expect(path.basename(defaultFile)).toBe('Default register.ropa');
  });
});

describe('paths', () => {
  it('uses ROPA_DATA_DIR instead of the user-data folder when it is set', () => {
    expect(resolveDataDir('/home/dpo/.config/Ropa', {})).toBe('/home/dpo/.config/Ropa');
    expect(resolveDataDir('/home/dpo/.config/Ropa', { ROPA_DATA_DIR: '/tmp/ropa-e2e-1' })).toBe(
      path.resolve('/tmp/ropa-e2e-1'),
    );
    expect(resolveDataDir('/home/dpo/.config/Ropa', { ROPA_DATA_DIR: '  ' })).toBe('/home/dpo/.config/Ropa');
  });

  it('finds a .ropa file on a command line, ignoring Chromium switches, relative to where it ran', () => {
    expect(registerPathFromArgv(['/opt/Ropa/ropa', '--no-sandbox', 'clients/Acme.ROPA'], '/home/dpo')).toBe(
      path.resolve('/home/dpo/clients/Acme.ROPA'),
    );
    expect(registerPathFromArgv(['/usr/bin/electron', '.', '--flag=x.ropa'], '/home/dpo')).toBeUndefined();
    expect(registerPathFromArgv(['/opt/Ropa/ropa'], '/home/dpo')).toBeUndefined();
  });

  it('finds the preload and the renderer next to the main bundle', () => {
    const files = builtFiles(path.resolve('/app/out/main'));
    expect(files.preload).toBe(path.resolve('/app/out/preload/index.js'));
    expect(files.renderer).toBe(path.resolve('/app/out/renderer/index.html'));
  });

  it('names a new organisation after the file the user typed', () => {
    expect(organisationNameFromFile('/work/Acme Ltd.ropa')).toBe('Acme Ltd');
    expect(organisationNameFromFile('/work/.ropa')).toBe(DEFAULT_ORGANISATION_NAME);
  });
});
