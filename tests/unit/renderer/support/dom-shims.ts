// Browser APIs Mantine uses that jsdom does not have (layout observers, media queries). They only stand in
// for the browser; everything of ours under test is real.
const noop = () => undefined;

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

globalThis.ResizeObserver ??= class {
  observe = noop;
  unobserve = noop;
  disconnect = noop;
} as unknown as typeof ResizeObserver;

Element.prototype.scrollIntoView ??= noop;
Element.prototype.scrollTo ??= noop as Element['scrollTo'];
