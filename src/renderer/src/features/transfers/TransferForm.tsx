// ⑤ Transfers of one activity (Art 30(1)(e)): each row saved on its own, with the destination status shown
// and the mechanism picker limited to what fits the roles and the organisation's regimes (see
// mechanism-choices); a recorded mechanism that is retired or does not fit says why on its row. "Edit…"
// opens a transfer in the Transfers screen, where the rest of it (TIA, safeguards, since) is recorded.
import { ActionIcon, Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PartyLink } from '../../../../shared/domain';
import type { ActivityRole } from '../../../../shared/domain/codes';
import { DestinationBadge } from '../../components/DestinationBadge';
import { call, deleteFailureText, errorText } from '../../lib/api';
import { countryName } from '../../lib/labels';
import { useRegister } from '../../stores/register-store';
import {
  asSelectData,
  establishedInEeaOrUk,
  mechanismChoices,
  mechanismName,
  misfitOf,
  recordedBy,
  type TransferFit,
} from './mechanism-choices';
import { importerRoleOf } from './transfer-form';

export function ActivityTransfers({
  activityId,
  role,
  links,
}: {
  activityId: string | undefined;
  role: ActivityRole;
  /** The activity's party links: they say whether the importer picked is a processor or a controller. */
  links: readonly Pick<PartyLink, 'partyId' | 'relation'>[];
}) {
  // Selected one by one: a change elsewhere in the store (the selection, the dirty flag) leaves it alone.
  const transfers = useRegister((s) => s.transfers);
  const parties = useRegister((s) => s.parties);
  const reference = useRegister((s) => s.reference);
  const refresh = useRegister((s) => s.refresh);
  const jurisdictions = useRegister((s) => s.summary?.organisation.jurisdictions);
  const organisationCountry = useRegister((s) => s.summary?.organisation.country);
  const [country, setCountry] = useState<string | null>(null);
  const [partyId, setPartyId] = useState<string | null>(null);
  const [mechanism, setMechanism] = useState<string | null>(null);
  const [tiaDate, setTiaDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!activityId)
    return (
      <Text size="xs" c="dimmed">
        Save the activity first, then record its transfers.
      </Text>
    );
  const mine = transfers.filter((t) => t.activityId === activityId);
  const allMechanisms = reference?.mechanisms ?? [];
  const fitFor = (importer: string | null): TransferFit => ({
    exporter: role,
    importer: importerRoleOf(links.filter((l) => l.partyId === importer).map((l) => l.relation)),
    jurisdictions,
    establishedInEeaOrUk: establishedInEeaOrUk(reference?.countries ?? [], organisationCountry),
  });
  // The choice picked so far stays listed (marked) if a change of importer makes it not fit.
  const choices = mechanismChoices(
    allMechanisms,
    fitFor(partyId),
    mechanism && recordedBy(mechanism, allMechanisms).mechanism,
  );
  const recordedMechanism = (t: (typeof transfers)[number]) =>
    allMechanisms.find((m) => m.id === t.mechanism);
  const destination = (code: string | null) => countryName(reference, code) ?? code ?? '—';

  const add = async () => {
    setError(null);
    try {
      const picked = mechanism ? recordedBy(mechanism, allMechanisms) : null;
      await call('transfers:save', {
        activityId,
        country,
        partyId,
        mechanism: picked?.mechanism ?? null,
        sccModule: picked?.sccModule ?? null,
        tiaDate: tiaDate || null,
      });
      setCountry(null);
      setPartyId(null);
      setMechanism(null);
      setTiaDate('');
      await refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };

  // Asked first, as every delete is; a refusal is shown under the transfers, like one of "Add transfer".
  const remove = async (id: string, to: string) => {
    if (!window.confirm(`Delete the transfer to ${to}?`)) return;
    setError(null);
    try {
      await call('transfers:delete', { id });
    } catch (e) {
      setError(deleteFailureText(e, `The transfer to ${to}`));
    }
    // Also after a refusal: a transfer deleted elsewhere leaves the list.
    await refresh();
  };

  return (
    <Stack gap="xs">
      {mine.map((t) => {
        const m = recordedMechanism(t);
        return (
          <TransferRow
            key={t.id}
            destination={destination(t.country)}
            country={t.country}
            summary={[
              parties.find((p) => p.id === t.partyId)?.name ?? 'no importer named',
              m ? mechanismName(m, t.sccModule) : '—',
              ...(t.tiaDate ? [`TIA ${t.tiaDate}`] : []),
            ].join(' · ')}
            misfit={m ? misfitOf(m, fitFor(t.partyId)) : null}
            onEdit={() => useRegister.getState().openRecord('transfer', t.id)}
            onRemove={() => void remove(t.id, destination(t.country))}
          />
        );
      })}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          size="xs"
          label="Destination"
          searchable
          data={(reference?.countries ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
          value={country}
          onChange={setCountry}
          style={{ flex: 1 }}
        />
        <Select
          size="xs"
          label="Importer"
          searchable
          clearable
          data={parties.map((p) => ({ value: p.id, label: p.name }))}
          value={partyId}
          onChange={setPartyId}
          style={{ flex: 1 }}
        />
      </Group>
      {country && <DestinationBadge country={country} />}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          size="xs"
          label="Transfer mechanism"
          searchable
          data={asSelectData(choices)}
          value={mechanism}
          onChange={setMechanism}
          error={choices.find((c) => c.value === mechanism)?.misfit}
          style={{ flex: 2 }}
        />
        <TextInput
          size="xs"
          type="date"
          label="TIA date"
          value={tiaDate}
          onChange={(e) => setTiaDate(e.currentTarget.value)}
        />
        <Button size="xs" variant="light" onClick={() => void add()} disabled={!country}>
          Add transfer
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** One recorded transfer of the activity, with what is wrong with its mechanism (retired, not fitting). */
function TransferRow({
  destination,
  country,
  summary,
  misfit,
  onEdit,
  onRemove,
}: {
  destination: string;
  country: string | null;
  summary: string;
  misfit: string | null;
  onEdit(): void;
  onRemove(): void;
}) {
  return (
    <Stack gap={0} data-testid="transfer-row">
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" fw={500}>
          {destination}
        </Text>
        <DestinationBadge country={country} />
        <Text size="xs" c="dimmed" className="ellipsis" style={{ flex: 1 }}>
          {summary}
        </Text>
        <Anchor
          size="xs"
          component="button"
          type="button"
          aria-label={`Edit the transfer to ${destination}`}
          onClick={onEdit}
        >
          Edit…
        </Anchor>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove transfer to ${destination}`}
          onClick={onRemove}
        >
          ×
        </ActionIcon>
      </Group>
      {misfit && (
        <Text size="xs" c="red" data-testid="mechanism-warning">
          {misfit}
        </Text>
      )}
    </Stack>
  );
}
