// Esc closes the editor beside a table (UI.md: "Esc to close"). Inside a text field the first Esc leaves the
// field and the next closes; a select, an open list or a dialog (the palette, the catalog) keep Esc for
// themselves, to close what they opened.
import { useEffect } from 'react';

export function useEscapeToClose(close: (() => void) | null): void {
  useEffect(() => {
    if (!close) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[role=combobox], [role=listbox], [role=dialog]')) return;
      if (document.querySelector('[role=dialog]')) return;
      if (target?.closest('input, textarea')) return void target.blur();
      close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
}
