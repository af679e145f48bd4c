// What every react-hook-form editor shares: unsaved edits flagged to the register store (so leaving asks
// first), and the core's own field errors shown at the field they name.
import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../lib/api';
import { useRegister } from '../stores/register-store';

/** Marks the register dirty while the form has unsaved edits, and clean again when it goes away. */
export function useDirtyFlag(dirty: boolean): void {
  const setDirty = useRegister((s) => s.setDirty);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);
}

/** The contract names fields `dpo.email` or `certifications[0].scheme`; react-hook-form `certifications.0.scheme`. */
export function formPath(issuePath: string): string {
  return issuePath.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Shows a failed save at the fields the core named; returns the message for the form as a whole (the
 * error itself when it names no field, e.g. a name already taken).
 */
export function showSaveError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  for (const issue of error.issues) {
    if (issue.path) setError(formPath(issue.path) as Path<T>, { type: 'server', message: issue.message });
  }
  return error.issues.length > 0 ? 'Some fields need attention.' : error.message;
}

/** Ctrl/Cmd+S saves the editor on screen (UI.md: explicit save), whichever field has the focus. */
export function useSaveShortcut(save: () => unknown): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);
}
