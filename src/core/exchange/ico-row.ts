// One row of the ICO controller template ("Template" sheet, columns A–AD) → one controller activity, its
// parties and transfers. Lists are one a line (or separated by semicolons); values Ropa has codes for are
// mapped, values it does not know are kept in the notes and reported; columns the register has no field
// for (consent, breaches, retention-policy checks) are kept in the notes as "column: value".
import { randomUUID } from 'node:crypto';
import type {
  ActivityFieldsInput,
  Art9Condition,
  DpiaStatus,
  Jurisdiction,
  PartyLink,
  Purpose,
  RetentionRule,
} from '../../shared/domain';
import { LEGITIMATE_INTERESTS, RETENTION_UNITS } from '../../shared/domain';
import { splitLines, splitList } from './cell-values';
import {
  art9ConditionIn,
  contactFromText,
  dpiaStatusIn,
  lawfulBasisIn,
  nameAndDetails,
  schedule1ConditionIn,
  yesNoIn,
} from './ico-values';
import { readTransfers } from './ico-transfers';
import type { PlanBuilder } from './template-plan';

/** The template's columns, in order (they match ico.ts's export headers one for one). */
export const ICO_CONTROLLER_KEYS = [
  'department',
  'purposes',
  'joint',
  'subjects',
  'data',
  'recipients',
  'contracts',
  'countries',
  'safeguards',
  'retention',
  'security',
  'lawfulBasis',
  'art9',
  'legitimateInterests',
  'lia',
  'rights',
  'adm',
  'sources',
  'consent',
  'location',
  'dpiaRequired',
  'dpiaProgress',
  'dpiaLink',
  'breach',
  'breachLink',
  'schedule1',
  'dpaLawfulBasis',
  'retentionPolicy',
  'retentionAdherence',
  'retentionReasons',
] as const;
export type IcoKey = (typeof ICO_CONTROLLER_KEYS)[number];

/** Columns the register keeps no field for: their values go to the notes under the column's header. */
const NOTE_KEYS: readonly IcoKey[] = [
  'consent',
  'breach',
  'breachLink',
  'retentionPolicy',
  'retentionAdherence',
  'retentionReasons',
];

/** The rights the export derives from the lawful bases (ico.ts): such a cell says nothing new. */
const RIGHTS_WORDS =
  /^(access|rectification|erasure|restriction|portability|objection|withdraw consent|object|and|\s|,|;|\n)*$/i;

export type IcoCell = { text: string; place: string; header: string };
export type IcoRow = { place: string; cell: (key: IcoKey) => IcoCell; extra: IcoCell[] };

type Fields = ActivityFieldsInput & {
  purposes: Partial<Purpose>[];
  dataSubjectIds: string[];
  personalDataIds: string[];
  recipientCategoryIds: string[];
  dataSourceIds: string[];
  securityMeasureIds: string[];
  art9Conditions: Art9Condition[];
  ukSchedule1Conditions: string[];
  retention: Partial<RetentionRule>[];
  parties: PartyLink[];
  systems: string[];
};

const SPECIAL_SUFFIX = /\s*\[(Art 9|Art 10)\]$/;
const PERIOD = new RegExp(`^(\\d{1,3}) (${RETENTION_UNITS.join('|')})(?: from (.+))?$`, 'i');

function link(f: Fields, partyId: string, relation: PartyLink['relation']): void {
  if (!f.parties.some((l) => l.partyId === partyId)) f.parties.push({ partyId, relation, description: '' });
}

const push = <T>(list: T[], value: T) => void (!list.includes(value) && list.push(value));

