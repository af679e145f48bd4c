// What the transfer mechanism picker offers: the mechanisms that fit the exporter's and importer's roles and
// a regime the organisation answers to, grouped as Chapter V groups them, and not the retired ones. The
// rules (core/rules/transfers.ts) flag anything else, so offering it would only invite an error. A UK
// exporter uses the EU SCC modules with the UK Addendum: those are offered as choices that record the
// Addendum with the module named. What the transfer already records stays listed, marked as not fitting,
// so nothing recorded disappears from the picker.
import type { Jurisdiction, SccModule } from '../../../../shared/domain/codes';
import type { MechanismView } from '../../../../shared/ipc/reference-view';
import { JURISDICTION_LABEL } from '../../../../shared/jurisdiction-words';
import { MODULE_NAMED_BY_USER } from './transfer-form';

type Role = 'controller' | 'processor';

export type TransferFit = {
  /** The activity's role; unknown while the activity is not loaded. */
  exporter: Role | undefined;
  /** What the importer is for the activity; null when the importer is not linked to it. */
  importer: Role | null;
  /** The regimes the organisation answers to; unknown (nothing filtered) while the register loads. */
  jurisdictions: readonly Jurisdiction[] | undefined;
  /**
   * The organisation is established in the EEA or the UK: its transfers within them are recorded as such,
   * and "its own processing in its own country" is for one outside them (Art 3(2)). Unknown when its country
   * is not recorded.
   */
  establishedInEeaOrUk?: boolean | undefined;
};

/** The mechanism for an Art 3(2) organisation's own processing in its own country (see the checks). */
const OWN_COUNTRY = 'none-own-country';

/** Whether an organisation in `country` is established in the EEA or the UK, from the reference data. */
export function establishedInEeaOrUk(
  countries: readonly { code: string; status: { eu: string; uk: string } }[],
  country: string | null | undefined,
): boolean | undefined {
  const entry = country ? countries.find((c) => c.code === country) : undefined;
  return entry ? entry.status.eu === 'eea' || entry.status.uk === 'domestic' : undefined;
}

export type MechanismChoice = {
  /** The picker's value: the mechanism's id, or `uk-addendum+2` for the Addendum to SCC Module 2. */
  value: string;
  label: string;
  group: string;
  /** Why a recorded mechanism listed here does not fit the transfer; null when it fits. */
  misfit: string | null;
};

const GROUP_HEADINGS: Record<MechanismView['group'], string> = {
  none: 'No restricted transfer',
  adequacy: 'Adequacy (Art 45)',
  safeguards: 'Appropriate safeguards (Art 46)',
  derogation: 'Derogations (Art 49)',
};
const WITH_ADDENDUM = 'EU SCCs with the UK Addendum';
const NOT_FITTING = 'Recorded, but does not fit';
const REGIME: Record<'eu' | 'uk', Jurisdiction> = { eu: 'eu-gdpr', uk: 'uk-gdpr' };
const ADDENDUM_SEPARATOR = '+';

function regimeFits(m: MechanismView, jurisdictions: TransferFit['jurisdictions']): boolean {
  if (!jurisdictions || jurisdictions.length === 0 || m.jurisdiction === 'both') return true;
  return jurisdictions.includes(REGIME[m.jurisdiction]);
}

/** The exporter's role always, the importer's when it is known (SCC Module 2, not 1, to a processor). */
function rolesFit(m: MechanismView, { exporter, importer }: TransferFit): boolean {
  return (
    (!m.exporterRole || m.exporterRole === exporter) &&
    (!m.importerRole || importer === null || m.importerRole === importer)
  );
}

/**
 * Why the mechanism does not fit the transfer, in the words the checks use, or null when it fits. A retired
 * one first: nothing else matters once it is no longer a mechanism at all.
 */
