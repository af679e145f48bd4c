// Chapter V checks on each recorded transfer: a mechanism, one that still exists, fits the destination,
// the regime and the parties' roles, with its transfer impact assessment or documented safeguards.
import type { Activity, Finding, Jurisdiction, SccModule, Transfer } from '../../shared/domain';
import {
  adequacyFor,
  destinationStatus,
  isMechanismRetired,
  mechanismById,
  referenceData,
  type TransferMechanism,
} from '../reference';
import { findingsOn, transferTarget, type Push, type Rule, type RuleContext } from './context';
import { RELATION_LABELS } from '../../shared/domain';
import { destinationOf, isOwnProcessingAtHome, isThirdCountry, needsSafeguards } from './destination';
import { adequacyFindings } from './transfer-adequacy';
import { JURISDICTION_LABEL, regimesInWords } from '../../shared/jurisdiction-words';

const MODULE_FOR_ROLES: Record<string, SccModule> = {
  'controller>controller': '1',
  'controller>processor': '2',
  'processor>processor': '3',
  'processor>controller': '4',
};

function importerRole(a: Activity, t: Transfer, context: RuleContext): 'controller' | 'processor' | null {
  if (t.partyId === null) return null;
  const relation = context.relationOf(a, t.partyId);
  if (relation === undefined) return null;
  return relation === 'processor' || relation === 'sub-processor' ? 'processor' : 'controller';
}

/** The regimes a mechanism speaks to, among those the organisation answers to. */
function regimesOf(m: TransferMechanism | null, context: RuleContext): Jurisdiction[] {
  if (m === null || m.jurisdiction === 'both') return [...context.jurisdictions];
  return context.jurisdictions.filter((j) => (m.jurisdiction === 'uk' ? j === 'uk-gdpr' : j === 'eu-gdpr'));
}

/**
 * Whether a transfer there needs no mechanism at all under that regime: the destination is home, in the EEA,
 * or covered by a full adequacy decision. A partial decision (Canada, Japan, Korea, the DPF for the US) may
 * not reach the importer, so safeguards chosen for such a transfer are checked as usual.
 */
function needsNoMechanism(destination: string, j: Jurisdiction, onDate: string): boolean {
  const status = destinationStatus(destination, j, onDate);
  if (!isThirdCountry(status)) return true;
  return status === 'adequate' && adequacyFor(destination, j, onDate)?.partial === false;
}

/** The "no restricted transfer" option for an organisation's own processing in its own country. */
const OWN_COUNTRY = 'none-own-country';

const REGIME_OF: Record<Exclude<TransferMechanism['jurisdiction'], 'both'>, Jurisdiction> = {
  eu: 'eu-gdpr',
  uk: 'uk-gdpr',
};

/**
 * Whether a mechanism gives the transfer a basis under that regime on that date. An instrument that amends
 * another (the UK Addendum, which `requires` the EU SCCs) brings the one it amends, and so covers both.
 */
function coversRegime(m: TransferMechanism, j: Jurisdiction, onDate: string): boolean {
  if (isMechanismRetired(m, j, onDate)) return false;
  if (m.jurisdiction === 'both' || REGIME_OF[m.jurisdiction] === j) return true;
  return m.requires.some((id) => {
    const required = mechanismById(id);
    return required !== null && required.jurisdiction !== 'both' && REGIME_OF[required.jurisdiction] === j;
  });
}

const MECHANISM_HINT: Record<Jurisdiction, string> = {
  'eu-gdpr': 'such as the EU SCCs, which with the UK Addendum cover both',
  'uk-gdpr': 'such as the IDTA, or the UK Addendum to the EU SCCs, which covers both',
};

const DEROGATION_HINT: Record<Jurisdiction, string> = {
  'eu-gdpr': 'such as the Art 49 derogation that fits',
  'uk-gdpr': 'such as the UK GDPR Art 49 exception that fits',
};

/**
 * An organisation under both regimes needs a basis under each one where the destination needs safeguards.
 * One transfer record names one mechanism, so the transfers of the same activity to the same importer and
 * destination are read together: one under the EU SCCs and one under the IDTA cover both.
 */