/** Purposes with their Art 6 bases, legitimate interests and LIA references. */
function readPurposes(b: PlanBuilder, row: IcoRow, f: Fields, notes: string[]): void {
  const purposes = splitList(row.cell('purposes').text).map((description): Partial<Purpose> => ({
    description,
    lawfulBasis: null,
  }));
  const bases = splitLines(row.cell('lawfulBasis').text);
  if (purposes.length === 0 && bases.length > 0)
    purposes.push({ description: f.department || f.name, lawfulBasis: null });
  bases.forEach((line, i) => {
    const basis = lawfulBasisIn(line);
    const named = nameAndDetails(line).name.toLowerCase();
    const target =
      purposes.find((p) => p.description?.toLowerCase() === named && p.lawfulBasis === null) ??
      (bases.length === 1 ? undefined : purposes[i]);
    if (basis === null && !/not recorded$/.test(line)) {
      b.warn(
        row.cell('lawfulBasis').place,
        `"${line}" names no Article 6 lawful basis (consent, contract, legal obligation, vital interests, public task, legitimate interests); kept in the notes`,
      );
      notes.push(`${row.cell('lawfulBasis').header}: ${line}`);
    }
    for (const p of target ? [target] : bases.length === 1 ? purposes : []) p.lawfulBasis = basis;
    const extra = /\((interest: .*|LIA: .*|law: .*)\)$/.exec(line)?.[1];
    if (target && extra)
      for (const part of extra.split('; ')) {
        const [k, ...v] = part.split(': ');
        const value = v.join(': ');
        if (k === 'law') target.lawReference = value;
      }
    if (target === undefined && bases.length > 1 && i >= purposes.length)
      notes.push(`${row.cell('lawfulBasis').header}: ${line}`);
  });
  // The Schedule 1 block repeats the Art 6 basis: used only when the purposes have none.
  const dpaBases = splitLines(row.cell('dpaLawfulBasis').text);
  if (purposes.every((p) => p.lawfulBasis === null) && dpaBases.length > 0) {
    const basis = lawfulBasisIn(dpaBases[0]!);
    for (const p of purposes) p.lawfulBasis = basis;
  }
  const interested = purposes.filter((p) => p.lawfulBasis === LEGITIMATE_INTERESTS);
  const assign = (key: 'legitimateInterests' | 'lia', field: 'legitimateInterest' | 'liaReference') => {
    const values = splitLines(row.cell(key).text);
    const targets = interested.length > 0 ? interested : purposes.slice(0, 1);
    values.forEach((value, i) => {
      const target = targets.length === 1 ? targets[0] : targets[i];
      if (target) target[field] = [target[field], value].filter(Boolean).join('\n');
      else notes.push(`${row.cell(key).header}: ${value}`);
    });
  };
  assign('legitimateInterests', 'legitimateInterest');
  assign('lia', 'liaReference');
  for (const p of purposes) if (p.liaReference) p.liaReference = p.liaReference.replace(/\n/g, '; ');
  f.purposes = purposes;
}

function readParties(b: PlanBuilder, row: IcoRow, f: Fields, notes: string[]): void {
  for (const line of splitLines(row.cell('joint').text)) {
    const { name, details } = nameAndDetails(line);
    const contact = contactFromText(details);
    link(
      f,
      b.party(
        name,
        'joint-controller',
        { contact: { ...contact, name: contact.name === name ? '' : contact.name } },
        row.cell('joint').place,
      ),
      'joint-controller',
    );
  }
  for (const line of splitLines(row.cell('contracts').text)) {
    if (/^https?:\/\//i.test(line)) {
      notes.push(`${row.cell('contracts').header}: ${line}`);
      continue;
    }
    const { name, details } = nameAndDetails(line);
    const signed = /,?\s*signed (\d{4}-\d{2}-\d{2})$/.exec(details);
    const reference = (signed ? details.slice(0, signed.index) : details).trim();
    link(
      f,
      b.party(
        name,
        'processor',
        {
          dpaReference: reference === 'no contract recorded' ? '' : reference,
          dpaSignedOn: signed?.[1] ?? null,
        },
        row.cell('contracts').place,
      ),
      'processor',
    );
  }
  for (const item of splitList(row.cell('recipients').text)) {
    // Ropa's export lists recipient parties as "Name (Country (CC))".
    const party = b.findParty(item) ?? b.findParty(item.replace(/\s*\((?:[^()]|\([^()]*\))*\)$/, ''));
    if (party) link(f, party, 'recipient');
    else push(f.recipientCategoryIds, b.findTerm('recipient', item) ?? b.term('recipient', item));
  }
}

function readRetention(row: IcoRow, f: Fields, b: PlanBuilder): void {
  for (const line of splitLines(row.cell('retention').text)) {
    const { name, details } = nameAndDetails(line);
    const category =
      details && name !== 'All data'
        ? f.personalDataIds.find((id) => id === b.findTerm('personal-data', name))
        : undefined;
    const text = details && (category || name === 'All data') ? details : line;
    const period = PERIOD.exec(text);
    f.retention.push(
      period
        ? {
            personalDataTermId: category ?? null,
            period: Number(period[1]),
            unit: period[2]!.toLowerCase() as RetentionRule['unit'],
            fromEvent: period[3] ?? '',
          }
        : { personalDataTermId: category ?? null, rule: text },
    );
  }
}

