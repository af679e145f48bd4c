// Keyboard for a table whose rows take the focus: Enter opens the row, the arrows move to the row above or
// below, as in a mail client. Keys pressed inside a control of the row (a link, a button) are its own.
import type { KeyboardEvent } from 'react';

export function onRowKey(event: KeyboardEvent<HTMLElement>, open: () => void): void {
  if (event.target !== event.currentTarget) return;
  const row = event.currentTarget;
  if (event.key === 'Enter') open();
  else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
  else if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
  else return;
  event.preventDefault();
}
