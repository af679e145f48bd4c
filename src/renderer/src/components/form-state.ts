// What every react-hook-form editor shares: unsaved edits flagged to the register store (so leaving asks
// first), the core's own field errors shown at the field they name, and the save itself.
import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from 'react-hook-form';
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

/**
 * Runs `run` on Ctrl/Cmd+`key`. `editorOnly`: not with Shift (Ctrl+Shift+Z is redo) and not while a text
 * field has the focus, where the key is the field's own.
 */
function useCtrlKey(key: string, run: (() => unknown) | undefined, editorOnly: boolean): void {
  useEffect(() => {
    if (!run) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== key) return;
      const inField = event.target instanceof HTMLElement && event.target.closest('input, textarea');
      if (editorOnly && (event.shiftKey || inField)) return;
      event.preventDefault();
      void run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, run, editorOnly]);
}

/** Ctrl/Cmd+S saves the editor on screen (UI.md: explicit save), whichever field has the focus. */
export function useSaveShortcut(save: () => unknown): void {
  useCtrlKey('s', save, false);
}

/**
 * Ctrl/Cmd+Z undoes the editor's last save (UI.md). Inside a text field it stays the field's own text undo,
 * and with unsaved edits on screen it does nothing: those are undone in their fields, not by going back
 * a whole save.
 */
export function useUndoShortcut(undo: (() => unknown) | undefined): void {
  useCtrlKey('z', undo, true);
}

/** Why an undo was refused, in words: the core's reason, and the fields it names when the old version no longer fits. */
export function undoRefusal(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.issues.length === 0) return error.message;
  return `The version before the last save cannot be restored: ${error.issues.map((i) => i.message).join('; ')}.`;
}

/**
 * The save every form editor does: send the values, show the record as the register now holds it, mark the
 * editor clean and reload the store's lists; a refusal is shown at the fields it names, and its message
 * (or any other the editor sets, a refused delete say) in the editor's header. Ctrl/Cmd+S saves too.
 * With `undoLast` (a saved record), `undo` puts the record back as it was before its last save, shows it,
 * and reloads the lists; Ctrl/Cmd+Z does the same.
 */
export function useRecordSave<TForm extends FieldValues, TValues, Saved>(
  form: UseFormReturn<TForm, unknown, TValues>,
  write: (values: TValues) => Promise<Saved>,
  toForm: (saved: Saved) => TForm,
  onSaved?: (saved: Saved) => void,
  undoLast?: () => Promise<Saved>,
): {
  save: (event?: BaseSyntheticEvent) => Promise<void>;
  undo: (() => Promise<void>) | undefined;
  message: string | null;
  setMessage(message: string | null): void;
} {
  const [message, setMessage] = useState<string | null>(null);
  const save = form.handleSubmit(async (values) => {
    try {
      const saved = await write(values);
      form.reset(toForm(saved));
      setMessage(null);
      useRegister.getState().setDirty(false);
      await useRegister.getState().refresh();
      onSaved?.(saved);
    } catch (error) {
      setMessage(showSaveError(error, form.setError));
    }
  });
  useSaveShortcut(save);
  const undo =
    undoLast &&
    (async () => {
      if (form.formState.isDirty) return;
      try {
        const restored = await undoLast();
        form.reset(toForm(restored));
        setMessage(null);
        await useRegister.getState().refresh();
        onSaved?.(restored);
      } catch (error) {
        setMessage(undoRefusal(error));
      }
    });
  useUndoShortcut(undo);
  return { save, undo, message, setMessage };
}
