// Finds the parts of the CNIL model in a spreadsheet — the list of processing activities (sheet 2) and the
// record sheets ("fiches", sheet 3 copied once per activity) — by their labels, not by cell addresses, so
// the model as published (.ods), re-saved as .xlsx, or written by Ropa's own CNIL export all read the same.
// Every value keeps the cell it came from. Mapping values to the register's words is cnil-import.ts's job.
import { CNIL_PROMPT } from './cnil-labels';
import { cellPlace, normalise, type Sheet, type SheetRow } from './sheet-grid';

/** A cell's text (trimmed; the model's drop-down prompt and "N/A" read as empty) and where it is. */
export type Located = { text: string; place: string };

export type CnilContact = {
  place: string;
  name: string;
  firstName: string;
  company: string;
  address: string;
  postcode: string;
  city: string;
  country: Located | null;
  phone: string;
  email: Located | null;
};

export type CnilListRow = {
  place: string;
  name: Located;
  reference: Located;
  created: Located;
  updated: Located;
  purpose: Located;
  sensitive: Located;
};

/** A "Catégorie de personnes n" / "Destinataire n" / "Mesure de sécurité n" row: list value and précisions. */
export type CnilChoice = { place: string; value: Located; detail: Located };
export type CnilDataRow = { place: string; category: string; description: Located; retention: Located };
export type CnilTransferRow = {
  place: string;
  recipient: Located;
  country: Located;
  garantie: Located;
  documentation: Located;
};

export type CnilFiche = {
  sheet: string;
  place: string;
  name: Located;
  reference: Located;
  created: Located;
  updated: Located;
  controller: CnilContact | null;
  dpo: CnilContact | null;
  dpoCompany: Located | null;
  representative: CnilContact | null;
  joint: CnilContact[];
  purposes: Located[];
  data: CnilDataRow[];
  sensitive: CnilDataRow[];
  subjects: CnilChoice[];
  recipients: CnilChoice[];
  measures: CnilChoice[];
  transfers: CnilTransferRow[];
};

export type CnilList = {
  sheet: string;
  rows: CnilListRow[];
  controller: CnilContact | null;
  representative: CnilContact | null;
  dpo: CnilContact | null;
};

export type CnilWorkbook = { list: CnilList | null; fiches: CnilFiche[] };

/** A label cell as the model writes it: help text first, the label itself on the last line. */
export const labelOf = (text: string | undefined): string => {
  const lines = (text ?? '').split('\n').filter((l) => l.trim() !== '');
  return normalise(lines[lines.length - 1] ?? '');
};

function valueOf(text: string | undefined): string {
  const t = (text ?? '').trim();
  const n = normalise(t);
  return CNIL_PROMPT.test(n) || n === 'n a' ? '' : t;
}

function reader(file: string, sheet: Sheet) {
  const at = (row: SheetRow, column: number): Located => ({
    text: column < 0 ? '' : valueOf(row.cells[column]),
    place: cellPlace(file, sheet.name, row.number, Math.max(0, column)),
  });
  return { at, place: (row: SheetRow) => cellPlace(file, sheet.name, row.number) };
}

const indexOf = (row: SheetRow | undefined, test: (label: string) => boolean): number =>
  row ? row.cells.findIndex((c) => test(labelOf(c))) : -1;

const filled = (c: CnilContact | null) =>
  c !== null &&
  [
    c.name,
    c.firstName,
    c.company,
    c.address,
    c.postcode,
    c.city,
    c.phone,
    c.country?.text,
    c.email?.text,
  ].some((v) => v !== undefined && v !== '');

// ---- Sheet 2: list of processing activities ------------------------------------------------------------

const BLOCKS = {
  controller: /^coordonnees du responsable/,
  representative: /^coordonnees du representant/,
  dpo: /^coordonnees du delegue/,
} as const;

