// As-sent snapshots: "record what I sent" stores the exported document and the hash of the exported file;
// "compare with snapshot" diffs the register now against it.
import { createHash } from 'node:crypto';
import type { SnapshotDiff, SnapshotInfo } from '../../shared/domain';
import { exportRegisterDocument } from '../exchange/register-document';
import type { Register } from '../store/register';
import { diffContent } from './diff';

/** The text `ropa export --format json` writes for a document, so its hash matches the exported file. */
export function documentFileText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

export function createSnapshot(
  register: Register,
  input: { label: string; format: string; fileName: string; fileHash?: string | undefined },
): SnapshotInfo {
  return register.transaction(() => {
    const document = exportRegisterDocument(register);
    const fileHash = input.fileHash ?? sha256Hex(documentFileText(document));
    return register.snapshots.create({
      label: input.label,
      format: input.format,
      fileName: input.fileName,
      fileHash,
      document,
    });
  });
}

export function diffWithSnapshot(register: Register, id: string): SnapshotDiff {
  const { document, ...info } = register.snapshots.get(id);
  return diffContent(info, document, exportRegisterDocument(register));
}
