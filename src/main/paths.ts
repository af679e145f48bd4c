// Where Ropa keeps its own files, and where the built app's pieces sit next to the main bundle.
import path from 'node:path';

/** Created on first start so the app opens ready to use. */
export const DEFAULT_REGISTER_NAME = 'Default register.ropa';
export const DEFAULT_ORGANISATION_NAME = 'My organisation';
export const REGISTER_EXTENSION = '.ropa';

/**
 * The folder for Ropa's own files (recent list, default register, Chromium profile). `ROPA_DATA_DIR`
 * replaces it so a test run never touches a real user's files (Actual's ACTUAL_DATA_DIR).
 */
export function resolveDataDir(userData: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ROPA_DATA_DIR?.trim();
  return override ? path.resolve(override) : userData;
}

export function recentRegistersFile(dataDir: string): string {
  return path.join(dataDir, 'recent-registers.json');
}

export function defaultRegisterFile(dataDir: string): string {
  return path.join(dataDir, DEFAULT_REGISTER_NAME);
}

/** electron-vite writes out/main, out/preload and out/renderer side by side. */
export function builtFiles(mainDir: string): { preload: string; renderer: string } {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.js'),
    renderer: path.join(mainDir, '..', 'renderer', 'index.html'),
  };
}

export function isRegisterPath(arg: string): boolean {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith(REGISTER_EXTENSION);
}

/**
 * The register named on a command line (a double-click on a `.ropa` file, or `ropa-app file.ropa`), made
 * absolute against the directory the command ran in. Chromium may add its own switches: they start with `-`.
 */
export function registerPathFromArgv(argv: readonly string[], workingDirectory: string): string | undefined {
  const candidates = argv.slice(1).filter(isRegisterPath);
  const last = candidates[candidates.length - 1];
  return last === undefined ? undefined : path.resolve(workingDirectory, last);
}

/** The organisation name a new register starts with: the file name the user typed ("Acme Ltd.ropa"). */
export function organisationNameFromFile(file: string): string {
  const name = path.basename(file);
  const stem = name.toLowerCase().endsWith(REGISTER_EXTENSION)
    ? name.slice(0, -REGISTER_EXTENSION.length)
    : name;
  return stem.trim() || DEFAULT_ORGANISATION_NAME;
}
