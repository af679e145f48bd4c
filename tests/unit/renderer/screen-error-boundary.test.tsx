// @vitest-environment jsdom
// A screen that throws while drawing leaves the window usable: the failure in words, what is safe, and a
// way on (try again, read the register again, go to the Overview), instead of a blank window.
import './support/dom-shims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../../../src/renderer/src/components/ScreenErrorBoundary';
import { useRegister } from '../../../src/renderer/src/stores/register-store';
import { openRegister, renderUi } from './support/render';

let broken = true;
function FragileScreen() {
  if (broken) throw new Error('cannot read property "purposes" of undefined');
  return <p>The screen, drawn</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('a screen that fails while drawing', () => {
  it('says so, keeps the way on, and draws again once asked', async () => {
    await openRegister();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    renderUi(
      <ScreenErrorBoundary section="activities">
        <FragileScreen />
      </ScreenErrorBoundary>,
    );
    expect(await screen.findByText('This screen could not be drawn')).toBeTruthy();
    expect(screen.getByText(/Everything you saved is in the register file/)).toBeTruthy();
    expect(screen.getByText('cannot read property "purposes" of undefined')).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The screen, drawn')).toBeTruthy();
  });

  it('goes to the Overview without asking about edits the failed screen could not keep', async () => {
    await openRegister();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    useRegister.setState({ section: 'activities', dirty: true });
    renderUi(
      <ScreenErrorBoundary section="activities">
        <FragileScreen />
      </ScreenErrorBoundary>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Go to the Overview' }));
    await waitFor(() => expect(useRegister.getState().section).toBe('overview'));
    expect(useRegister.getState().dirty).toBe(false);
  });
});
