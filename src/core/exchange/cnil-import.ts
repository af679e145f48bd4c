// The CNIL model as DPOs fill it in (.ods as published, or .xlsx), into the register: the model's closed lists
// map to the register's terms and transfer mechanisms (cnil-fiche-map.ts), free text stays free text (in the
// activity's notes when the register has no field for it), and every value the model does not know is
// imported as written and reported. Its out-of-date choices — the United States listed as adequate, the
// Privacy Shield as a safeguard — are imported as written, reported here, and flagged by the checks
// (src/core/rules/transfers.ts, transfer-adequacy.ts).
import { randomUUID } from 'node:crypto';
import { RopaError } from '../errors';
import type { Register } from '../store/register';
import { dateOf, referenceFrom } from './cell-values';
import {
  addData,
  addMeasures,
  addRecipients,
  addSubjects,
  addTransfer,
  contactOf,
  countryOf,
  link,
  sameName,
  type Draft,
} from './cnil-fiche-map';
import { isBlankFiche, readCnilWorkbook, type CnilFiche, type CnilListRow } from './cnil-read';
import { DEFAULT_LIMITS, type ImportLimits } from './file-guard';
import { normalise } from './sheet-grid';
import { readSpreadsheet } from './sheet-read';
import { createPlanBuilder, type PlanBuilder, type TemplatePlan } from './template-plan';

/** The organisation's details from the list's contact blocks and the first fiche that fills them in. */
function readOrganisation(
  b: PlanBuilder,
  list: ReturnType<typeof readCnilWorkbook>['list'],
  fiches: CnilFiche[],
): void {
  const controller = list?.controller ?? fiches.find((f) => f.controller?.name)?.controller ?? null;
  const dpo = list?.dpo ?? fiches.find((f) => f.dpo?.name)?.dpo ?? null;
  const company = dpo?.company || fiches.find((f) => f.dpoCompany?.text)?.dpoCompany?.text || '';
  const representative =
    list?.representative ?? fiches.find((f) => f.representative?.name)?.representative ?? null;
  if (controller) {
    const c = contactOf(b, controller);
    b.fillOrganisation(
      {
        address: c.address,
        country: countryOf(b, controller.country),
        contactEmail: c.email,
        contactPhone: c.phone,
      },
      controller.place,
    );
    const org = b.organisation();
    // The model asks for the name of the person responsible for the organisation, not its legal name.
    if (c.name && !sameName(c.name, org.legalName) && !(org.notes ?? '').includes(c.name))
      b.setOrganisation({
        notes: [org.notes, `Responsable de l'organisme (registre CNIL) : ${c.name}`]
          .filter(Boolean)
          .join('\n'),
      });
  }
  if (dpo) {
    const c = contactOf(b, dpo);
    b.fillOrganisation({ dpo: { ...c, company, kind: company ? 'external' : 'internal' } }, dpo.place);
  }
  if (representative)
    b.fillOrganisation({ euRepresentative: contactOf(b, representative) }, representative.place);
}

/** The CNIL keeps registers under the EU GDPR: an empty register takes that regime on, a kept one is told. */
function requireEuGdpr(b: PlanBuilder, register: Register): void {
  const jurisdictions = b.organisation().jurisdictions ?? ['uk-gdpr'];
  if (jurisdictions.includes('eu-gdpr') || b.activityCount() === 0) return;
  if (register.activities.count() === 0) {
    b.setOrganisation({ jurisdictions: [...jurisdictions, 'eu-gdpr'] });
    b.warn(
      b.source,
      'the CNIL model is a register kept under the EU GDPR: the organisation now answers to the EU GDPR too',
    );
  } else
    b.warn(
      b.source,
      "the CNIL model is a register kept under the EU GDPR, but the organisation's record answers only to the UK GDPR; its transfers are checked against the UK GDPR",
    );
}

