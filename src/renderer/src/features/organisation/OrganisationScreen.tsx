// The organisation keeping the record: identity, roles, regimes, DPO and Art 27 representatives.
import { Button, Checkbox, Fieldset, Group, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Contact, OrganisationFields } from '../../../../shared/domain';
import { ApiError, call } from '../../lib/api';
import { useRegister } from '../../stores/register-store';

const EMPTY_CONTACT: Contact = { name: '', company: '', address: '', email: '', phone: '' };

function ContactFields({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Contact | null;
  onChange(c: Contact | null): void;
}) {
  const c = value ?? EMPTY_CONTACT;
  const set = (patch: Partial<Contact>) => {
    const next = { ...c, ...patch };
    onChange(Object.values(next).every((v) => v === '') ? null : next);
  };
  return (
    <Fieldset legend={legend} variant="filled">
      <Group grow>
        <TextInput
          size="xs"
          label="Name"
          value={c.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label="Company"
          value={c.company}
          onChange={(e) => set({ company: e.currentTarget.value })}
        />
      </Group>
      <Group grow>
        <TextInput
          size="xs"
          label="E-mail"
          value={c.email}
          onChange={(e) => set({ email: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label="Phone"
          value={c.phone}
          onChange={(e) => set({ phone: e.currentTarget.value })}
        />
      </Group>
    </Fieldset>
  );
}

export function OrganisationScreen() {
  const { summary, reference, refresh, setDirty } = useRegister();
  const initial = summary?.organisation;
  const [draft, setDraft] = useState<OrganisationFields | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const dirty = initial !== undefined && JSON.stringify(draft) !== JSON.stringify(initial);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  if (!draft) return null;
  const update = (patch: Partial<OrganisationFields>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    try {
      await call('organisation:update', draft);
      setDirty(false);
      await refresh();
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <ScrollArea h="100%">
      <Stack gap="xs" p="sm" maw={720} data-testid="organisation-screen">
        <Group justify="space-between">
          <Text fw={600}>Organisation</Text>
          <Button size="xs" onClick={() => void save()} disabled={!dirty}>
            Save
          </Button>
        </Group>
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group grow>
          <TextInput
            size="xs"
            label="Legal name"
            required
            value={draft.legalName}
            onChange={(e) => update({ legalName: e.currentTarget.value })}
          />
          <TextInput
            size="xs"
            label="Trading name"
            value={draft.tradingName ?? ''}
            onChange={(e) => update({ tradingName: e.currentTarget.value })}
          />
        </Group>
        <Group grow>
          <TextInput
            size="xs"
            label="Company number"
            value={draft.companyNumber ?? ''}
            onChange={(e) => update({ companyNumber: e.currentTarget.value })}
          />
          <Select
            size="xs"
            label="Country"
            searchable
            clearable
            data={(reference?.countries ?? []).map((c) => ({ value: c.code, label: c.name }))}
            value={draft.country ?? null}
            onChange={(country) => update({ country })}
          />
        </Group>
        <Group>
          <Checkbox.Group
            label="Acts as"
            value={draft.roles ?? []}
            onChange={(v) => update({ roles: v as OrganisationFields['roles'] })}
          >
            <Group gap="sm" mt={4}>
              <Checkbox size="xs" value="controller" label="Controller" />
              <Checkbox size="xs" value="processor" label="Processor" />
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label="Record kept under"
            value={draft.jurisdictions ?? []}
            onChange={(v) => update({ jurisdictions: v as OrganisationFields['jurisdictions'] })}
          >
            <Group gap="sm" mt={4}>
              <Checkbox size="xs" value="uk-gdpr" label="UK GDPR" />
              <Checkbox size="xs" value="eu-gdpr" label="EU GDPR" />
            </Group>
          </Checkbox.Group>
        </Group>
        <ContactFields
          legend="Data protection officer"
          value={draft.dpo ?? null}
          onChange={(c) => update({ dpo: c ? { ...c, kind: draft.dpo?.kind ?? 'internal' } : null })}
        />
        <ContactFields
          legend="EU representative (Art 27)"
          value={draft.euRepresentative ?? null}
          onChange={(euRepresentative) => update({ euRepresentative })}
        />
        <ContactFields
          legend="UK representative (UK GDPR Art 27)"
          value={draft.ukRepresentative ?? null}
          onChange={(ukRepresentative) => update({ ukRepresentative })}
        />
      </Stack>
    </ScrollArea>
  );
}
