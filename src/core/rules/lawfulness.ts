// Art 6 bases per purpose, Art 9 / Art 10 conditions for special and criminal data, and the UK DPA 2018
// Schedule 1 conditions those need under UK law (s10). Processor activities have no basis of their own (the
// client controller decides it); of them only a purpose worded as the processor's own use is looked at.
import type { Activity, Finding } from '../../shared/domain';
import { BASES_NEEDING_LAW_REFERENCE, LEGITIMATE_INTERESTS } from '../../shared/domain';
import { referenceData } from '../reference';
import { activityTarget, currentActivities, findingsOn, type Rule, type RuleContext } from './context';

const art9NeedingSchedule1 = new Set(
  referenceData.legalBases.art9.filter((c) => c.ukSchedule1Part !== null).map((c) => c.id as string),
);
const needsPolicyDocument = new Set(
  referenceData.legalBases.ukSchedule1.filter((c) => c.appropriatePolicyDocument).map((c) => c.id),
);
const schedule1AppliesTo = new Map(
  referenceData.legalBases.ukSchedule1.map((c) => [c.id, c.appliesTo as string]),
);

function purposeName(a: Activity, index: number, context: RuleContext): string {
  const p = a.purposes[index]!;
  const term = p.termId ? context.term(p.termId)?.label : undefined;
  return `"${p.description || term || `purpose ${index + 1}`}"`;
}

function specialKinds(a: Activity, context: RuleContext): Set<string> {
  const kinds = new Set<string>();
  for (const id of a.personalDataIds) {
    const special = context.term(id)?.special;
    if (special) kinds.add(special);
  }
  return kinds;
}

function activityFindings(a: Activity, context: RuleContext): Finding[] {
  const { findings, push } = findingsOn((field) => activityTarget(a, 'lawfulness', field));
  a.purposes.forEach((p, i) => {
    // Named only in a finding: most purposes have none, and a large register has tens of thousands.
    const name = () => purposeName(a, i, context);
    if (p.lawfulBasis === null) {
      push('lawfulness.basis', 'error', 'Art 6(1)', 'purposes', `The purpose ${name()} has no lawful basis.`);
      return;
    }
    if (p.lawfulBasis === LEGITIMATE_INTERESTS) {
      if (p.legitimateInterest.trim() === '') {
        push(
          'lawfulness.legitimate-interest',
          'warning',
          'Art 6(1)(f), Art 5(2)',
          'purposes',
          `The purpose ${name()} relies on legitimate interests without saying what the interest is.`,
        );
      }
      if (p.liaReference.trim() === '') {
        push(
          'lawfulness.lia',
          'warning',
          'Art 6(1)(f), Art 5(2)',
          'purposes',
          `The purpose ${name()} relies on legitimate interests with no balancing test (LIA) on record.`,
        );
      }
    }
    if (BASES_NEEDING_LAW_REFERENCE.includes(p.lawfulBasis) && p.lawReference.trim() === '') {
      push(
        'lawfulness.law-reference',
        'warning',
        'Art 6(3)',
        'purposes',
        `The purpose ${name()} rests on a legal obligation or public task without naming the law.`,
      );
    }
  });
  const kinds = specialKinds(a, context);
  const uk = context.jurisdictions.includes('uk-gdpr');
  if (kinds.has('art9')) {
    if (a.art9Conditions.length === 0) {
      push(
        'lawfulness.art9-condition',
        'error',
        'Art 9(2)',
        'art9Conditions',
        'Special category data is processed with no Art 9(2) condition recorded.',
      );
    } else if (uk) {
      const needing = a.art9Conditions.filter((c) => art9NeedingSchedule1.has(c));
      const met = needing.every((c) => a.ukSchedule1Conditions.some((s) => schedule1AppliesTo.get(s) === c));
      if (needing.length > 0 && !met) {
        push(
          'lawfulness.uk-schedule1-art9',
          'error',
          'DPA 2018 s10, Sch 1',
          'ukSchedule1Conditions',
          `Under UK law, Art 9(2)(${needing.map((c) => c.slice(-1)).join('), (')}) needs a DPA 2018 Schedule 1 condition, and none is recorded for it.`,
        );
      }
    }
  }
  if (kinds.has('art10')) {
    if (a.art10Conditions.length === 0) {
      push(
        'lawfulness.art10-condition',
        'error',
        'Art 10',
        'art10Conditions',
        'Criminal offence data is processed with no Art 10 authority recorded.',
      );
    } else if (
      a.art10Conditions.includes('art10-authorised-by-law') &&
      !a.art10Conditions.includes('art10-official-authority')
    ) {
      if (uk && a.ukSchedule1Conditions.length === 0) {
        push(
          'lawfulness.uk-schedule1-art10',
          'error',
          'DPA 2018 s10(5), Sch 1',
          'ukSchedule1Conditions',
          'Under UK law, criminal offence data not under official authority needs a DPA 2018 Schedule 1 condition, and none is recorded.',
        );
      } else if (!uk && a.art10LawReference.trim() === '') {
        push(
          'lawfulness.art10-law-reference',
          'warning',
          'Art 10',
          'art10LawReference',
          'Criminal offence data is processed as "authorised by law" without naming the law.',
        );
      }
    }
  }
  if (a.ukSchedule1Conditions.some((c) => needsPolicyDocument.has(c))) {
    push(
      'lawfulness.appropriate-policy-document',
      'info',
      'DPA 2018 Sch 1 Part 4',
      'ukSchedule1Conditions',
      'A Schedule 1 condition relied on here needs an appropriate policy document; keep it with the record.',
    );
  }
  return findings;
}

