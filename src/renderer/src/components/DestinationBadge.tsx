// A destination's Chapter V status at a glance, from the reference data, for each regime the organisation
// answers to (see destinationLabels).
import { Badge, Group } from '@mantine/core';
import { destinationLabels } from '../lib/destination-labels';
import { DESTINATION_COLORS } from '../lib/labels';
import { useRegister } from '../stores/register-store';

export function DestinationBadge({ country }: { country: string | null }) {
  const reference = useRegister((s) => s.reference);
  const jurisdictions = useRegister((s) => s.summary?.organisation.jurisdictions);
  const entry = reference?.countries.find((c) => c.code === country);
  if (!entry) return null;
  return (
    <Group gap={4} wrap="wrap" component="span">
      {destinationLabels(entry.status, jurisdictions ?? []).map(({ status, label }) => (
        <Badge
          key={label}
          size="xs"
          variant="light"
          radius="sm"
          color={DESTINATION_COLORS[status]}
          data-testid="destination-status"
          // A long status wraps in a narrow table cell rather than being cut to "ADEQUATE F…".
          styles={{
            root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
            label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, textAlign: 'left' },
          }}
        >
          {label}
        </Badge>
      ))}
    </Group>
  );
}
