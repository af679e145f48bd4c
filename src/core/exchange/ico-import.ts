// The ICO's controller documentation template (anchors-mission §3.1) as DPOs fill it in, and Ropa's own ICO
// export: the sheet whose header row holds the template's columns ("Business function", "Purpose of
// processing"…), the contact block above it (controller, DPO, representative: Name, Address, Email,
// Telephone), and the processor sheet of Ropa's ICO export. Columns are found by their header text, so a
// template with extra title rows or reordered columns reads the same; unknown columns are kept in notes.
import type { Contact, Jurisdiction, PartyLink } from '../../shared/domain';
import { RopaError } from '../errors';
import type { Register } from '../store/register';
import { splitLines } from './cell-values';
import { countryCodeOf } from './country-lookup';
import { DEFAULT_LIMITS, type ImportLimits } from './file-guard';
import { icoControllerTable, icoProcessorTable } from './ico';
import { ICO_CONTROLLER_KEYS, planIcoControllerRow, type IcoCell, type IcoKey } from './ico-row';
import { contactFromText, nameAndDetails } from './ico-values';
import { cellPlace, normalise, type Sheet, type SheetRow } from './sheet-grid';
import { readSpreadsheet } from './sheet-read';
import { createPlanBuilder, type PlanBuilder, type TemplatePlan } from './template-plan';

/** A header compared without case, punctuation or its "(if applicable)" asides. */
const headerKey = (text: string) => normalise(text.replace(/\([^)]*\)/g, ''));

const CONTROLLER_HEADERS = new Map<string, IcoKey>(
  icoControllerTable.columns.map((c, i) => [headerKey(c.header), ICO_CONTROLLER_KEYS[i]!]),
);
// The form copy of the template spells column 26 without the "1" (anchors-mission §3.1).
CONTROLLER_HEADERS.set(headerKey('Data Protection Act 2018 Schedule Condition for processing'), 'schedule1');

const PROCESSOR_KEYS = [
  'activity',
  'controller',
  'representative',
  'categories',
  'transfers',
  'safeguards',
  'security',
  'subProcessors',
] as const;
type ProcessorKey = (typeof PROCESSOR_KEYS)[number];
const PROCESSOR_HEADERS = new Map<string, ProcessorKey>(
  icoProcessorTable.columns.map((c, i) => [headerKey(c.header), PROCESSOR_KEYS[i]!]),
);

type Table<K extends string> = { sheet: Sheet; header: SheetRow; columns: Map<number, K>; extra: number[] };

function findTable<K extends string>(
  sheet: Sheet,
  headers: Map<string, K>,
  required: readonly K[],
): Table<K> | null {
  for (const row of sheet.rows.slice(0, 40)) {
    const columns = new Map<number, K>();
    const extra: number[] = [];
    row.cells.forEach((text, i) => {
      const key = headers.get(headerKey(text));
      if (key !== undefined) columns.set(i, key);
      else if (text.trim() !== '') extra.push(i);
    });
    const found = new Set(columns.values());
    if (required.every((k) => found.has(k))) return { sheet, header: row, columns, extra };
  }
  return null;
}

function rowsBelow<K extends string>(file: string, t: Table<K>) {
  return t.sheet.rows
    .filter((r) => r.number > t.header.number)
    .map((row) => {
      const cells = new Map<K, IcoCell>();
      for (const [column, key] of t.columns)
        cells.set(key, {
          text: (row.cells[column] ?? '').trim(),
          place: cellPlace(file, t.sheet.name, row.number, column),
          header: (t.header.cells[column] ?? '').trim(),
        });
      const cell = (key: K): IcoCell =>
        cells.get(key) ?? { text: '', place: cellPlace(file, t.sheet.name, row.number), header: key };
      const extra = t.extra
        .map((c) => ({
          text: (row.cells[c] ?? '').trim(),
          place: cellPlace(file, t.sheet.name, row.number, c),
          header: (t.header.cells[c] ?? '').trim(),
        }))
        .filter((c) => c.text !== '');
      const empty = [...cells.values()].every((c) => c.text === '') && extra.length === 0;
      return { place: cellPlace(file, t.sheet.name, row.number), cell, extra, empty };
    })
    .filter((r) => !r.empty);
}

