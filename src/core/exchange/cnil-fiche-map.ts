// The rows of a CNIL fiche → the register's words: data categories, persons, recipients and security
// measures from the model's closed lists (cnil-labels.ts), and its transfers with their safeguards. What
// the register has no field for is kept as text in the activity's notes; unknown values are reported.
import type { ActivityFieldsInput, Contact, PartyLink, RetentionRule } from '../../shared/domain';
import { isEmail } from './cell-values';
import {
  CNIL_DATA_ROWS,
  CNIL_DESTINATAIRE_TERMS,
  CNIL_DESTINATAIRES,
  CNIL_GARANTIE_MECHANISMS,
  CNIL_GARANTIES,
  CNIL_MESURE_TERMS,
  CNIL_MESURES,
  CNIL_OTHER,
  CNIL_PERSONNES,
  CNIL_SENSITIVE_ROWS,
} from './cnil-labels';
import {
  labelOf,
  type CnilChoice,
  type CnilContact,
  type CnilDataRow,
  type CnilTransferRow,
  type Located,
} from './cnil-read';
import { countryCodeOf, internationalOrganisationOf } from './country-lookup';
import { normalise } from './sheet-grid';
import type { PlanBuilder } from './template-plan';
import { flagOutdatedTransfer } from './transfer-flags';

const match = <T extends string>(text: string, list: readonly T[]): T | undefined =>
  list.find((l) => normalise(l) === normalise(text));

/** What the activity's fields are being built from, with the notes its free text ends up in. */
export type Draft = {
  fields: ActivityFieldsInput & {
    personalDataIds: string[];
    dataSubjectIds: string[];
    recipientCategoryIds: string[];
    securityMeasureIds: string[];
    retention: Partial<RetentionRule>[];
    parties: PartyLink[];
  };
  notes: string[];
  security: string[];
  id: string;
};

export function contactOf(b: PlanBuilder, c: CnilContact): Contact {
  const email = c.email?.text ?? '';
  if (email !== '' && !isEmail(email))
    b.warn(c.email!.place, `"${email}" is not an e-mail address; it was not imported`);
  return {
    name: [c.firstName, c.name].filter(Boolean).join(' '),
    company: c.company,
    address: [c.address, [c.postcode, c.city].filter(Boolean).join(' ')].filter(Boolean).join('\n'),
    email: isEmail(email) ? email : '',
    phone: c.phone,
  };
}

export function countryOf(b: PlanBuilder, country: Located | null): string | null {
  if (!country || country.text === '') return null;
  const code = countryCodeOf(country.text);
  if (code === null)
    b.warn(
      country.place,
      `unknown country "${country.text}"; expected a country name in French or English, or an ISO code such as FR`,
    );
  return code;
}

export const sameName = (a: string, b: string) => normalise(a) === normalise(b);

export function addData(b: PlanBuilder, d: Draft, rows: readonly CnilDataRow[], sensitive: boolean): void {
  for (const row of rows) {
    const category = labelOf(row.category);
    const description = row.description.text;
    let termId: string | null = null;
    const patterns = sensitive
      ? [...CNIL_SENSITIVE_ROWS, ...CNIL_DATA_ROWS]
      : [...CNIL_DATA_ROWS, ...CNIL_SENSITIVE_ROWS];
    if (category !== '') {
      const seed = patterns.find((p) => p.pattern.test(category));
      const existing = description ? b.findTerm('personal-data', description) : undefined;
      if (existing) termId = existing;
      else if (seed) {
        termId = b.seedTerm('personal-data', seed.seedKey);
        if (description) d.notes.push(`${lastLine(row.category)} : ${description}`);
      } else {
        termId = b.term('personal-data', lastLine(row.category), sensitive ? 'art9' : null);
        b.warn(
          row.place,
          `"${lastLine(row.category)}" is not one of the model's data categories; imported as a category of its own`,
        );
        if (description) d.notes.push(`${lastLine(row.category)} : ${description}`);
      }
    } else if (description) {
      const seed = sensitive
        ? CNIL_SENSITIVE_ROWS.find((p) => p.pattern.test(normalise(description)))
        : undefined;
      termId =
        b.findTerm('personal-data', description) ??
        b.term(
          'personal-data',
          description,
          sensitive ? (seed?.seedKey === 'criminal-convictions' ? 'art10' : 'art9') : null,
        );
    }
    if (termId !== null && !d.fields.personalDataIds.includes(termId)) d.fields.personalDataIds.push(termId);
    if (row.retention.text) d.fields.retention.push({ personalDataTermId: termId, rule: row.retention.text });
  }
}

