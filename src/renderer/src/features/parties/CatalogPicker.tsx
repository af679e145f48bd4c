// "Add from catalog": pick a vendor, see each fact with its confidence, source and date, then add the party.
import { Button, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { call, errorText } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

export function CatalogPicker({
  opened,
  onClose,
  onAdded,
}: {
  opened: boolean;
  onClose(): void;
  onAdded(id: string): void;
}) {
  const reference = useRegister((s) => s.reference);
  const refresh = useRegister((s) => s.refresh);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const vendor = reference?.vendors.find((v) => v.id === vendorId) ?? null;
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!vendor) return;
    setError(null);
    try {
      const party = await call('parties:save', vendor.party);
      await refresh();
      setVendorId(null);
      onAdded(party.id);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Add a party from the vendor catalog" size="xl">
      <Stack gap="xs">
        <Select
          label="Vendor"
          size="xs"
          searchable
          data={(reference?.vendors ?? []).map((v) => ({
            value: v.id,
            label: `${v.name} — ${v.services[0] ?? ''}`,
          }))}
          value={vendorId}
          onChange={(id) => {
            setVendorId(id);
            setError(null);
          }}
          data-autofocus
        />
        {vendor && (
          <Table withTableBorder verticalSpacing={4} fz="xs" data-testid="catalog-facts">
            <Table.Tbody>
              {vendor.facts.map((fact, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{fact.label}</Table.Td>
                  <Table.Td>{fact.value}</Table.Td>
                  <Table.Td>
                    <Text
                      size="xs"
                      fw={600}
                      c={fact.verified ? 'teal' : 'orange'}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {fact.verified ? 'verified' : `${fact.confidence}: check`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" className="break">
                      {fact.source} ({fact.asOf})
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Button size="xs" onClick={() => void add()} disabled={!vendor}>
          Add party
        </Button>
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