// "our", but not "our clients'" (a web agency developing its clients' sites works on their instructions).
const OUR = String.raw`our\b(?!\s+(?:clients?|customers?|users?)\b)`;

/**
 * Wordings that make a purpose the processor's own use of the client's data rather than work on the client's
 * instructions ("train our AI", "product improvement", "our own analytics"). A processor activity's purposes
 * normally describe the service ("providing the contracted services"), and the record has no field saying
 * whose purpose it is, so only these plain first-person or product wordings count: better to miss some than
 * to cry wolf on ordinary processor activities.
 */
const OWN_USE = [
  /\bfor our own\b/,
  /\bour own (?:purposes?|uses?|analytics|marketing|research|statistics)\b/,
  /\bproduct (?:improvement|development)\b/,
  new RegExp(String.raw`\b(?:train|training|retrain|retraining|fine-?tune|fine-?tuning)\s+(?:of\s+)?${OUR}`),
  new RegExp(String.raw`\b(?:improve|improving|develop|developing|enhance|enhancing)\s+${OUR}`),
];
/** A purpose that says the data is not put to such use ("never used to train our AI"). */
const NEGATED = /\b(?:no|not|never|without)\b/;

function isOwnUse(text: string): boolean {
  const t = text.toLowerCase();
  return !NEGATED.test(t) && OWN_USE.some((re) => re.test(t));
}

/**
 * Art 28(10): a processor that uses client data for its own purposes is a controller for that use, which then
 * needs a controller activity with its own lawful basis. Said on the processor activity whatever else the
 * register holds: the purpose does not belong there either way, and each activity is checked on its own.
 */
function processorActivityFindings(a: Activity, context: RuleContext): Finding[] {
  const { findings, push } = findingsOn((field) => activityTarget(a, 'lawfulness', field));
  a.purposes.forEach((p, i) => {
    const term = p.termId ? (context.term(p.termId)?.label ?? '') : '';
    if (!isOwnUse(`${p.description} ${term}`)) return;
    push(
      'lawfulness.processor-own-purpose',
      'warning',
      'Art 28(10), Art 6(1)',
      'purposes',
      `The purpose ${purposeName(a, i, context)} reads as your own use of the client's data, not processing on its instructions: for that use you are a controller. Record it in a controller activity with its own lawful basis, and keep this processor activity to what you do for the client.`,
    );
  });
  return findings;
}

export const lawfulnessRules: Rule = (context) =>
  currentActivities(context).flatMap((a) =>
    a.role === 'controller' ? activityFindings(a, context) : processorActivityFindings(a, context),
  );
