import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RopaError } from '../../../src/core/errors';
import { exportRegisterDocument, importRegisterDocument } from '../../../src/core/exchange/register-document';
import { createRegister } from '../../../src/core/store/register';
import type { RegisterDocument } from '../../../src/shared/domain';
import { createFullRegister } from '../../helpers/full-register';
import { sha256, tempDir } from '../../helpers/temp-dir';

/** The document without the moment it was written, which is the one field that must differ. */
function content(doc: RegisterDocument) {
  const { exportedAt: _at, ...rest } = doc;
  return rest;
}

function importError(fn: () => unknown): RopaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RopaError);
    return error as RopaError;
  }
  throw new Error('the import should have been refused');
}

describe('the JSON register document', () => {
  it('round-trips losslessly: export, import into an empty register, export again', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const first = exportRegisterDocument(register);
    register.close();
    const empty = createRegister(path.join(dir, 'empty.ropa'), { legalName: 'Placeholder' });
    const summary = importRegisterDocument(empty, JSON.parse(JSON.stringify(first)), 'replace');
    expect(summary).toEqual({ terms: first.terms.length, parties: 2, activities: 2, transfers: 1 });
    const second = exportRegisterDocument(empty);
    expect(content(second)).toEqual(content(first));
    expect(empty.changes.list({ limit: 1 })[0]).toMatchObject({ entity: 'register', action: 'import' });
    empty.close();
  });

  it('reports every problem with its path and writes nothing', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const doc = JSON.parse(JSON.stringify(exportRegisterDocument(register))) as Record<string, never>;
    register.close();
    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target Ltd' });
    const before = exportRegisterDocument(target);
    const bad = structuredClone(doc) as unknown as {
      activities: { purposes: { lawfulBasis: string }[]; reference: string }[];
      transfers: { country: string }[];
    };
    bad.activities[0]!.purposes[0]!.lawfulBasis = 'because-we-want-to';
    bad.activities[1]!.reference = '';
    bad.transfers[0]!.country = 'usa';
    const error = importError(() => importRegisterDocument(target, bad, 'replace'));
    expect(error.issues?.map((i) => i.path)).toEqual([
      'activities[0].purposes[0].lawfulBasis',
      'activities[1].reference',
      'transfers[0].country',
    ]);
    expect(error.message).toMatch(/activities\[0\]\.purposes\[0\]\.lawfulBasis/);
    expect(content(exportRegisterDocument(target))).toEqual(content(before));
    target.close();
  });

  it('refuses broken references between entities, naming each one', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const doc = exportRegisterDocument(register);
    register.close();
    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target Ltd' });
    const partyId = doc.parties[0]!.id;
    const broken = {
      ...doc,
      parties: doc.parties.slice(1),
      activities: [...doc.activities, { ...doc.activities[0]!, id: doc.activities[1]!.id }],
    };
    const error = importError(() => importRegisterDocument(target, broken, 'replace'));
    const paths = error.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain('activities[2].id');
    expect(paths).toContain('activities[2].reference');
    expect(paths).toContain('activities[0].parties[0].partyId');
    expect(paths).toContain('transfers[0].partyId');
    expect(error.issues?.find((i) => i.path === 'transfers[0].partyId')?.message).toContain(partyId);
    target.close();
  });

  it('refuses unknown countries and mechanisms that the schema alone would let through', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const doc = exportRegisterDocument(register);
    register.close();
    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Target Ltd' });
    const transfers = [{ ...doc.transfers[0]!, country: 'QQ', mechanism: 'pinky-promise' }];
    const error = importError(() => importRegisterDocument(target, { ...doc, transfers }, 'replace'));
    expect(error.issues).toEqual([
      { path: 'transfers[0].country', message: 'QQ is not an ISO 3166-1 country code' },
      expect.objectContaining({ path: 'transfers[0].mechanism' }),
    ]);
    target.close();
  });

  it('rolls back the whole import when a write fails half way, leaving the file as it was', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const doc = exportRegisterDocument(register);
    register.close();
    const file = path.join(dir, 'target.ropa');
    const target = createRegister(file, { legalName: 'Target Ltd' });
    const before = exportRegisterDocument(target);
    // Two terms with the same label in different case pass the id checks but break the unique index.
    const clash = {
      ...doc.terms[0]!,
      id: '0b5d2d7e-5a55-4c3e-8f7e-222222222222',
      label: doc.terms[0]!.label.toUpperCase(),
    };
    expect(() =>
      importRegisterDocument(target, { ...doc, terms: [...doc.terms, clash] }, 'replace'),
    ).toThrow();
    expect(content(exportRegisterDocument(target))).toEqual(content(before));
    target.close();
    expect(sha256(file)).toBeTruthy();
  });

  it('refuses a document of another format or version with a plain message', () => {
    const target = createRegister(path.join(tempDir(), 't.ropa'), { legalName: 'T' });
    const error = importError(() =>
      importRegisterDocument(target, { format: 'something', version: 9 }, 'replace'),
    );
    expect(error.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['format', 'version', 'organisation']),
    );
    target.close();
  });

  it('merges by id, keeping what the register already had', () => {
    const dir = tempDir();
    const { register } = createFullRegister(dir);
    const doc = exportRegisterDocument(register);
    register.close();
    const target = createRegister(path.join(dir, 'target.ropa'), { legalName: 'Keeps Its Name Ltd' });
    importRegisterDocument(target, doc, 'merge');
    expect(target.organisation.get().legalName).toBe('Keeps Its Name Ltd');
    expect(target.activities.list().map((a) => a.reference)).toEqual(['HR-01', 'SV-01']);
    target.close();
  });
});