function readDpia(b: PlanBuilder, row: IcoRow, notes: string[]): ActivityFieldsInput['dpia'] {
  const required = row.cell('dpiaRequired');
  const progress = row.cell('dpiaProgress');
  let status: DpiaStatus = 'not-assessed';
  const answer = required.text ? yesNoIn(required.text) : null;
  if (required.text && answer === null) {
    b.warn(required.place, `expected Yes or No, found "${required.text}"; kept in the notes`);
    notes.push(`${required.header}: ${required.text}`);
  }
  if (answer === false) status = 'not-required';
  if (answer === true) status = 'planned';
  if (progress.text) {
    const found = dpiaStatusIn(progress.text);
    if (found === null) {
      b.warn(
        progress.place,
        `"${progress.text}" is not a DPIA progress Ropa knows (not required, planned, in progress, completed); kept in the notes`,
      );
      notes.push(`${progress.header}: ${progress.text}`);
    } else status = found;
  }
  return { criteria: [], status, reference: row.cell('dpiaLink').text };
}

/** Maps one template row; the activity's reference and name are made up (the template has neither). */
export function planIcoControllerRow(
  b: PlanBuilder,
  row: IcoRow,
  jurisdictions: readonly Jurisdiction[],
): void {
  const notes: string[] = [];
  const security: string[] = [];
  const id = randomUUID();
  const text = (key: IcoKey) => row.cell(key).text;
  const department = text('department').split('\n')[0]!.trim();
  const firstPurpose = splitList(text('purposes'))[0] ?? '';
  const reference = b.nextReference('ICO');
  b.claimReference(reference, row.place);
  const f: Fields = {
    role: 'controller',
    status: 'active',
    reference,
    name: (firstPurpose || department || `Activity on ${row.place.replace(/^.*, (sheet)/, '$1')}`).slice(
      0,
      300,
    ),
    department,
    purposes: [],
    dataSubjectIds: [],
    personalDataIds: [],
    recipientCategoryIds: [],
    dataSourceIds: [],
    securityMeasureIds: [],
    art9Conditions: [],
    ukSchedule1Conditions: [],
    retention: [],
    parties: [],
    systems: [],
  };
  readPurposes(b, row, f, notes);
  for (const label of splitList(text('subjects')))
    push(f.dataSubjectIds, b.findTerm('data-subject', label) ?? b.term('data-subject', label));
  for (const item of splitList(text('data'))) {
    const special = SPECIAL_SUFFIX.exec(item)?.[1];
    const label = item.replace(SPECIAL_SUFFIX, '');
    push(
      f.personalDataIds,
      b.findTerm('personal-data', label) ??
        b.term('personal-data', label, special === 'Art 9' ? 'art9' : special === 'Art 10' ? 'art10' : null),
    );
  }
  for (const label of splitList(text('sources')))
    push(f.dataSourceIds, b.findTerm('data-source', label) ?? b.term('data-source', label));
  for (const item of splitList(text('security'))) {
    const found = b.findTerm('security-measure', item);
    if (found) push(f.securityMeasureIds, found);
    else security.push(item);
  }
  readParties(b, row, f, notes);
  readRetention(row, f, b);
  for (const line of splitLines(text('art9'))) {
    const condition = art9ConditionIn(line);
    if (condition) push(f.art9Conditions, condition);
    else {
      b.warn(row.cell('art9').place, `"${line}" names no Article 9(2) condition; kept in the notes`);
      notes.push(`${row.cell('art9').header}: ${line}`);
    }
  }
  for (const line of splitLines(text('schedule1'))) {
    const condition = schedule1ConditionIn(line);
    if (condition) push(f.ukSchedule1Conditions, condition);
    else {
      b.warn(
        row.cell('schedule1').place,
        `"${line}" names no DPA 2018 Schedule 1 condition; kept in the notes`,
      );
      notes.push(`${row.cell('schedule1').header}: ${line}`);
    }
  }
  const adm = text('adm');
  const used = adm === '' ? false : (yesNoIn(adm) ?? true);
  f.automatedDecisionMaking = { used, description: used ? adm.replace(/^yes\s*[:,-]?\s*/i, '') : '' };
  const [storage = '', ...systems] = splitList(text('location'));
  f.storageLocation = storage;
  f.systems = systems;
  f.dpia = readDpia(b, row, notes);
  if (text('rights') && !RIGHTS_WORDS.test(text('rights')))
    notes.push(`${row.cell('rights').header}: ${text('rights')}`);
  for (const key of NOTE_KEYS) if (text(key)) notes.push(`${row.cell(key).header}: ${text(key)}`);
  for (const extra of row.extra) notes.push(`${extra.header}: ${extra.text}`);
  readTransfers(b, row, id, jurisdictions, notes);
  f.securityNotes = security.join('\n');
  f.notes = notes.join('\n');
  b.addActivity({
    id,
    fields: f,
    place: row.place,
    fieldPlaces: {
      purposes: row.cell('purposes').place,
      department: row.cell('department').place,
      storageLocation: row.cell('location').place,
      dpia: row.cell('dpiaLink').place,
    },
  });
}