/** The contact block above the header: a "Name / Address / Email / Telephone" row, then one row each. */
function readContacts(b: PlanBuilder, file: string, t: Table<string>): void {
  const above = t.sheet.rows.filter((r) => r.number < t.header.number);
  const labels = above.find(
    (r) =>
      r.cells.some((c) => normalise(c) === 'name') &&
      r.cells.some((c) => /^(address|email|e mail|telephone|phone)$/.test(normalise(c))),
  );
  if (!labels) return;
  const column = (...names: string[]) => labels.cells.findIndex((c) => names.includes(normalise(c)));
  const at = {
    name: column('name'),
    address: column('address'),
    email: column('email', 'e mail'),
    phone: column('telephone', 'phone'),
  };
  for (const row of above.filter((r) => r.number > labels.number)) {
    const who = normalise(row.cells.find((c) => c.trim() !== '') ?? '');
    const get = (i: number) => (i < 0 ? '' : (row.cells[i] ?? '').trim());
    const place = cellPlace(file, t.sheet.name, row.number);
    const [name = '', company = ''] = get(at.name).split(/,\s*/, 2);
    const email = get(at.email);
    const contact: Contact = { name, company, address: get(at.address), email, phone: get(at.phone) };
    if (!Object.values(contact).some((v) => v !== '')) continue;
    if (email !== '' && !contactFromText(email).email) {
      b.warn(
        cellPlace(file, t.sheet.name, row.number, at.email),
        `"${email}" is not an e-mail address; it was not imported`,
      );
      contact.email = '';
    }
    if (who === 'controller' || who === 'processor') {
      const lines = splitLines(contact.address);
      const country = lines.length > 1 ? countryCodeOf(lines[lines.length - 1]!) : null;
      b.fillOrganisation(
        {
          address: (country ? lines.slice(0, -1) : lines).join('\n'),
          country,
          contactEmail: contact.email,
          contactPhone: contact.phone,
        },
        place,
      );
      const legalName = get(at.name);
      if (legalName && normalise(legalName) !== normalise(b.organisation().legalName))
        b.warn(
          place,
          `the file's ${who} is "${legalName}"; the register's organisation "${b.organisation().legalName}" is kept`,
        );
    } else if (who.startsWith('data protection officer') || who === 'dpo')
      b.fillOrganisation({ dpo: { ...contact, kind: company ? 'external' : 'internal' } }, place);
    else if (who.startsWith('representative')) {
      const jurisdictions = b.organisation().jurisdictions ?? [];
      b.fillOrganisation(
        jurisdictions.includes('uk-gdpr') ? { ukRepresentative: contact } : { euRepresentative: contact },
        place,
      );
    }
  }
}

