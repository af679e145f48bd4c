// The shell asks before anything of its own drops unsaved edits (closing the window, quitting, the File
// menu's new, open and close register), so it is told each time the window starts or stops holding some.
import { callApp } from '../lib/app';
import { useRegister } from './register-store';

/** Reports every change of the store's unsaved state to the shell; returns the unsubscribe. */
export function reportUnsavedChanges(): () => void {
  return useRegister.subscribe((state, previous) => {
    if (state.dirty === previous.dirty) return;
    callApp('app:setUnsavedChanges', { unsaved: state.dirty }).catch((error: unknown) =>
      // Nothing the user can do about it; the in-app questions still guard every move within the window.
      console.error('The shell was not told about unsaved changes:', error),
    );
  });
}