function uncoveredRegimeFindings(t: Transfer, m: TransferMechanism, context: RuleContext, push: Push): void {
  const destination = destinationOf(t);
  const importer = context.party(t.partyId);
  const alongside = context
    .transfersOf(t.activityId)
    .filter((s) => s.partyId === t.partyId && destinationOf(s) === destination)
    .map((s) => (s.mechanism === null ? null : mechanismById(s.mechanism)))
    .filter((s): s is TransferMechanism => s !== null);
  for (const j of context.jurisdictions) {
    if (!needsSafeguards(destination, j, importer, context.today)) continue;
    if (alongside.some((s) => coversRegime(s, j, context.today))) continue;
    const covered = context.jurisdictions.filter((k) => coversRegime(m, k, context.today));
    const certifiedOnly = destinationStatus(destination, j, context.today) === 'adequate-for-certified';
    push(
      'transfer.regime-not-covered',
      'error',
      j === 'uk-gdpr' ? 'UK GDPR Art 44' : 'Art 44',
      'mechanism',
      `The organisation also answers to the ${JURISDICTION_LABEL[j]}, under which ${destination} needs a transfer mechanism, but ${m.label} covers only the ${regimesInWords(covered)}${certifiedOnly ? ` (US adequacy reaches ${JURISDICTION_LABEL[j]} exporters only for importers certified under the ${j === 'uk-gdpr' ? 'UK Extension to the EU-US DPF' : 'EU-US DPF'}, and ${importer?.name ?? 'the importer'} has no such certification recorded)` : ''}. Record a transfer to the same importer under ${j === 'eu-gdpr' ? 'an' : 'a'} ${JURISDICTION_LABEL[j]} mechanism as well, ${m.group === 'derogation' ? DEROGATION_HINT[j] : MECHANISM_HINT[j]}.`,
    );
  }
}

/** The assessment a safeguard asks for, as its regime names it: the UK's TRA, the EU's TIA. */
function assessmentOf(m: { jurisdiction: string }): string {
  return m.jurisdiction === 'uk' ? 'transfer risk assessment' : 'transfer impact assessment';
}

