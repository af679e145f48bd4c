// The transfer form's values: the domain's TransferFields as they are, so each field says what is wrong
// with it. The SCC module is not asked: it follows from the mechanism picked (each SCC module is its own
// mechanism in the reference data).
import type { z } from 'zod';
import { TransferFields, type Transfer, type TransferDraft } from '../../../../shared/domain';
import type { MechanismView } from '../../../../shared/ipc/reference-view';

export const TransferForm = TransferFields;
export type TransferFormInput = z.input<typeof TransferForm>;
export type TransferFormValues = z.output<typeof TransferForm>;

export function toTransferForm(t: Transfer): TransferFormInput {
  return {
    activityId: t.activityId,
    partyId: t.partyId,
    country: t.country,
    internationalOrganisation: t.internationalOrganisation,
    mechanism: t.mechanism,
    sccModule: t.sccModule,
    since: t.since,
    tiaDate: t.tiaDate,
    tiaReference: t.tiaReference,
    supplementaryMeasures: t.supplementaryMeasures,
    safeguardsDocumentation: t.safeguardsDocumentation,
    notes: t.notes,
  };
}

export function fromTransferForm(
  values: TransferFormValues,
  id: string,
  mechanisms: readonly MechanismView[],
): TransferDraft {
  const sccModule = mechanisms.find((m) => m.id === values.mechanism)?.sccModule ?? null;
  return { ...values, sccModule, id };
}
