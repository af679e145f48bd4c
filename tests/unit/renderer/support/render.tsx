// Renders a piece of the app as main.tsx does (the app's Mantine theme), over a register bridged to the
// real core, after the register store has loaded it.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { useChecks } from '../../../../src/renderer/src/features/checks/checks-store';
import { useTemplatePicker } from '../../../../src/renderer/src/features/activities/template-store';
import { theme } from '../../../../src/renderer/src/theme';
import { useRegister } from '../../../../src/renderer/src/stores/register-store';
import type { OrganisationFieldsInput } from '../../../../src/shared/domain';
import { bridgeRegister, type Bridge } from './bridge';

const initialStores = {
  register: useRegister.getState(),
  checks: useChecks.getState(),
  templates: useTemplatePicker.getState(),
};
let open: Bridge | null = null;

afterEach(() => {
  cleanup();
  // The stores are module singletons: each test starts from their first state.
  useRegister.setState(initialStores.register, true);
  useChecks.setState(initialStores.checks, true);
  useTemplatePicker.setState(initialStores.templates, true);
  open?.close();
  open = null;
});

export const ACME: OrganisationFieldsInput = {
  legalName: 'Acme Widgets Ltd',
  country: 'GB',
  address: '1 High Street, London',
  contactEmail: 'privacy@acme.example',
  jurisdictions: ['uk-gdpr'],
};

/** A register (set up by `prepare` through the real repositories), loaded into the store. */
export async function openRegister(prepare?: (bridge: Bridge) => void, organisation = ACME): Promise<Bridge> {
  open = bridgeRegister(organisation);
  prepare?.(open);
  await useRegister.getState().load();
  if (useRegister.getState().status !== 'ready') throw new Error(String(useRegister.getState().error));
  return open;
}

export function renderUi(ui: ReactElement): RenderResult {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

/** An input by its label (Mantine puts the label's text, and " *" when required, on the input). */
export const field = (label: RegExp | string) => screen.getByLabelText(label) as HTMLInputElement;

/** Types a whole value into an input and leaves it, as a person tabbing on would (forms validate on blur). */
export function typeInto(input: HTMLElement, value: string): void {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}