function transferFindings(t: Transfer, a: Activity, context: RuleContext): Finding[] {
  const { findings, push } = findingsOn((field) => transferTarget(t, context, field));
  const destination = destinationOf(t);
  const importer = context.party(t.partyId);
  const m = t.mechanism === null ? null : mechanismById(t.mechanism);
  // The organisation's own processing in its own country, a third country under a regime it answers to
  // (Art 3(2)): no transfer, so no mechanism is asked for.
  const holder = t.partyId === null ? 'self' : context.relationOf(a, t.partyId);
  const home =
    isOwnProcessingAtHome(t.country, holder, context) &&
    context.jurisdictions.some((j) => isThirdCountry(destinationStatus(destination, j, context.today)));
  if (m === null) {
    if (home) return findings;
    const missing = context.jurisdictions.filter((j) =>
      needsSafeguards(destination, j, importer, context.today),
    );
    if (missing.length > 0) {
      push(
        'transfer.mechanism-missing',
        'error',
        'Art 30(1)(e), Art 44',
        'mechanism',
        `No transfer mechanism is recorded, and ${destination} needs one under the ${regimesInWords(missing)}.`,
      );
    } else if (
      context.jurisdictions.some((j) => isThirdCountry(destinationStatus(destination, j, context.today)))
    ) {
      push(
        'transfer.adequacy-not-named',
        'info',
        'Art 30(1)(e), Art 45',
        'mechanism',
        context.jurisdictions.some(
          (j) => destinationStatus(destination, j, context.today) === 'adequate-for-certified',
        )
          ? `${importer?.name ?? 'The importer'} is recorded as DPF-certified, so US adequacy can cover this transfer: record the DPF adequacy decision as its mechanism, with the date the certification was checked.`
          : `${destination} is covered by adequacy; record the adequacy decision as this transfer's mechanism.`,
      );
    }
    return findings;
  }
  if (m.id !== 'eu-privacy-shield' && /privacy shield/i.test(`${t.notes} ${importer?.notes ?? ''}`)) {
    push(
      'transfer.privacy-shield-mentioned',
      'info',
      'Art 45; CJEU C-311/18',
      'notes',
      'The notes still mention the Privacy Shield, invalidated in July 2020; remove it so no one relies on it.',
    );
  }
  const regimes = regimesOf(m, context);
  if (home) {
    // A mechanism named for what is no transfer protects nothing that is missing: at most its label is
    // corrected, unless a "no restricted transfer" label holds under its own regime (a UK organisation's own
    // UK storage recorded as within the UK).
    const holds =
      m.id === OWN_COUNTRY ||
      (m.group === 'none' &&
        regimes.length > 0 &&
        regimes.every((j) => !isThirdCountry(destinationStatus(destination, j, context.today))));
    if (!holds) {
      const assessment = assessmentOf(m);
      push(
        'transfer.mechanism-not-needed',
        'info',
        'Art 44',
        'mechanism',
        `${destination} is the organisation's own country: keeping the data there, itself or through its processors, is not a restricted transfer, so it needs no transfer mechanism${m.requiresTia ? ` and no ${assessment}` : ''}. Record it as no restricted transfer (the organisation's own processing in its own country) in place of ${m.label}.`,
      );
    }
    return findings;
  }
  const needsNone = context.jurisdictions.every((j) => needsNoMechanism(destination, j, context.today));
  if (needsNone && m.group !== 'adequacy' && m.group !== 'none') {
    // Safeguards and derogations answer a need this destination does not have under any regime the
    // organisation answers to: no TIA, module or Art 49 check, and a retired or other-regime mechanism named
    // here is a label to correct, not a transfer without protection (so not an error).
    const home = context.jurisdictions.every(
      (j) => !isThirdCountry(destinationStatus(destination, j, context.today)),
    );
    const under = regimesInWords(context.jurisdictions);
    const assessment = assessmentOf(m);
    push(
      'transfer.mechanism-not-needed',
      'info',
      'Art 44',
      'mechanism',
      home
        ? `${destination} is not a third country under the ${under}, so this is not a restricted transfer: it needs no transfer mechanism and no ${assessment}. Record it as no restricted transfer in place of ${m.label}.`
        : `${destination} is covered by adequacy under the ${under}, so this transfer needs no other mechanism and no ${assessment}. Record the adequacy decision as its mechanism in place of ${m.label}.`,
    );
    return findings;
  }
  const retiredUnder = regimes.filter((j) => isMechanismRetired(m, j, context.today));
  if (retiredUnder.length > 0) {
    const replacement = m.replacedBy ? mechanismById(m.replacedBy)?.label : null;
    push(
      'transfer.mechanism-retired',
      'error',
      'Art 44, Art 46',
      'mechanism',
      `${m.label} no longer exists as a transfer mechanism (${m.retiredReason ?? 'retired'}); this transfer has no valid mechanism${replacement ? `: use ${replacement} or another current one` : ''}.`,
    );
    return findings;
  }
  if (regimes.length === 0) {
    push(
      'transfer.mechanism-regime',
      'error',
      'Art 44',
      'mechanism',
      `${m.label} is a ${m.jurisdiction === 'uk' ? 'UK' : 'EU'} mechanism, but the organisation's record answers only to the ${regimesInWords(context.jurisdictions)}${m.jurisdiction === 'eu' && context.jurisdictions.includes('uk-gdpr') ? ' (UK exporters use the EU SCCs only with the UK Addendum, or the IDTA)' : ''}.`,
    );
  }
  if (regimes.length > 0 && m.group !== 'none') uncoveredRegimeFindings(t, m, context, push);
  if (m.group === 'none') {
    const third = regimes.filter((j) => isThirdCountry(destinationStatus(destination, j, context.today)));
    if (third.length > 0) {
      const under = regimesInWords(third);
      push(
        'transfer.not-domestic',
        'error',
        'Art 44',
        'mechanism',
        m.id === OWN_COUNTRY
          ? `The transfer is recorded as the organisation's own processing in its own country, but ${ownCountryMismatch(t, a, context)}; ${destination} is a third country under the ${under}, so this is a transfer and needs a mechanism.`
          : `The transfer is recorded as not a restricted transfer, but ${destination} is a third country under the ${under}.`,
      );
    }
    return findings;
  }
  if (m.group === 'adequacy') return [...findings, ...adequacyFindings(t, m, context)];
  if (t.since && m.inForceFrom !== null && t.since < m.inForceFrom) {
    push(
      'transfer.mechanism-after-start',
      'warning',
      m.jurisdiction === 'uk' ? 'UK GDPR Art 46' : 'Art 46',
      'since',
      `The transfer began on ${t.since}, before ${m.label} came into force (${m.inForceFrom}); transfers before then needed another mechanism. If the transfer moved onto it later, record that date instead.`,
    );
  }
  sccModuleFindings(t, a, m, context, push);
  if (m.requiresTia && t.tiaDate === null && t.tiaReference.trim() === '') {
    push(
      'transfer.tia-missing',
      'warning',
      m.jurisdiction === 'uk' ? 'UK GDPR Art 46' : 'Art 46; EDPB Recommendations 01/2020',
      'tiaDate',
      `${m.label} is relied on with no ${assessmentOf(m)} (${m.jurisdiction === 'uk' ? 'TRA' : 'TIA'}) on record.`,
    );
  }
  if (m.id === 'eu-art49-1-2nd-compelling-li' && t.safeguardsDocumentation.trim() === '') {
    push(
      'transfer.art49-safeguards',
      'error',
      'Art 30(1)(e), Art 49(1) second subparagraph',
      'safeguardsDocumentation',
      'A transfer on compelling legitimate interests must have its suitable safeguards documented in the record.',
    );
  } else if (m.group === 'derogation') {
    push(
      'transfer.derogation',
      'info',
      'Art 49',
      'mechanism',
      `${m.label} is a derogation for occasional, specific transfers; check this transfer is not regular or systematic.`,
    );
  }
  return findings;
}

