// @vitest-environment jsdom
// The import screen over a real register and a real exported workbook: the check before importing shows
// its progress with Cancel; a cancelled check imports nothing and can be run again; the import itself then
// brings every activity in.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/core/exchange/export';
import { ImportScreen } from '../../../src/renderer/src/features/exchange/ImportScreen';
import { generateRegister } from '../../bench/generate-register';
import { openRegister, renderUi } from './support/render';

let dir: string;
let workbook: string;

// Made once for the file (tempDir() empties after every test).
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-import-progress-'));
  const source = generateRegister(path.join(dir, 'source.ropa'), 200);
  workbook = path.join(dir, 'source.xlsx');
  await exportRegister(source, { format: 'full', out: workbook });
  source.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the import screen', () => {
  it('cancels the check before importing, imports nothing, and checks again on request', async () => {
    const bridge = await openRegister();
    bridge.answerImportDialog(workbook);
    renderUi(<ImportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    const progress = await screen.findByTestId('import-progress');
    fireEvent.click(progress.querySelector('button')!);

    expect((await screen.findByTestId('import-cancelled')).textContent).toContain(
      'The check was cancelled. Nothing was imported.',
    );
    expect(bridge.register.activities.list()).toEqual([]);
    expect(bridge.calls.some((c) => c.channel === 'imports:cancel')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Check the file again' }));
    expect((await screen.findByTestId('dry-run')).textContent).toContain(
      'This file would bring in 200 activities',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bridge.register.activities.list()).toHaveLength(200));
    expect((await screen.findByTestId('import-done')).textContent).toContain('Imported 200 activities');
  });
});