const lastLine = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .pop()
    ?.trim() ?? '';

export function addSubjects(b: PlanBuilder, d: Draft, choices: readonly CnilChoice[]): void {
  for (const { value, detail } of choices) {
    const v = value.text;
    const known = CNIL_PERSONNES.find((p) => sameName(p.label, v));
    let id: string | undefined;
    if (known) {
      id = known.seedKey ? b.seedTerm('data-subject', known.seedKey) : b.term('data-subject', known.label);
      if (detail.text) d.notes.push(`Catégorie de personnes (${known.label}) : ${detail.text}`);
    } else if (v === '' || CNIL_OTHER.test(normalise(v))) {
      if (detail.text) id = b.term('data-subject', detail.text);
      else if (v) b.warn(value.place, `"${v}" without "Précisions": say which category of persons`);
    } else {
      id = b.findTerm('data-subject', v);
      if (!id) {
        id = b.term('data-subject', v);
        b.warn(
          value.place,
          `"${v}" is not in the model's list of categories of persons (${CNIL_PERSONNES.map((p) => p.label).join(', ')}, Autres); imported as a category of its own`,
        );
      }
      if (detail.text) d.notes.push(`Catégorie de personnes (${v}) : ${detail.text}`);
    }
    if (id && !d.fields.dataSubjectIds.includes(id)) d.fields.dataSubjectIds.push(id);
  }
}

export function link(d: Draft, partyId: string, relation: PartyLink['relation']): void {
  if (!d.fields.parties.some((l) => l.partyId === partyId))
    d.fields.parties.push({ partyId, relation, description: '' });
}

export function addRecipients(b: PlanBuilder, d: Draft, choices: readonly CnilChoice[]): void {
  const term = (id: string) =>
    void (!d.fields.recipientCategoryIds.includes(id) && d.fields.recipientCategoryIds.push(id));
  for (const { value, detail, place } of choices) {
    const v = value.text;
    const known = match(v, CNIL_DESTINATAIRES);
    if (known === CNIL_DESTINATAIRES[1] && detail.text)
      link(d, b.party(detail.text, 'processor', {}, place), 'processor');
    else if (known === CNIL_DESTINATAIRES[2] && detail.text)
      link(d, b.party(detail.text, 'recipient', {}, place), 'recipient');
    else if (known !== undefined && known !== CNIL_DESTINATAIRES[4]) {
      const seed = CNIL_DESTINATAIRE_TERMS[known];
      term(
        detail.text
          ? b.term('recipient', detail.text)
          : seed
            ? b.seedTerm('recipient', seed)
            : b.term('recipient', known),
      );
    } else if (v === '' || known === CNIL_DESTINATAIRES[4]) {
      if (detail.text) term(b.term('recipient', detail.text));
      else if (v) b.warn(value.place, `"${v}" without "Précisions": say which recipient`);
    } else {
      const id = b.findTerm('recipient', v);
      if (!id)
        b.warn(
          value.place,
          `"${v}" is not in the model's list of recipients (${CNIL_DESTINATAIRES.join(', ')}); imported as a category of its own`,
        );
      term(id ?? b.term('recipient', v));
      if (detail.text) d.notes.push(`Destinataire (${v}) : ${detail.text}`);
    }
  }
}