/** Why a transfer recorded as the organisation's own processing in its own country is not that. */
function ownCountryMismatch(t: Transfer, a: Activity, context: RuleContext): string {
  const own = context.organisation.country;
  if (t.country === null || own === null || t.country.toUpperCase() !== own.toUpperCase()) {
    return own === null
      ? 'the record gives no country for the organisation'
      : `the organisation is in ${own}, not ${destinationOf(t)}`;
  }
  const importer = context.party(t.partyId);
  const relation = t.partyId === null ? undefined : context.relationOf(a, t.partyId);
  return relation === undefined
    ? `${importer?.name ?? 'the importer'} is not linked to this activity as its processor`
    : `${importer?.name ?? 'the importer'} is linked to this activity as a ${RELATION_LABELS[relation].toLowerCase()}, another party, and disclosing data to another party there is a transfer`;
}

/** Whether the mechanism is a set of SCCs used through its modules (the 2021 EU SCCs). */
function hasSccModules(id: string): boolean {
  return referenceData.transferMechanisms.mechanisms.some((m) => m.parent === id && m.sccModule !== null);
}

function sccModuleFindings(
  t: Transfer,
  a: Activity,
  m: TransferMechanism,
  context: RuleContext,
  push: (
    ruleId: string,
    severity: Finding['severity'],
    article: string,
    field: string,
    message: string,
  ) => void,
): void {
  // The SCCs with their modules, or an instrument that amends them (the UK Addendum: `requires` names them).
  const amends = m.requires.map(mechanismById).find((r) => r !== null && hasSccModules(r.id));
  if (m.sccModule === null && !hasSccModules(m.id) && amends === undefined) return;
  if (m.sccModule !== null && t.sccModule !== null && m.sccModule !== t.sccModule) {
    push(
      'transfer.scc-module-conflict',
      'error',
      'Art 46(2)(c)',
      'sccModule',
      `The mechanism is SCC Module ${m.sccModule} but the transfer names Module ${t.sccModule}.`,
    );
    return;
  }
  const module = m.sccModule ?? t.sccModule;
  if (module === null) {
    if (amends) {
      push(
        'transfer.scc-module-missing',
        'error',
        m.jurisdiction === 'uk' ? 'UK GDPR Art 46; DPA 2018 s119A' : 'Art 46',
        'sccModule',
        `${m.label} is not a transfer mechanism on its own: it amends the ${amends.label}, so this transfer has no valid mechanism until the SCC module it is attached to is named (1 controller→controller, 2 controller→processor, 3 processor→processor, 4 processor→controller).`,
      );
    } else {
      push(
        'transfer.scc-module-missing',
        'warning',
        'Art 46(2)(c)',
        'sccModule',
        'Name the SCC module used (1 controller→controller, 2 controller→processor, 3 processor→processor, 4 processor→controller).',
      );
    }
    return;
  }
  const importer = importerRole(a, t, context);
  if (importer === null) return;
  const expected = MODULE_FOR_ROLES[`${a.role}>${importer}`];
  if (expected !== undefined && expected !== module) {
    push(
      'transfer.scc-module-roles',
      'error',
      'Art 46(2)(c); Decision (EU) 2021/914',
      'sccModule',
      `SCC Module ${module} does not match the roles: the exporter acts as ${a.role} and the importer as ${importer}, which calls for Module ${expected}.`,
    );
  }
}

export const transferRules: Rule = (context) =>
  context.transfers.flatMap((t) => {
    const activity = context.activity(t.activityId);
    return activity && activity.status !== 'retired' ? transferFindings(t, activity, context) : [];
  });
