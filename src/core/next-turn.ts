// One turn of the event loop, for long work in the main process: between two pages of it, the app's other
// calls (a progress poll, a cancel) are answered.
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
