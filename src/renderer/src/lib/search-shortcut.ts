// "/" (outside a text field) or Ctrl/Cmd+F puts the focus in the screen's search box (UI.md), on every
// screen with a list.
import { useEffect, type RefObject } from 'react';

/** The key was pressed in a text field (where "/" and "N" are text, not commands). */
export function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, [role=combobox]') !== null;
}

export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const find = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f';
      if (!find && !(event.key === '/' && !typingIn(event.target))) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
