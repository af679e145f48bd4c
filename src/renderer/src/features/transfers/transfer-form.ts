// The transfer form's values: the domain's TransferFields as they are, so each field says what is wrong
// with it. The SCC module follows from the mechanism picked (each SCC module is its own mechanism in the
// reference data), except where the mechanism leaves it open: the SCCs named without a module, and the UK
// Addendum, which is attached to one of them.
import type { z } from 'zod';
import {
  TransferFields,
  type PartyRelation,
  type Transfer,
  type TransferDraft,
} from '../../../../shared/domain';
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

/** Mechanisms whose SCC module the user names: the 2021 SCCs without a module, and the UK Addendum to them. */
export const MODULE_NAMED_BY_USER = new Set(['eu-scc', 'uk-addendum']);

export function fromTransferForm(
  values: TransferFormValues,
  id: string,
  mechanisms: readonly MechanismView[],
): TransferDraft {
  const mechanism = mechanisms.find((m) => m.id === values.mechanism);
  const sccModule =
    mechanism?.sccModule ?? (mechanism && MODULE_NAMED_BY_USER.has(mechanism.id) ? values.sccModule : null);
  return { ...values, sccModule, id };
}

/**
 * What the importer is for the activity, from how the activity links it: a processor or sub-processor
 * processes for the exporter; anyone else decides for themselves. Unknown when the importer is not linked.
 */
export function importerRoleOf(relations: readonly PartyRelation[]): 'controller' | 'processor' | null {
  if (relations.length === 0) return null;
  return relations.some((r) => r === 'processor' || r === 'sub-processor') ? 'processor' : 'controller';
}
