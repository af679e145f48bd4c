// A destination's Chapter V status at a glance, from the reference data (judged for a UK or EU exporter).
import { Badge } from '@mantine/core';
import { DESTINATION_COLORS, DESTINATION_LABELS } from '../lib/labels';
import { useRegister } from '../stores/register-store';

export function DestinationBadge({ country }: { country: string | null }) {
  const reference = useRegister((s) => s.reference);
  const jurisdictions = useRegister((s) => s.summary?.organisation.jurisdictions ?? ['uk-gdpr']);
  const entry = reference?.countries.find((c) => c.code === country);
  if (!entry) return null;
  const status = jurisdictions.includes('uk-gdpr') ? entry.status.uk : entry.status.eu;
  return (
    <Badge size="xs" variant="light" color={DESTINATION_COLORS[status]} data-testid="destination-status">
      {DESTINATION_LABELS[status]}
    </Badge>
  );
}
