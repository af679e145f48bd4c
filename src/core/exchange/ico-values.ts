// The words people write in the ICO template's cells → the register's codes: lawful bases, Art 9 and
// Schedule 1 conditions, transfer mechanisms, DPIA progress, yes/no. Each reads Ropa's own export labels
// (resources/reference) first, then the article reference ("6(1)(b)", "9(2)(h)", "para 18"), then the
// usual words; null means the text names nothing Ropa knows, and the caller reports it.
import {
  ART9_CONDITIONS,
  DPIA_STATUSES,
  LAWFUL_BASES,
  type Art9Condition,
  type Contact,
  type DpiaStatus,
  type Jurisdiction,
  type LawfulBasis,
} from '../../shared/domain';
import { referenceData } from '../reference';
import { isEmail } from './cell-values';
import { mechanismLabel } from './labels';
import { normalise } from './sheet-grid';

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

export function lawfulBasisIn(text: string): LawfulBasis | null {
  const article = /6\s*\(\s*1\s*\)\s*\(\s*([a-f])\s*\)/i.exec(text) ?? /art6-1-([a-f])/.exec(text);
  if (article) return `art6-1-${article[1]!.toLowerCase()}` as LawfulBasis;
  const t = normalise(text);
  const found = referenceData.legalBases.art6.find(
    (b) => normalise(b.label) === t || normalise(b.shortLabel) === t,
  );
  if (found) return LAWFUL_BASES.find((id) => id === found.id) ?? null;
  if (has(t, 'legitimate interest')) return 'art6-1-f';
  if (has(t, 'public task', 'official authority', 'public interest')) return 'art6-1-e';
  if (has(t, 'vital interest')) return 'art6-1-d';
  if (has(t, 'legal obligation', 'legal requirement', 'statutory', 'required by law')) return 'art6-1-c';
  if (has(t, 'contract')) return 'art6-1-b';
  if (has(t, 'consent')) return 'art6-1-a';
  return null;
}

const ART9_WORDS: readonly [Art9Condition, string[]][] = [
  ['art9-2-a', ['explicit consent']],
  ['art9-2-g', ['substantial public interest']],
  ['art9-2-i', ['public health']],
  ['art9-2-h', ['health or social care', 'social care', 'medicine', 'medical', 'health care']],
  ['art9-2-b', ['employment', 'social security', 'social protection']],
  ['art9-2-c', ['vital interest']],
  ['art9-2-d', ['not for profit', 'foundation', 'trade union']],
  ['art9-2-e', ['made public', 'manifestly']],
  ['art9-2-f', ['legal claim', 'judicial']],
  ['art9-2-j', ['archiving', 'research', 'statistic']],
];

export function art9ConditionIn(text: string): Art9Condition | null {
  const article = /9\s*\(\s*2\s*\)\s*\(\s*([a-j])\s*\)/i.exec(text) ?? /art9-2-([a-j])/.exec(text);
  if (article) return ART9_CONDITIONS.find((c) => c === `art9-2-${article[1]!.toLowerCase()}`) ?? null;
  const t = normalise(text);
  const found = referenceData.legalBases.art9.find((c) => normalise(c.label) === t);
  if (found) return ART9_CONDITIONS.find((c) => c === found.id) ?? null;
  return ART9_WORDS.find(([, words]) => has(t, ...words))?.[0] ?? null;
}

/** A UK DPA 2018 Schedule 1 condition id, by id, paragraph number or label. */
export function schedule1ConditionIn(text: string): string | null {
  const conditions = referenceData.legalBases.ukSchedule1;
  const t = normalise(text);
  const byId = conditions.find((c) => c.id === text.trim());
  if (byId) return byId.id;
  const byLabel = conditions.find((c) => normalise(c.label) === t);
  if (byLabel) return byLabel.id;
  const paragraph = /\bpara(?:graph)?\s*(\d{1,2})\b/.exec(t)?.[1];
  return paragraph === undefined
    ? null
    : (conditions.find((c) => String(c.paragraph) === paragraph)?.id ?? null);
}

/**
 * A mechanism id; `exact` when the text is Ropa's own label for it, with what follows in `rest`, otherwise
 * found by the usual words (rest is then the whole text). null when no mechanism is named.
 */
