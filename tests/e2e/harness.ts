// The browser stands in for Electron: the built renderer is served from disk at a local origin through
// page.route (no server, no network), and window.api forwards every call to the real core handlers over
// a real SQLite register file in a temp dir, through the same dispatch() the Electron IPC uses. The Start
// screen's channels are the shell's own (src/main/recent-handlers.ts) over a recent list in the temp dir.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch, isChannel, type Handlers } from '../../src/core/dispatch';
import { createHandlers } from '../../src/core/handlers';
import { createSampleRegister, listSamples } from '../../src/core/samples';
import { createRegister, openRegister, type Register } from '../../src/core/store/register';
import { registerProblem } from '../../src/main/open-problem';
import { createRecentHandlers } from '../../src/main/recent-handlers';
import { glanceAt, glanceAtFile } from '../../src/core/views/register-glance';
import { addRecentRegister } from '../../src/main/recent-registers';
import { APP_CHANNELS } from '../../src/shared/ipc/app-channels';
import {
  NO_REGISTER_OPEN,
  appInputs,
  type AppHandlers,
  type RegisterProblem,
} from '../../src/shared/ipc/app-contract';
import { CHANNELS } from '../../src/shared/ipc/channels';

export const APP_ORIGIN = 'http://ropa.test';
const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type Harness = {
  dir: string;
  file: string;
  /** The recent-registers list of this run (the shell's format), read by the Start screen. */
  recentList: string;
  /** The open register; throws when the start-up file could not be opened and none was opened since. */
  register(): Register;
  /** What the next "Choose a file…" of the import answers, as the user would in the dialog. */
  answerImportDialog(file: string | null): void;
  /** Closes the register file and opens it again from disk, as a restart of the app would. */
  reopen(): void;
  close(): void;
  /** Every URL the page asked for, to prove the app made no network request. */
  requests: string[];
  /** Files the app asked the file manager to show. */
  shownInFolder: string[];
  /** What the window told the shell about unsaved edits, in order (the shell asks before dropping them). */
  unsavedReports: boolean[];
};

/** The shell's channels as a user would answer the dialogs: exports land in the register's temp dir. */
function harnessAppHandlers(
  dir: string,
  shownInFolder: string[],
  unsavedReports: boolean[],
  switchTo: (register: Register) => void,
  importAnswer: () => string | null,
  recent: ReturnType<typeof createRecentHandlers>,
): AppHandlers {
  const refuse = (what: string) => () => {
    throw new Error(`${what} is a File menu action of the Electron shell, not exercised in the browser`);
  };
  return {
    'app:chooseExportFile': ({ suggestedName }) => path.join(dir, suggestedName),
    'app:chooseImportFile': () => importAnswer(),
    'app:showInFolder': ({ file }) => (shownInFolder.push(file), null),
    'app:setUnsavedChanges': ({ unsaved }) => (unsavedReports.push(unsaved), null),
    'app:newRegister': refuse('New register'),
    'app:openRegister': refuse('Open register'),
    'app:saveCopy': refuse('Save a copy'),
    'app:listSamples': () => listSamples(),
    'app:openSample': ({ name }) => {
      switchTo(createSampleRegister(name, path.join(dir, `sample-${name}.ropa`)));
      return null;
    },
    ...recent,
  };
}

/**
 * `open` makes the register file (default: a new empty register for `legalName`); the speed bench passes
 * one that writes 10k activities. When it throws, the page starts with no register, as the shell does when
 * the start-up register is refused, and the Start screen shows the problem.
 */