export function addMeasures(b: PlanBuilder, d: Draft, choices: readonly CnilChoice[]): void {
  const term = (id: string) =>
    void (!d.fields.securityMeasureIds.includes(id) && d.fields.securityMeasureIds.push(id));
  for (const { value, detail } of choices) {
    const v = value.text;
    const known = match(v, CNIL_MESURES);
    const named = detail.text ? b.findTerm('security-measure', detail.text) : undefined;
    if (named) term(named);
    else if (known !== undefined) {
      const seed = CNIL_MESURE_TERMS[known];
      if (seed) term(b.seedTerm('security-measure', seed));
      if (detail.text) d.security.push(seed ? `${known} : ${detail.text}` : detail.text);
      else if (!seed) b.warn(value.place, `"${v}" without "Précisions": say which measure`);
    } else if (v === '') {
      if (detail.text) d.security.push(detail.text);
    } else {
      const id = b.findTerm('security-measure', v);
      if (!id)
        b.warn(
          value.place,
          `"${v}" is not in the model's list of security measures (${CNIL_MESURES.join(', ')}); imported as a measure of its own`,
        );
      term(id ?? b.term('security-measure', v));
      if (detail.text) d.security.push(`${v} : ${detail.text}`);
    }
  }
}

export function addTransfer(b: PlanBuilder, d: Draft, row: CnilTransferRow): void {
  const { recipient, country, garantie, documentation } = row;
  if (recipient.text + country.text + garantie.text + documentation.text === '') return;
  const code = countryCodeOf(country.text);
  const organisation = code === null ? internationalOrganisationOf(country.text) : null;
  const summary = [recipient.text, country.text, garantie.text, documentation.text]
    .filter(Boolean)
    .join(' | ');
  if (code === null && organisation === null) {
    b.warn(
      country.place,
      country.text === ''
        ? "a transfer with no country: it is not recorded as a transfer; its line is kept in the activity's notes"
        : `unknown country "${country.text}"; expected a country name in French or English, or an ISO code such as US. The transfer is kept in the activity's notes`,
    );
    d.notes.push(`Transfert hors UE : ${summary}`);
    return;
  }
  const notes: string[] = [];
  const chosen = garantie.text === '' ? undefined : match(garantie.text, CNIL_GARANTIES);
  let mechanism: string | null = chosen ? (CNIL_GARANTIE_MECHANISMS[chosen] ?? null) : null;
  if (garantie.text !== '' && chosen === undefined) {
    mechanism = null;
    notes.push(`Type de Garanties : ${garantie.text}`);
    b.warn(
      garantie.place,
      `"${garantie.text}" is not one of the model's safeguards (${CNIL_GARANTIES.join(', ')}); the transfer is recorded without a mechanism and the text kept in its notes`,
    );
  }
  if (chosen === CNIL_GARANTIES[6]) {
    notes.push(`Type de Garanties : ${chosen}`);
    b.warn(
      garantie.place,
      'the model does not say which derogation of Art 49(1) applies: choose it in the transfer (recorded without a mechanism until then)',
    );
  }
  // The model's lists date from 2018: its "Pays adéquat" for the United States and its Privacy Shield.
  if (chosen) flagOutdatedTransfer(b, garantie.place, mechanism, code, chosen);
  let partyId: string | null = null;
  if (recipient.text) {
    partyId = b.party(recipient.text, 'recipient', { country: code }, row.place);
    link(d, partyId, 'recipient');
  }
  const tia = /^TIA ([^;]+)(?:;\s*)?/.exec(documentation.text);
  b.addTransfer({
    place: row.place,
    fields: {
      activityId: d.id,
      partyId,
      country: code,
      internationalOrganisation: organisation ?? '',
      mechanism,
      tiaReference: tia?.[1]?.trim() ?? '',
      safeguardsDocumentation: tia ? documentation.text.slice(tia[0].length) : documentation.text,
      notes: notes.join('\n'),
    },
  });
}
