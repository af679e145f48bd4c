// As-sent snapshots: stored inside the register with the exported file's hash, survive reopening, and a
// diff lists what was added, removed and changed since.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createSnapshot,
  diffWithSnapshot,
  documentFileText,
  sha256Hex,
} from '../../../src/core/history/snapshots';
import { exportRegisterDocument } from '../../../src/core/exchange/register-document';
import { openRegister } from '../../../src/core/store/register';
import { sha256, tempDir } from '../../helpers/temp-dir';
import { createCleanRegister } from '../rules/clean-register';
import { ropa } from '../../helpers/ropa-cli';

describe('as-sent snapshots', () => {
  it('stores the exported document with its hash, and finds nothing changed right after', () => {
    const c = createCleanRegister(tempDir());
    const snapshot = createSnapshot(c.register, { label: 'Sent to ICO', format: 'json', fileName: '' });
    const stored = c.register.snapshots.get(snapshot.id);
    expect(stored.fileHash).toBe(sha256Hex(documentFileText(stored.document)));
    expect(stored.document.activities.map((a) => a.reference)).toEqual(['CU-01', 'SV-01']);
    expect(diffWithSnapshot(c.register, snapshot.id).unchanged).toBe(true);
    c.register.close();
  });

  it('lists added, removed and changed activities and fields since the snapshot, after reopening', () => {
    const c = createCleanRegister(tempDir());
    const snapshot = createSnapshot(c.register, { label: 'v1', format: 'json', fileName: '' });
    const purposes = c.controller.purposes.map((p) => ({ ...p, lawfulBasis: 'art6-1-a' as const }));
    c.register.activities.save({ ...c.controller, purposes, name: 'Customer accounts and billing' });
    c.register.transfers.delete(c.transfer.id);
    c.register.activities.delete(c.processorActivity.id);
    c.register.activities.save({ ...c.controller, id: undefined, reference: 'CU-02', name: 'Newsletter' });
    c.register.close();

    const register = openRegister(c.register.file);
    const diff = diffWithSnapshot(register, snapshot.id);
    expect(diff.unchanged).toBe(false);
    expect(diff.activities.added.map((a) => a.label)).toEqual(['CU-02 Newsletter']);
    expect(diff.activities.removed.map((a) => a.label)).toEqual(['SV-01 Hosting for clients']);
    expect(diff.activities.changed).toHaveLength(1);
    expect(diff.activities.changed[0]!.changes).toEqual([
      { field: 'name', label: 'name', from: 'Customer accounts', to: 'Customer accounts and billing' },
      { field: 'purposes', label: 'lawful basis of "Provide the service"', from: 'Contract', to: 'Consent' },
    ]);
    expect(diff.transfers.removed.map((t) => t.label)).toEqual(['CU-01 → Mailer Inc (US)']);
    register.close();
  });

  it('ropa snapshot stores the hash of the file that was sent; ropa diff lists the changes', () => {
    const c = createCleanRegister(tempDir());
    const file = c.register.file;
    const sent = path.join(path.dirname(file), 'sent.json');
    fs.writeFileSync(sent, documentFileText(exportRegisterDocument(c.register)));
    c.register.close();

    const made = ropa('snapshot', file, '--label', 'Sent to client', '--exported', sent, '--json');
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({
      label: 'Sent to client',
      format: 'json',
      fileName: 'sent.json',
      fileHash: sha256(sent),
    });
    expect(ropa('diff', file, 'Sent to client').stdout).toContain('Nothing has changed since.');

    const register = openRegister(file);
    register.activities.save({ ...register.activities.get(c.controller.id), department: 'Finance' });
    register.close();
    const diff = ropa('diff', file, 'Sent to client');
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('~ activity changed: CU-01 Customer accounts');
    expect(diff.stdout).toContain('department: Ops → Finance');
    expect(ropa('diff', file, 'nope').stderr).toContain('No snapshot "nope"');
    expect(ropa('snapshot', file).code).toBe(2);

    // The same change in `ropa history`, narrowed to activities; an unknown kind is a usage mistake.
    const history = ropa('history', file, '--kind', 'activity', '--limit', '1');
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toContain('activity CU-01 Customer accounts: changed on');
    expect(history.stdout).toContain('department from Ops to Finance');
    expect(history.stdout.trim().split('\n')).toHaveLength(1);
    const wrong = ropa('history', file, '--kind', 'invoice');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'Allowed choices are organisation, term, party, activity, transfer, register',
    );
  });
});