export function misfitOf(m: MechanismView, fit: TransferFit): string | null {
  if (m.retired) return `Retired: ${m.retiredReason ?? 'no longer a transfer mechanism.'}`;
  if (m.id === OWN_COUNTRY && fit.establishedInEeaOrUk)
    return 'For an organisation established outside the EEA and the UK (Art 3(2)); record a transfer within the EEA or the UK as such.';
  if (!regimeFits(m, fit.jurisdictions)) {
    const only = JURISDICTION_LABEL[m.jurisdiction === 'uk' ? 'eu-gdpr' : 'uk-gdpr'];
    // As the checks say it (transfer.mechanism-regime).
    const ukWay =
      m.jurisdiction === 'eu'
        ? ': a UK exporter uses the EU SCCs only with the UK Addendum, or the IDTA'
        : '';
    return `${m.jurisdiction === 'uk' ? 'A UK' : 'An EU'} mechanism, but the organisation answers only to the ${only}${ukWay}.`;
  }
  if (!rolesFit(m, fit)) {
    const to = m.importerRole ? ` sending to a ${m.importerRole}` : '';
    const here = fit.importer ? ` sending to a ${fit.importer}` : '';
    return `For a ${m.exporterRole ?? 'controller or processor'}${to}; here a ${fit.exporter ?? 'controller'} is${here}.`;
  }
  return null;
}

function addendumChoices(mechanisms: readonly MechanismView[], fit: TransferFit): MechanismChoice[] {
  return mechanisms
    .filter((a) => a.requires.length > 0 && !a.retired && regimeFits(a, fit.jurisdictions))
    .flatMap((addendum) =>
      mechanisms
        .filter(
          (m) =>
            m.parent !== null &&
            addendum.requires.includes(m.parent) &&
            m.sccModule !== null &&
            !m.retired &&
            rolesFit(m, fit),
        )
        .map((m) => ({
          value: `${addendum.id}${ADDENDUM_SEPARATOR}${m.sccModule}`,
          label: `${m.label}, with the UK Addendum`,
          group: WITH_ADDENDUM,
          misfit: null,
        })),
    );
}

/** The choices in the picker's order: by Chapter V group, the Addendum's modules after the safeguards. */
export function mechanismChoices(
  mechanisms: readonly MechanismView[],
  fit: TransferFit,
  recorded: string | null,
): MechanismChoice[] {
  const fitting = mechanisms.filter((m) => misfitOf(m, fit) === null);
  const plain = (group: MechanismView['group']): MechanismChoice[] =>
    fitting
      .filter((m) => m.group === group)
      .map((m) => ({ value: m.id, label: m.label, group: GROUP_HEADINGS[group], misfit: null }));
  const kept = mechanisms
    .filter((m) => m.id === recorded && !fitting.includes(m))
    .map((m) => ({ value: m.id, label: m.label, group: NOT_FITTING, misfit: misfitOf(m, fit) }));
  return [
    ...plain('none'),
    ...plain('adequacy'),
    ...plain('safeguards'),
    ...addendumChoices(mechanisms, fit),
    ...plain('derogation'),
    ...kept,
  ];
}

/** The choices as Mantine's Select takes them: in groups, under their headings. */
export function asSelectData(choices: readonly MechanismChoice[]) {
  const groups = [...new Set(choices.map((c) => c.group))];
  return groups.map((group) => ({
    group,
    items: choices.filter((c) => c.group === group).map(({ value, label }) => ({ value, label })),
  }));
}

/** What a choice records: the mechanism, and the SCC module the Addendum choices name. */
export function recordedBy(
  value: string,
  mechanisms: readonly MechanismView[],
): { mechanism: string; sccModule: SccModule | null } {
  const [mechanism = value, module] = value.split(ADDENDUM_SEPARATOR);
  const own = mechanisms.find((m) => m.id === mechanism)?.sccModule ?? null;
  return { mechanism, sccModule: (module as SccModule | undefined) ?? own };
}

/** The choice showing what a transfer records: the Addendum with its module where one is offered. */
export function choiceOf(
  choices: readonly MechanismChoice[],
  mechanism: string | null,
  sccModule: SccModule | null,
): string | null {
  if (mechanism === null) return null;
  const withModule = `${mechanism}${ADDENDUM_SEPARATOR}${sccModule}`;
  return choices.some((c) => c.value === withModule) ? withModule : mechanism;
}

/** A mechanism's name with the SCC module the transfer names for it (the Addendum, the SCCs without one). */
export function mechanismName(m: MechanismView, sccModule: SccModule | null): string {
  return m.sccModule === null && sccModule !== null && MODULE_NAMED_BY_USER.has(m.id)
    ? `${m.label}, SCC Module ${sccModule}`
    : m.label;
}