export function mechanismIn(
  text: string,
  jurisdictions: readonly Jurisdiction[],
): { mechanism: string | null; rest: string; exact: boolean } {
  const trimmed = text.trim();
  // Ropa's own export: "<label> (<article>); <documentation>".
  for (const m of referenceData.transferMechanisms.mechanisms) {
    const label = mechanismLabel(m.id);
    if (trimmed === label || trimmed.startsWith(`${label};`))
      return { mechanism: m.id, rest: trimmed.slice(label.length).replace(/^;\s*/, ''), exact: true };
  }
  const t = normalise(trimmed);
  const ukOnly = jurisdictions.includes('uk-gdpr') && !jurisdictions.includes('eu-gdpr');
  const module = /\bmodule\s*([1-4])\b/.exec(t)?.[1];
  const pick = (): string | null => {
    if (has(t, 'privacy shield')) return 'eu-privacy-shield';
    if (has(t, 'safe harbour', 'safe harbor')) return 'eu-safe-harbour';
    if (has(t, 'data privacy framework') || /\bdpf\b/.test(t))
      return ukOnly ? 'uk-adequacy-dpf-ukext' : 'eu-adequacy-dpf';
    if (has(t, 'idta', 'international data transfer agreement')) return 'uk-idta';
    if (has(t, 'addendum')) return 'uk-addendum';
    if (has(t, 'binding corporate rules') || /\bbcrs?\b/.test(t)) return ukOnly ? 'uk-bcr' : 'eu-bcr';
    if (
      has(t, 'standard contractual clauses', 'model clauses', 'standard data protection clauses') ||
      /\bsccs?\b/.test(t)
    )
      return module
        ? (['eu-scc-m1-c2c', 'eu-scc-m2-c2p', 'eu-scc-m3-p2p', 'eu-scc-m4-p2c'][Number(module) - 1] ??
            'eu-scc')
        : 'eu-scc';
    if (has(t, 'adequacy', 'adequate')) return ukOnly ? 'uk-adequacy-regs' : 'eu-adequacy';
    if (has(t, 'code of conduct')) return 'eu-code-of-conduct';
    if (has(t, 'certification')) return 'eu-certification';
    if (has(t, 'explicit consent')) return ukOnly ? 'uk-art49' : 'eu-art49-1a-explicit-consent';
    if (ukOnly && (has(t, 'derogation', 'exception') || /\barticle 49\b|\bart 49\b/.test(t)))
      return 'uk-art49';
    return null;
  };
  return { mechanism: pick(), rest: trimmed, exact: false };
}

const DPIA_WORDS: readonly [DpiaStatus, RegExp][] = [
  ['not-required', /^(not required|not needed|no|none|n a|na)\b/],
  ['completed', /^(complete|completed|done|finished|signed off|approved)\b/],
  ['in-progress', /^(in progress|ongoing|underway|started|draft)\b/],
  ['planned', /^(planned|to do|todo|not started|scheduled|pending)\b/],
  ['not-assessed', /^(not assessed|unknown)\b/],
];

export function dpiaStatusIn(text: string): DpiaStatus | null {
  const t = text.trim();
  const byId = DPIA_STATUSES.find((s) => s === t);
  if (byId) return byId;
  const n = normalise(t);
  return DPIA_WORDS.find(([, pattern]) => pattern.test(n))?.[0] ?? null;
}

/** true / false for the template's yes-no questions, null for anything else. */
export function yesNoIn(text: string): boolean | null {
  const t = normalise(text);
  if (/^(yes|y|true|oui)\b/.test(t)) return true;
  if (/^(no|n|false|non|none|n a|na)\b/.test(t)) return false;
  return null;
}

/** "Name, Company, 1 High St, London, name@example.com, +44 20…" (Ropa's contact label) → a contact. */
export function contactFromText(text: string): Contact {
  const parts = text
    .split(/,\s*|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const email = parts.find(isEmail) ?? '';
  const phone = parts.find((p) => /^\+?[\d\s().-]{3,}$/.test(p) && /\d/.test(p)) ?? '';
  const rest = parts.filter((p) => p !== email && p !== phone);
  return { name: rest[0] ?? '', company: '', address: rest.slice(1).join(', '), email, phone };
}

/** "Name: details" → the name and the details (a line with no colon is all name). */
export function nameAndDetails(line: string): { name: string; details: string } {
  const at = line.search(/:\s/);
  return at < 0
    ? { name: line.trim(), details: '' }
    : { name: line.slice(0, at).trim(), details: line.slice(at + 1).trim() };
}
