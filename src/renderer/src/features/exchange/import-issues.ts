// A mapped import names each problem's place as "<file>, row 7, column "Purpose"" (see
// src/core/exchange/mapped-import.ts): the mapping screen shows row and column in their own columns.
import type { Issue } from '../../../../shared/ipc/result';

export type PlacedIssue = { row: number | null; column: string | null; message: string };

const PLACE = /, row (\d+)(?:, column "(.*)"|, ([^,]+))?$/;

export function placeIssue(issue: Issue): PlacedIssue {
  const found = PLACE.exec(issue.path);
  if (!found) return { row: null, column: null, message: `${issue.path}: ${issue.message}` };
  return {
    row: Number(found[1]),
    column: found[2] ?? null,
    // A problem with no column (a field no column feeds) names the field in the message.
    message: found[3] ? `${found[3]}: ${issue.message}` : issue.message,
  };
}

/** Warnings are short texts or issues with a path, depending on the layout that produced them. */
export function warningTexts(warnings: unknown): string[] {
  if (!Array.isArray(warnings)) return [];
  return warnings.map((w: unknown) => {
    if (typeof w === 'string') return w;
    if (w && typeof w === 'object' && 'message' in w) {
      const { path, message } = w as { path?: unknown; message: unknown };
      return path ? `${String(path)}: ${String(message)}` : String(message);
    }
    return String(w);
  });
}
