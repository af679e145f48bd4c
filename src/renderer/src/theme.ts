// The app's Mantine theme, shared by main.tsx and the component tests so both render the same UI.
import { Combobox, createTheme } from '@mantine/core';

export const theme = createTheme({
  // System fonts only (no external requests), compact by default; light or dark follows the OS.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  primaryColor: 'indigo',
  components: {
    // Mantine keeps every Select/MultiSelect dropdown mounted (hidden) by default, and positions each on
    // mount with a forced style recalculation: the activity editor has a dozen of them, which made
    // opening an activity cost 100+ ms. Dropdowns mount when opened instead.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
});
