// window.api for component tests: every call goes through the real dispatch() to the real core handlers
// over a real register file in a temp dir, as tests/e2e/harness.ts does for the browser. Inputs and answers
// are structured-cloned, as Electron IPC does. Each call is recorded, so a test can say what was (not) sent.
import path from 'node:path';
import { dispatch } from '../../../../src/core/dispatch';
import { createHandlers } from '../../../../src/core/handlers';
import { listSamples } from '../../../../src/core/samples';
import { createRegister, type Register } from '../../../../src/core/store/register';
import type { OrganisationFieldsInput } from '../../../../src/shared/domain';
import type { Api } from '../../../../src/shared/ipc/api';
import type { AppApi, RecentRegister } from '../../../../src/shared/ipc/app-contract';
import { CHANNELS, type Channel } from '../../../../src/shared/ipc/channels';
import { tempDir } from '../../../helpers/temp-dir';

export type Bridge = {
  register: Register;
  calls: { channel: Channel; input: unknown }[];
  /** Holds the answer to the next call of a channel until `release` is called: for ordering tests. */
  hold(channel: Channel): { release(): void };
  /** The file the next "choose a file to import" dialog answers with. */
  answerImportDialog(file: string | null): void;
  /** The shell's recent registers, as `app:listRecent` answers (none unless set). */
  setRecent(list: RecentRegister[]): void;
  /** What the window told the shell about unsaved edits, in order (`app:setUnsavedChanges`). */
  unsavedReports: boolean[];
  close(): void;
};

export function bridgeRegister(organisation: OrganisationFieldsInput): Bridge {
  const register = createRegister(path.join(tempDir(), 'register.ropa'), organisation);
  const handlers = createHandlers(register);
  const calls: Bridge['calls'] = [];
  const held = new Map<Channel, Promise<void>>();
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        calls.push({ channel, input: structuredClone(input) });
        const gate = held.get(channel);
        held.delete(channel);
        const result = await dispatch(handlers, channel, structuredClone(input));
        if (gate) await gate;
        return structuredClone(result);
      },
    ]),
  );
  const refuse = async () => ({
    ok: false,
    error: { code: 'FORBIDDEN', message: 'not a shell action these tests exercise' },
  });
  // The shell's dialogs answered as a user would: an export is saved under its suggested name beside the
  // register. Any other shell action is refused.
  const answers: Record<string, (input: never) => unknown> = {
    'app:listSamples': () => listSamples(),
    'app:chooseExportFile': ({ suggestedName }: { suggestedName: string }) =>
      path.join(path.dirname(register.file), suggestedName),
    'app:showInFolder': () => null,
    'app:chooseImportFile': () => importAnswer,
    'app:listRecent': () => recent,
    'app:setUnsavedChanges': ({ unsaved }: { unsaved: boolean }) => (unsavedReports.push(unsaved), null),
  };
  const unsavedReports: boolean[] = [];
  let importAnswer: string | null = null;
  let recent: RecentRegister[] = [];
  const app = new Proxy({} as Record<string, unknown>, {
    get: (_, channel: string) => {
      const answer = answers[channel];
      return answer ? async (input: never) => ({ ok: true, value: answer(input) }) : refuse;
    },
  });
  Object.assign(window, {
    api: api as unknown as Api,
    app: app as unknown as AppApi,
    ropaEvents: { onRegisterChanged: () => () => undefined },
  });
  return {
    register,
    calls,
    hold(channel) {
      let release = () => undefined as void;
      held.set(
        channel,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return { release: () => release() };
    },
    answerImportDialog(file) {
      importAnswer = file;
    },
    setRecent(list) {
      recent = list;
    },
    unsavedReports,
    close: () => register.close(),
  };
}
