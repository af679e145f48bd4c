// The cover sheet: who keeps the record, as at when, how much it holds, and where the record has gaps
// according to Ropa's checks.
import { FINDING_SEVERITIES, type Finding, type FindingCounts } from '../../shared/domain';
import { describeAllCounts, describeCounts } from '../../shared/finding-words';
import { nextTurn } from '../next-turn';
import { pageChecker } from '../rules';
import { contactLabel, countryLabel } from './labels';
import type { RegisterView } from './view';

export type CoverRow = [label: string, value: string | number];

/**
 * Activities checked at once: bounds the memory the checks take on a very large register, and between two
 * pages the event loop turns (in the app, the main process goes on answering the window).
 */
const CHECK_PAGE = 2_000;

/** Findings counted by provision and severity, with the first message as an example of each. */
type Tally = Map<string, { counts: FindingCounts; example: string }>;

function addToTally(tally: Tally, f: Finding): void {
  const entry = tally.get(f.article) ?? {
    counts: { error: 0, warning: 0, info: 0 },
    example: `${f.target.label}: ${f.message}`,
  };
  entry.counts[f.severity] += 1;
  tally.set(f.article, entry);
}

/**
 * The completeness summary: the findings of Ropa's checks (the same rules the app and `ropa check` run),
 * counted by provision, each with an example, so a reader sees at once which items have gaps and what kind.
 */
function completenessRows(tally: Tally): CoverRow[] {
  const total = { error: 0, warning: 0, info: 0 };
  for (const { counts } of tally.values()) for (const s of FINDING_SEVERITIES) total[s] += counts[s];
  const rows: CoverRow[] = [
    [
      "Completeness (Ropa's checks on the export date)",
      tally.size === 0 ? 'no gaps found' : describeAllCounts(total),
    ],
  ];
  const articles = [...tally].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  for (const [article, { counts, example }] of articles) {
    rows.push([article, `${describeCounts(counts)}\ne.g. ${example}`]);
  }
  return rows;
}

export async function coverRows(
  view: RegisterView,
  meta: { lastChangeAt: string | null; asAt: string | null; filters: string },
  signal?: AbortSignal,
): Promise<CoverRow[]> {
  const { doc } = view;
  const org = doc.organisation;
  const tally: Tally = new Map();
  const today = (meta.asAt ?? doc.exportedAt).slice(0, 10);
  const checker = pageChecker(doc, { today }, (f) => addToTally(tally, f));
  for (const page of view.activityPages(CHECK_PAGE)) {
    checker.page(page);
    await nextTurn();
    signal?.throwIfAborted();
  }
  checker.end();
  return [
    ['Record of processing activities (GDPR / UK GDPR Article 30)', ''],
    ['Organisation', org.legalName],
    ['Trading name', org.tradingName],
    ['Company number', org.companyNumber],
    ['Address', [org.address, countryLabel(org.country)].filter(Boolean).join('\n')],
    ['Contact', [org.contactEmail, org.contactPhone, org.website].filter(Boolean).join('\n')],
    ['Roles', org.roles.join(', ')],
    [
      'Data protection officer',
      org.dpo
        ? `${contactLabel(org.dpo)}${org.dpo.kind === 'external' ? ' (external)' : ''}`
        : 'none recorded',
    ],
    [
      'EU representative (Art 27)',
      org.euRepresentative ? contactLabel(org.euRepresentative) : 'none recorded',
    ],
    [
      'UK representative (UK GDPR Art 27)',
      org.ukRepresentative ? contactLabel(org.ukRepresentative) : 'none recorded',
    ],
    ['Exported on', doc.exportedAt.slice(0, 10)],
    ['As at', meta.asAt ?? 'the date of export'],
    ['Register last changed', meta.lastChangeAt?.slice(0, 10) ?? 'never'],
    ['Scope', meta.filters],
    ['Controller activities', view.activityCount('controller')],
    ['Processor activities', view.activityCount('processor')],
    ['Parties', doc.parties.length],
    ['Transfers', doc.transfers.length],
    ...completenessRows(tally),
  ];
}