/** A contact block: "Nom :" label cells with the value to their right, or Ropa's export (values in order). */
function readBlock(file: string, sheet: Sheet, rows: SheetRow[]): CnilContact {
  const { at, place } = reader(file, sheet);
  const fields = new Map<string, Located>();
  let labelled = false;
  for (const row of rows) {
    const labels = row.cells
      .map((c, i) => ({ i, label: c.trim().endsWith(':') ? normalise(c) : '' }))
      .filter((l) => l.label !== '');
    if (labels.length > 0) labelled = true;
    labels.forEach(({ i, label }, n) => {
      // The value sits right of its label (two cells at most: the model's help links are further right).
      const end = Math.min(labels[n + 1]?.i ?? Infinity, i + 3);
      for (let c = i + 1; c < end; c++) {
        const v = at(row, c);
        if (v.text !== '') return void fields.set(label, v);
      }
    });
  }
  const get = (label: string) => fields.get(label) ?? null;
  if (!labelled && rows[0]) {
    // Ropa's CNIL export: label, name, address, e-mail, telephone[, company].
    const row = rows[0];
    return {
      place: place(row),
      name: at(row, 1).text,
      firstName: '',
      address: at(row, 2).text,
      postcode: '',
      city: '',
      country: null,
      email: at(row, 3),
      phone: at(row, 4).text,
      company: at(row, 5).text,
    };
  }
  return {
    place: place(rows[0]!),
    name: get('nom')?.text ?? '',
    firstName: get('prenom')?.text ?? '',
    company: get('societe si dpo externe')?.text ?? '',
    address: get('adresse')?.text ?? '',
    postcode: get('code postal')?.text ?? '',
    city: get('ville')?.text ?? '',
    country: get('pays'),
    phone: get('telephone')?.text ?? '',
    email: get('adresse mel'),
  };
}

function readList(file: string, sheet: Sheet): CnilList | null {
  const headerIndex = sheet.rows.findIndex(
    (r) => indexOf(r, (l) => l === 'nom du traitement') >= 0 && indexOf(r, (l) => l === 'n ref') >= 0,
  );
  if (headerIndex < 0) return null;
  const header = sheet.rows[headerIndex]!;
  const above = sheet.rows[headerIndex - 1];
  const either = (test: (l: string) => boolean) => {
    const here = indexOf(header, test);
    return here >= 0 ? here : indexOf(above, test);
  };
  const yesNo = indexOf(header, (l) => l === 'oui non');
  const columns = {
    name: indexOf(header, (l) => l === 'nom du traitement'),
    reference: indexOf(header, (l) => l === 'n ref'),
    created: indexOf(header, (l) => l.startsWith('date de creation')),
    updated: indexOf(header, (l) => l.startsWith('derniere mise a jour')),
    purpose: either((l) => l.startsWith('finalite du traitement')),
    sensitive: yesNo >= 0 ? yesNo : either((l) => l.startsWith('donnees sensibles')),
  };
  const { at, place } = reader(file, sheet);
  const blocks: Partial<Record<keyof typeof BLOCKS, CnilContact>> = {};
  const top = sheet.rows.slice(0, headerIndex);
  top.forEach((row, i) => {
    const label = labelOf(row.cells[0]);
    const kind = (Object.keys(BLOCKS) as (keyof typeof BLOCKS)[]).find(
      (k) => BLOCKS[k].test(normalise(row.cells[0] ?? '')) || BLOCKS[k].test(label),
    );
    if (!kind) return;
    const rows = [row];
    for (let j = i + 1; j < top.length && (top[j]!.cells[0] ?? '').trim() === ''; j++) rows.push(top[j]!);
    blocks[kind] = readBlock(file, sheet, rows);
  });
  const rows: CnilListRow[] = [];
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    const entry = {
      place: place(row),
      name: at(row, columns.name),
      reference: at(row, columns.reference),
      created: at(row, columns.created),
      updated: at(row, columns.updated),
      purpose: at(row, columns.purpose),
      sensitive: at(row, columns.sensitive),
    };
    // The model's own example row, "(EXEMPLE) Gestion de la paie", is not an activity.
    if (normalise(entry.name.text).startsWith('exemple')) continue;
    if (entry.name.text === '' && entry.reference.text === '' && entry.purpose.text === '') continue;
    rows.push(entry);
  }
  return {
    sheet: sheet.name,
    rows,
    controller: filled(blocks.controller ?? null) ? blocks.controller! : null,
    representative: filled(blocks.representative ?? null) ? blocks.representative! : null,
    dpo: filled(blocks.dpo ?? null) ? blocks.dpo! : null,
  };
}