export async function startHarness(
  page: Page,
  legalName: string,
  open: (file: string) => Register = (file) => createRegister(file, { legalName }),
): Promise<Harness> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run "npm run build" before the e2e tests`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-e2e-'));
  const file = path.join(dir, 'acme.ropa');
  const recentList = path.join(dir, 'recent-registers.json');
  let register: Register | null = null;
  let handlers: Handlers | null = null;
  let problem: RegisterProblem | null = null;
  // As the shell's session does: the register shown is recorded first in the recent list, with its name.
  const switchTo = (next: Register) => {
    register?.close();
    register = next;
    handlers = createHandlers(next);
    problem = null;
    addRecentRegister(recentList, next.file, { organisation: next.organisation.get().legalName });
  };
  try {
    switchTo(open(file));
  } catch (error) {
    problem = registerProblem('open', file, error);
  }
  let importAnswer: string | null = null;
  const requests: string[] = [];
  const shownInFolder: string[] = [];
  const recent = createRecentHandlers({
    recentList,
    currentFile: () => register?.file ?? null,
    open: async (target) => switchTo(openRegister(target)),
    problem: () => problem,
    glance: (target, isOpen) => (isOpen && register ? glanceAt(register) : glanceAtFile(target)),
  });
  const unsavedReports: boolean[] = [];
  const appHandlers = harnessAppHandlers(
    dir,
    shownInFolder,
    unsavedReports,
    switchTo,
    () => importAnswer,
    recent,
  );
  page.on('request', (request) => requests.push(request.url()));

  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const target = path.resolve(RENDERER_DIR, relative);
    if (!target.startsWith(RENDERER_DIR) || !fs.existsSync(target)) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(target),
      contentType: TYPES[path.extname(target)] ?? 'application/octet-stream',
    });
  });

  // Answers travel as one JSON string: Playwright's object serialiser takes seconds on a 10k-activity list.
  await page.exposeFunction('__ropaInvoke', async (channel: unknown, input: unknown) => {
    if (!isChannel(channel)) {
      return JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'unknown channel' } });
    }
    // The same answer as src/main/ipc/register-ipc.ts gives when no register is open.
    if (!handlers) {
      return JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: NO_REGISTER_OPEN } });
    }
    return JSON.stringify(await dispatch(handlers, channel, input));
  });
  // The same checks as src/main/ipc/register-app-ipc.ts: validate, run, answer with a Result.
  await page.exposeFunction('__ropaApp', async (channel: unknown, input: unknown) => {
    const known = APP_CHANNELS.find((c) => c === channel);
    if (!known) return { ok: false, error: { code: 'FORBIDDEN', message: 'unknown channel' } };
    const parsed = appInputs[known].safeParse(input);
    if (!parsed.success)
      return { ok: false, error: { code: 'INVALID_INPUT', message: parsed.error.message } };
    const handler = appHandlers[known] as (input: unknown) => unknown;
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
      };
    }
  });
  await page.addInitScript(
    ({ channels, appChannels }: { channels: readonly string[]; appChannels: readonly string[] }) => {
      type Invoke = (channel: string, input: unknown) => Promise<unknown>;
      const bridge = window as unknown as { __ropaInvoke: Invoke; __ropaApp: Invoke };
      Object.assign(window, {
        api: Object.fromEntries(
          channels.map((c) => [
            c,
            async (input: unknown) => JSON.parse(String(await bridge.__ropaInvoke(c, input))),
          ]),
        ),
        app: Object.fromEntries(appChannels.map((c) => [c, (input: unknown) => bridge.__ropaApp(c, input)])),
        ropaEvents: { onRegisterChanged: () => () => undefined },
      });
    },
    { channels: CHANNELS, appChannels: APP_CHANNELS },
  );

  const current = (): Register => {
    if (!register) throw new Error(`No register is open: ${problem?.detail ?? 'none was opened'}`);
    return register;
  };
  return {
    dir,
    file,
    recentList,
    requests,
    shownInFolder,
    unsavedReports,
    register: current,
    answerImportDialog(next) {
      importAnswer = next;
    },
    reopen() {
      const reopened = current().file;
      current().close();
      register = openRegister(reopened);
      handlers = createHandlers(register);
    },
    close() {
      register?.close();
      // The page may still ask for something while the test ends: it is told no register is open.
      register = null;
      handlers = null;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
