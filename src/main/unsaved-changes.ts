// Edits the window holds but has not saved. The renderer asks before moving within the app; the shell must
// ask before anything of its own would drop them: closing the window, quitting, and the File menu's (or the
// palette's) new, open and close register, which reload the window with another register.
export type UnsavedChanges = {
  /** What the renderer reports each time its unsaved state changes. */
  set(unsaved: boolean): void;
  get(): boolean;
  /** True when nothing is unsaved, or the user chose to discard it; false when they kept it. */
  mayDiscard(): Promise<boolean>;
  /**
   * For the window's close event, which cannot wait: with unsaved edits the close is stopped at once and
   * the user asked; `closeAgain` runs when they chose to discard (the next close then goes through).
   */
  onClose(event: { preventDefault(): void }, closeAgain: () => void): void;
};

export function createUnsavedChanges(deps: {
  /** Asks the user; true to discard the edits. */
  ask: () => Promise<boolean>;
  /** The state changed (the window's title and edited mark follow it). */
  changed: (unsaved: boolean) => void;
}): UnsavedChanges {
  let unsaved = false;
  /** The question on screen, so a second close or menu command while it shows does not ask again. */
  let asking = false;
  /** The user chose to discard and close: the close started again goes through. */
  let closing = false;

  // The flag stays as the renderer reported it even after "Discard": if the open that follows fails, the
  // edits are still on screen. Another register showing resets it (the renderer reloads and says so too).
  const mayDiscard = async (): Promise<boolean> => {
    if (!unsaved) return true;
    if (asking) return false;
    asking = true;
    try {
      return await deps.ask();
    } finally {
      asking = false;
    }
  };

  return {
    set(next) {
      closing = false;
      if (next === unsaved) return;
      unsaved = next;
      deps.changed(next);
    },
    get: () => unsaved,
    mayDiscard,
    onClose(event, closeAgain) {
      if (!unsaved || closing) return;
      event.preventDefault();
      void mayDiscard().then((discard) => {
        if (!discard) return;
        closing = true;
        closeAgain();
      });
    },
  };
}