// ---- Sheet 3: one record sheet per activity ------------------------------------------------------------

type Section = 'data' | 'sensitive' | 'subjects' | 'recipients' | 'measures' | 'transfers' | null;

const ACTOR_COLUMNS = ['nom', 'adresse', 'code postal', 'ville', 'pays', 'telephone', 'adresse mel'] as const;

function isFiche(sheet: Sheet): boolean {
  const labels = new Set(sheet.rows.map((r) => labelOf(r.cells[0])));
  return labels.has('nom du traitement') && labels.has('n ref');
}

function readFiche(file: string, sheet: Sheet): CnilFiche {
  const { at, place } = reader(file, sheet);
  const empty = (row: SheetRow): Located => ({ text: '', place: place(row) });
  const first = sheet.rows[0]!;
  const fiche: CnilFiche = {
    sheet: sheet.name,
    place: cellPlace(file, sheet.name, first.number).replace(/, row \d+$/, ''),
    name: empty(first),
    reference: empty(first),
    created: empty(first),
    updated: empty(first),
    controller: null,
    dpo: null,
    dpoCompany: null,
    representative: null,
    joint: [],
    purposes: [],
    data: [],
    sensitive: [],
    subjects: [],
    recipients: [],
    measures: [],
    transfers: [],
  };
  let actors: number[] = ACTOR_COLUMNS.map((_, i) => i + 1);
  let section: Section = null;
  let value = 1;
  let detail = 4;
  let transferColumns = { recipient: 1, country: 2, garantie: 3, documentation: 5 };
  const contact = (row: SheetRow): CnilContact => {
    const [name, address, postcode, city, country, phone, email] = actors.map((c) => at(row, c));
    return {
      place: place(row),
      name: name!.text,
      firstName: '',
      company: '',
      address: address!.text,
      postcode: postcode!.text,
      city: city!.text,
      country: country!,
      phone: phone!.text,
      email: email!,
    };
  };
  for (const row of sheet.rows) {
    const label = labelOf(row.cells[0]);
    const heads = row.cells.map((c, i) => (i === 0 ? '' : labelOf(c)));
    const col = (test: (l: string) => boolean) => heads.findIndex(test);
    if (label === 'nom du traitement' && fiche.name.text === '') fiche.name = at(row, 1);
    else if (label === 'n ref' && fiche.reference.text === '') fiche.reference = at(row, 1);
    else if (label === 'date de creation du traitement') fiche.created = at(row, 1);
    else if (label === 'mise a jour du traitement') fiche.updated = at(row, 1);
    else if (label === 'acteurs') {
      actors = ACTOR_COLUMNS.map((name, i) => {
        const found = col((l) => l === name);
        return found >= 0 ? found : i + 1;
      });
    } else if (label.startsWith('responsable du traitement')) fiche.controller = contact(row);
    else if (label === 'delegue a la protection des donnees') fiche.dpo = contact(row);
    else if (label.startsWith('societe du dpo')) fiche.dpoCompany = at(row, 1);
    else if (label === 'representant') fiche.representative = contact(row);
    else if (label.startsWith('responsable s conjoint')) {
      const joint = contact(row);
      if (filled(joint)) fiche.joint.push(joint);
    } else if (label === 'finalite principale' || /^sous finalite \d+$/.test(label)) {
      const purpose = at(row, 1);
      if (purpose.text !== '') fiche.purposes.push(purpose);
    } else if (col((l) => l === 'type de destinataire') >= 0) {
      section = 'recipients';
      value = col((l) => l === 'type de destinataire');
      detail = col((l) => l === 'precisions');
    } else if (col((l) => l === 'type de mesure de securite') >= 0) {
      section = 'measures';
      value = col((l) => l === 'type de mesure de securite');
      detail = col((l) => l === 'precisions');
    } else if (col((l) => l === 'pays') >= 0 && col((l) => l === 'destinataire') >= 0) {
      section = 'transfers';
      const or = (found: number, fallback: number) => (found >= 0 ? found : fallback);
      transferColumns = {
        recipient: col((l) => l === 'destinataire'),
        country: col((l) => l === 'pays'),
        garantie: or(
          col((l) => l.startsWith('type de garanties')),
          3,
        ),
        documentation: or(
          col((l) => l.startsWith('liens vers la documentation')),
          5,
        ),
      };
    } else if (col((l) => l === 'description') >= 0) {
      section = label.includes('sensibles') ? 'sensitive' : label.includes('personnes') ? 'subjects' : 'data';
      value = col((l) => l === 'description');
      detail = col((l) => l === 'precisions' || l.startsWith('duree de conservation'));
      if (detail < 0) detail = 4;
    } else if (section === 'subjects' && /^categorie de personnes \d+$/.test(label))
      fiche.subjects.push({ place: place(row), value: at(row, value), detail: at(row, detail) });
    else if (section === 'recipients' && /^destinataire \d+$/.test(label))
      fiche.recipients.push({ place: place(row), value: at(row, value), detail: at(row, detail) });
    else if (section === 'measures' && /^mesure de securite \d+$/.test(label))
      fiche.measures.push({ place: place(row), value: at(row, value), detail: at(row, detail) });
    else if (section === 'transfers' && /^organisme destinataire \d+$/.test(label))
      fiche.transfers.push({
        place: place(row),
        recipient: at(row, transferColumns.recipient),
        country: at(row, transferColumns.country),
        garantie: at(row, transferColumns.garantie),
        documentation: at(row, transferColumns.documentation),
      });
    else if (section === 'data' || section === 'sensitive') {
      const entry = {
        place: place(row),
        category: row.cells[0] ?? '',
        description: at(row, value),
        retention: at(row, detail),
      };
      if (entry.description.text !== '' || entry.retention.text !== '') fiche[section].push(entry);
    }
  }
  return fiche;
}

