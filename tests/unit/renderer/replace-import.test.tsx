// @vitest-environment jsdom
// Replacing the register from a Ropa JSON document, in the import screen over a real register: the dry run
// says what the replace removes, and once done the screen names the copy of the register as it was, which
// holds everything the register held.
import './support/dom-shims';
import { fireEvent, screen, within } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegisterDocument } from '../../../src/core/exchange/register-document';
import { createRegister, openRegister as openFile } from '../../../src/core/store/register';
import { ImportScreen } from '../../../src/renderer/src/features/exchange/ImportScreen';
import { ActivityFields } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';
import { openRegister, renderUi } from './support/render';

function otherDocument(): string {
  const dir = tempDir();
  const other = createRegister(path.join(dir, 'other.ropa'), { legalName: 'Other Ltd' });
  const file = path.join(dir, 'other.json');
  fs.writeFileSync(file, JSON.stringify(exportRegisterDocument(other)));
  other.close();
  return file;
}

describe('replacing the register from a Ropa document', () => {
  it('says what the replace removes, then where the register as it was is kept', async () => {
    const document = otherDocument();
    const bridge = await openRegister((b) =>
      b.register.activities.save(
        ActivityFields.parse({ role: 'controller', reference: 'HR-01', name: 'Payroll' }),
      ),
    );
    bridge.answerImportDialog(document);
    renderUi(<ImportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    // Merging (the default) removes nothing, and says nothing of it.
    expect((await screen.findByTestId('dry-run')).textContent).toContain('This file would bring in');
    expect(screen.queryByTestId('replace-warning')).toBeNull();

    fireEvent.click(screen.getByText('Replace the register'));
    expect((await screen.findByTestId('replace-warning')).textContent).toBe(
      'Replacing removes what the register holds now (1 activity, 0 parties, 0 transfers). A copy of the register as it is now is kept beside it first.',
    );
    fireEvent.click(within(screen.getByTestId('dry-run')).getByRole('button', { name: 'Import' }));

    const kept = await screen.findByTestId('kept-copy');
    const copyFile = /kept in (.*\.ropa)\./.exec(kept.textContent ?? '')?.[1];
    expect(copyFile).toContain('.before-replace-');
    expect(bridge.register.activities.list()).toEqual([]);
    const copy = openFile(copyFile!);
    expect(copy.activities.list().map((a) => a.name)).toEqual(['Payroll']);
    copy.close();
  });
});