/** The processor sheet of Ropa's ICO export: one row per controller processed for, grouped by activity. */
function planProcessorRows(b: PlanBuilder, file: string, t: Table<ProcessorKey>): void {
  const groups = new Map<string, ReturnType<typeof rowsBelow<ProcessorKey>>>();
  for (const row of rowsBelow(file, t)) {
    const name = row.cell('activity').text || row.place;
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  for (const [title, rows] of groups) {
    const first = rows[0]!;
    const [token = '', ...rest] = title.split(' ');
    const named =
      /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(token) &&
      /\d/.test(token) &&
      rest.length > 0 &&
      b.isReferenceFree(token);
    const reference = named ? token : b.nextReference('ICO');
    b.claimReference(reference, first.cell('activity').place);
    const parties: PartyLink[] = [];
    const add = (partyId: string, relation: PartyLink['relation'], description = '') => {
      if (!parties.some((l) => l.partyId === partyId)) parties.push({ partyId, relation, description });
    };
    for (const row of rows) {
      const { name, details } = nameAndDetails(row.cell('controller').text);
      if (!name) continue;
      const representative = row.cell('representative').text;
      const party = b.party(
        name,
        'client-controller',
        {
          contact: details ? contactFromText(details) : null,
          representative: representative ? contactFromText(representative) : null,
        },
        row.cell('controller').place,
      );
      add(party, 'client-controller', row.cell('categories').text);
    }
    for (const line of splitLines(first.cell('subProcessors').text)) {
      const { name, details } = nameAndDetails(line);
      const bare = name.replace(/\s*\((?:[^()]|\([^()]*\))*\)$/, '');
      add(
        b.findParty(name) ?? b.party(bare, 'sub-processor', {}, first.cell('subProcessors').place),
        'sub-processor',
        details,
      );
    }
    const security = splitLines(first.cell('security').text);
    const known = security.map((s) => b.findTerm('security-measure', s));
    const notes = [first.cell('transfers'), first.cell('safeguards')]
      .filter((c) => c.text !== '')
      .map((c) => `${c.header}: ${c.text}`);
    if (notes.length > 0)
      b.warn(
        first.cell('transfers').place,
        "a processor activity's transfers are kept in its notes: record each transfer in Ropa to have it checked",
      );
    b.addActivity({
      place: first.place,
      fields: {
        role: 'processor',
        status: 'active',
        reference,
        name: named ? rest.join(' ') : title,
        parties,
        securityMeasureIds: known.filter((id): id is string => id !== undefined),
        securityNotes: security.filter((_, i) => known[i] === undefined).join('\n'),
        notes: notes.join('\n'),
      },
      fieldPlaces: { name: first.cell('activity').place },
    });
  }
}

/** Reads and maps the whole template; writes nothing. */
export async function planIcoImport(
  register: Register,
  file: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<TemplatePlan> {
  const { sheets } = await readSpreadsheet(file, limits, ['xlsx', 'ods'], 'the ICO template');
  const controller =
    sheets.map((s) => findTable(s, CONTROLLER_HEADERS, ['department', 'purposes'])).find((t) => t !== null) ??
    null;
  const processor =
    sheets.map((s) => findTable(s, PROCESSOR_HEADERS, ['activity', 'controller'])).find((t) => t !== null) ??
    null;
  if (!controller && !processor)
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: this is not the ICO documentation template: no sheet has a header row with its columns "Business function" and "Purpose of processing" (columns A–AD of the "Template" sheet). Nothing was imported.`,
    );
  const b = createPlanBuilder(register, file);
  const jurisdictions: readonly Jurisdiction[] = b.organisation().jurisdictions ?? ['uk-gdpr'];
  const ignored: string[] = [];
  if (controller) {
    readContacts(b, file, controller);
    for (const c of controller.extra) {
      const header = (controller.header.cells[c] ?? '').trim();
      ignored.push(header);
      b.warn(
        cellPlace(file, controller.sheet.name, controller.header.number, c),
        `column "${header}" is not one of the ICO template's columns; its values are kept in each activity's notes`,
      );
    }
    const rows = rowsBelow(file, controller);
    for (const row of rows) planIcoControllerRow(b, row, jurisdictions);
    if (rows.length > 0)
      b.warn(
        cellPlace(file, controller.sheet.name, controller.header.number),
        `the ICO template has no reference or name column: each activity is named after its first purpose and numbered ICO-001, ICO-002… (the first free numbers)`,
      );
  } else if (processor) readContacts(b, file, processor);
  if (processor) planProcessorRows(b, file, processor);
  const headers = controller ? controller.header.cells.map((c) => c.trim()).filter(Boolean) : [];
  return b.finish(headers, ignored);
}