/** A fiche nobody filled in: the model's blank sheet 3 (its only value is the placeholder reference). */
export function isBlankFiche(f: CnilFiche): boolean {
  return (
    f.name.text === '' &&
    f.purposes.length + f.data.length + f.sensitive.length + f.joint.length === 0 &&
    f.subjects.every((s) => s.value.text + s.detail.text === '') &&
    f.recipients.every((s) => s.value.text + s.detail.text === '') &&
    f.measures.every((s) => s.value.text + s.detail.text === '') &&
    f.transfers.every((t) => t.recipient.text + t.country.text + t.garantie.text === '') &&
    ![f.controller, f.dpo, f.representative].some(filled)
  );
}

/** The list and the fiches of a spreadsheet; the model's tutorial, example and lists sheets are skipped. */
export function readCnilWorkbook(file: string, sheets: readonly Sheet[]): CnilWorkbook {
  let list: CnilList | null = null;
  const fiches: CnilFiche[] = [];
  for (const sheet of sheets) {
    if (sheet.rows.length === 0 || normalise(sheet.name).includes('exemple')) continue;
    const asList: CnilList | null = list === null ? readList(file, sheet) : null;
    if (asList) list = asList;
    else if (isFiche(sheet)) fiches.push(readFiche(file, sheet));
  }
  return { list, fiches };
}
