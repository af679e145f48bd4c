// A picker option that says what it means: the provision and a plain-language hint from the reference data
// under the option's label, so the DPO chooses a lawful basis or condition knowing what it asks of them.
import { CheckIcon, Group, Stack, Text } from '@mantine/core';

/**
 * The provision and the hint are aria-hidden: the option's accessible name stays its label ("Contract"),
 * which is what screen readers announce first and what the type-ahead and tests match; the hint is read
 * again, for the basis chosen, under the field.
 */
export function HintedOption({
  label,
  provision,
  hint,
  checked = false,
}: {
  label: string;
  provision?: string | undefined;
  hint: string;
  /** Picked already (a multi-select keeps picked options listed): marked as Mantine's own options are. */
  checked?: boolean;
}) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <CheckIcon
        size={10}
        style={{ marginTop: 4, flexShrink: 0, visibility: checked ? 'visible' : 'hidden' }}
      />
      <Stack gap={0}>
        <Text size="xs" component="span">
          {provision && (
            <Text span size="xs" c="dimmed" ff="monospace" aria-hidden="true" mr={6}>
              {provision}
            </Text>
          )}
          {label}
        </Text>
        <Text size="xs" c="dimmed" component="span" aria-hidden="true" data-testid="option-hint">
          {hint}
        </Text>
      </Stack>
    </Group>
  );
}

/** "GDPR Art 6(1)(a)" → "Art 6(1)(a)": the numbering is the same under the EU and the UK GDPR. */
export function provisionOf(article: string): string {
  return article.replace(/^(UK )?GDPR /, '');
}
