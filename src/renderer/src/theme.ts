// The app's Mantine theme, shared by main.tsx and the component tests so both render the same UI.
import { Combobox, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  // System fonts only (no external requests), compact by default; light or dark follows the OS.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  primaryColor: 'indigo',
  // White on the filled buttons needs a darker indigo than Mantine's default shade to reach 4.5:1.
  primaryShade: { light: 8, dark: 8 },
  components: {
    // Mantine keeps every Select/MultiSelect dropdown mounted (hidden) by default, and positions each on
    // mount with a forced style recalculation: the activity editor has a dozen of them, which made
    // opening an activity cost 100+ ms. Dropdowns mount when opened instead.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
});

/** The colours the app writes text in, or tints a badge or an active item with. */
const TEXT_COLORS = ['red', 'orange', 'yellow', 'teal', 'green', 'grape', 'blue', 'indigo', 'gray'] as const;
/**
 * Orange and yellow have no shade dark enough to read as small text on white (these give 5.2:1 and 5.5:1);
 * red's darkest is just short on a hovered tint (the Checks count in the sidebar), this gives 5.2:1 there.
 */
const DARKER_TEXT: Partial<Record<(typeof TEXT_COLORS)[number], string>> = {
  red: '#b02525',
  orange: '#b8400d',
  yellow: '#8a5a00',
};

/**
 * Mantine's default text shades (dimmed grey, coloured text, the light variant's text on its tint) are below
 * WCAG AA's 4.5:1 for the small text of a dense tool, and a DPO reads this window all day. In the light
 * scheme, text takes the darkest shade of its colour and tints the lightest, so every pair reads at 4.5:1 or
 * more (tests/e2e/accessibility.spec.ts checks every section with axe-core). The dark scheme's light text on
 * dark passes as it is.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    ...Object.fromEntries(
      TEXT_COLORS.flatMap((c) => {
        const text = DARKER_TEXT[c] ?? t.colors[c]![9]!;
        return [
          [`--mantine-color-${c}-text`, text],
          [`--mantine-color-${c}-light-color`, text],
          [`--mantine-color-${c}-light`, t.colors[c]![0]!],
          [`--mantine-color-${c}-light-hover`, t.colors[c]![1]!],
        ];
      }),
    ),
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1]!,
  },
});
