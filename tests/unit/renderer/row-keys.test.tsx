// @vitest-environment jsdom
// The tables' keyboard: arrows move the focus between rows, Enter opens the focused row, and keys pressed
// on a control inside a row are left to that control.
import './support/dom-shims';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onRowKey } from '../../../src/renderer/src/lib/row-keys';

function Rows({ opened }: { opened: string[] }) {
  return (
    <table>
      <tbody>
        {['HR-01', 'MK-01', 'IT-01'].map((ref) => (
          <tr key={ref} tabIndex={0} data-testid={ref} onKeyDown={(e) => onRowKey(e, () => opened.push(ref))}>
            <td>
              {ref} <button type="button">Open {ref}</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

describe('onRowKey', () => {
  it('moves between rows with the arrows and opens with Enter', () => {
    const opened: string[] = [];
    render(<Rows opened={opened} />);
    screen.getByTestId('HR-01').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('MK-01'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('IT-01'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(opened).toEqual(['MK-01']);

    fireEvent.keyDown(screen.getByRole('button', { name: 'Open IT-01' }), { key: 'Enter' });
    expect(opened).toEqual(['MK-01']);
  });
});
