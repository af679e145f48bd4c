// The shell's guard over unsaved edits: nothing is asked while the window holds none; with some, closing
// the window and the File menu's register commands wait for the user's answer, and only "Discard" lets
// them drop the edits.
import { describe, expect, it } from 'vitest';
import { createUnsavedChanges } from '../../../src/main/unsaved-changes';

function setUp(answers: boolean[]) {
  const asked: number[] = [];
  const titles: boolean[] = [];
  const guard = createUnsavedChanges({
    ask: async () => {
      asked.push(asked.length + 1);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('asked once more than the test expected');
      return answer;
    },
    changed: (unsaved) => titles.push(unsaved),
  });
  return { guard, asked, titles };
}

/** A close event as Electron gives it: closing goes on unless prevented. */
function closeEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

const answered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('unsaved changes in the shell', () => {
  it('asks nothing and lets everything go on while the window holds no unsaved edits', async () => {
    const { guard, asked } = setUp([]);
    expect(await guard.mayDiscard()).toBe(true);
    const event = closeEvent();
    let closedAgain = false;
    guard.onClose(event, () => (closedAgain = true));
    expect(event.prevented).toBe(false);
    expect(closedAgain).toBe(false);
    expect(asked).toEqual([]);
  });

  it('tells the title of each change, once per change', () => {
    const { guard, titles } = setUp([]);
    guard.set(true);
    guard.set(true);
    guard.set(false);
    expect(titles).toEqual([true, false]);
    expect(guard.get()).toBe(false);
  });

  it('keeps the edits when the user goes back, and still holds them for the next question', async () => {
    const { guard, asked } = setUp([false, true]);
    guard.set(true);
    expect(await guard.mayDiscard()).toBe(false);
    expect(guard.get()).toBe(true);
    // The open that "Discard" allows may still fail: the edits are then on screen, so the flag stays.
    expect(await guard.mayDiscard()).toBe(true);
    expect(guard.get()).toBe(true);
    expect(asked).toEqual([1, 2]);
  });

  it('stops the close, asks, and closes again only after "Discard"', async () => {
    const { guard } = setUp([false, true]);
    guard.set(true);
    let closes = 0;
    const first = closeEvent();
    guard.onClose(first, () => void closes++);
    expect(first.prevented).toBe(true);
    await answered();
    expect(closes).toBe(0);

    const second = closeEvent();
    guard.onClose(second, () => {
      closes++;
      // The close started again from the callback goes through without a second question.
      const again = closeEvent();
      guard.onClose(again, () => void closes++);
      expect(again.prevented).toBe(false);
    });
    expect(second.prevented).toBe(true);
    await answered();
    expect(closes).toBe(1);
  });

  it('asks once when the window is closed again while the question shows', async () => {
    let answer: (discard: boolean) => void = () => undefined;
    let questions = 0;
    const guard = createUnsavedChanges({
      ask: () => {
        questions++;
        return new Promise((resolve) => (answer = resolve));
      },
      changed: () => undefined,
    });
    guard.set(true);
    let closes = 0;
    const first = closeEvent();
    guard.onClose(first, () => void closes++);
    const second = closeEvent();
    guard.onClose(second, () => void closes++);
    expect(second.prevented).toBe(true);
    expect(await guard.mayDiscard()).toBe(false);
    answer(true);
    await answered();
    expect(questions).toBe(1);
    expect(closes).toBe(1);
  });
});