function planActivity(b: PlanBuilder, fiche: CnilFiche | null, listed: CnilListRow | null): void {
  const d: Draft = {
    id: randomUUID(),
    notes: [],
    security: [],
    fields: {
      role: 'controller',
      status: 'active',
      reference: '',
      name: '',
      purposes: [],
      personalDataIds: [],
      dataSubjectIds: [],
      recipientCategoryIds: [],
      securityMeasureIds: [],
      retention: [],
      parties: [],
    },
  };
  const name = fiche?.name.text || listed?.name.text || '';
  const place = fiche?.place ?? listed!.place;
  if (fiche && listed && listed.name.text && fiche.name.text && !sameName(listed.name.text, fiche.name.text))
    b.warn(
      listed.name.place,
      `the list names this activity "${listed.name.text}" and its fiche (sheet "${fiche.sheet}") "${fiche.name.text}"; the fiche's name is kept`,
    );
  const refCell = fiche?.reference.text ? fiche.reference : (listed?.reference ?? fiche!.reference);
  const ref = referenceFrom(refCell.text);
  if (ref === null) {
    d.fields.reference = b.nextReference('CNIL');
    b.warn(refCell.place, `no "N° / RÉF": the activity is recorded as ${d.fields.reference}`);
  } else {
    d.fields.reference = ref.reference;
    if (ref.rewritten)
      b.warn(
        refCell.place,
        `the reference "${refCell.text}" is recorded as ${ref.reference} (a reference uses letters, digits, "-", "_", "." or "/")`,
      );
  }
  b.claimReference(d.fields.reference, refCell.place);
  d.fields.name = name;
  const purposes = fiche?.purposes.length ? fiche.purposes : listed?.purpose.text ? [listed.purpose] : [];
  d.fields.purposes = purposes.map((p) => ({ description: p.text, lawfulBasis: null }));
  const updated = fiche?.updated.text ? fiche.updated : listed?.updated;
  if (updated?.text) {
    const date = dateOf(updated.text);
    if (date === undefined) {
      b.warn(updated.place, `expected a date written DD/MM/YYYY, found "${updated.text}"; kept in the notes`);
      d.notes.push(`Mise à jour : ${updated.text}`);
    } else d.fields.lastReviewedAt = date;
  }
  const created = fiche?.created.text ? fiche.created : listed?.created;
  if (created?.text) {
    const date = dateOf(created.text);
    d.notes.push(
      `Date de création de la fiche : ${date ? date.split('-').reverse().join('/') : created.text}`,
    );
  }
  if (fiche) {
    addData(b, d, fiche.data, false);
    addData(b, d, fiche.sensitive, true);
    addSubjects(b, d, fiche.subjects);
    addRecipients(b, d, fiche.recipients);
    addMeasures(b, d, fiche.measures);
    for (const joint of fiche.joint) {
      const contact = contactOf(b, joint);
      const party = b.party(
        joint.name || contact.name,
        'joint-controller',
        { address: contact.address, country: countryOf(b, joint.country), contact: { ...contact, name: '' } },
        joint.place,
      );
      link(d, party, 'joint-controller');
    }
    for (const t of fiche.transfers) addTransfer(b, d, t);
  }
  if (listed && normalise(listed.sensitive.text) === 'oui' && fiche?.sensitive.length === 0)
    b.warn(
      listed.sensitive.place,
      'the list says this activity uses sensitive data, but its fiche names none',
    );
  d.fields.securityNotes = d.security.join('\n');
  d.fields.notes = d.notes.join('\n');
  b.addActivity({
    id: d.id,
    fields: d.fields,
    place,
    fieldPlaces: {
      name: fiche?.name.place ?? listed?.name.place,
      reference: refCell.place,
      purposes: purposes[0]?.place,
      lastReviewedAt: updated?.place,
    },
  });
}

/** Reads and maps the whole model; writes nothing. */
export async function planCnilImport(
  register: Register,
  file: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<TemplatePlan> {
  const { sheets } = await readSpreadsheet(file, limits, ['ods', 'xlsx'], 'the CNIL model');
  const { list, fiches: all } = readCnilWorkbook(file, sheets);
  if (list === null && all.length === 0)
    throw new RopaError(
      'INVALID_INPUT',
      `${file}: this is not the CNIL model "registre des activités de traitement": no sheet lists the processing activities (columns "Nom du traitement" and "N° / RÉF") and no sheet is a record sheet ("Nom du traitement", "N° / RÉF", "Finalité principale"…). Nothing was imported.`,
    );
  const fiches = all.filter((f) => !isBlankFiche(f));
  const b = createPlanBuilder(register, file);
  readOrganisation(b, list, fiches);
  const key = (ref: string, name: string) => normalise(ref) || `name:${normalise(name)}`;
  const listed = new Map((list?.rows ?? []).map((r) => [key(r.reference.text, r.name.text), r]));
  const byName = new Map((list?.rows ?? []).map((r) => [normalise(r.name.text), r]));
  const used = new Set<CnilListRow>();
  for (const fiche of fiches) {
    const row =
      listed.get(key(fiche.reference.text, fiche.name.text)) ?? byName.get(normalise(fiche.name.text));
    const pair = row && !used.has(row) ? row : null;
    if (pair) used.add(pair);
    planActivity(b, fiche, pair);
  }
  for (const row of list?.rows ?? []) if (!used.has(row)) planActivity(b, null, row);
  requireEuGdpr(b, register);
  return b.finish();
}
