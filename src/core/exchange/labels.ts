// The words a reader sees for the register's codes: lawful bases, Art 9/10 conditions, mechanisms, countries.
import type { Contact, Party, Transfer } from '../../shared/domain';
import { countryName, mechanismById, referenceData } from '../reference';

const labelsOf = (entries: readonly { id: string; label: string; article?: string | null }[]) =>
  new Map(entries.map((e) => [e.id, e.article ? `${e.article}: ${e.label}` : e.label]));

const art6 = labelsOf(referenceData.legalBases.art6);
const art9 = labelsOf(referenceData.legalBases.art9);
const art10 = labelsOf(referenceData.legalBases.art10);
const schedule1 = labelsOf(referenceData.legalBases.ukSchedule1);
const wp248 = new Map<string, string>(referenceData.dpiaCriteria.wp248Criteria.map((c) => [c.id, c.label]));

export const lawfulBasisLabel = (id: string | null): string => (id === null ? '' : (art6.get(id) ?? id));
export const art9Label = (id: string): string => art9.get(id) ?? id;
export const art10Label = (id: string): string => art10.get(id) ?? id;
export const schedule1Label = (id: string): string => schedule1.get(id) ?? id;
export const dpiaCriterionLabel = (id: string): string => wp248.get(id) ?? id;

export function mechanismLabel(id: string | null): string {
  if (id === null) return '';
  const mechanism = mechanismById(id);
  return mechanism ? `${mechanism.label}${mechanism.article ? ` (${mechanism.article})` : ''}` : id;
}

/**
 * A transfer's mechanism in words, with the SCC module it names where the mechanism itself has none (the UK
 * Addendum, the SCCs recorded without a module): "… Addendum to the EU SCCs (B1.0), SCC Module 2".
 */
export function transferMechanismLabel(t: Pick<Transfer, 'mechanism' | 'sccModule'>): string {
  const label = mechanismLabel(t.mechanism);
  const inherent = t.mechanism === null ? null : (mechanismById(t.mechanism)?.sccModule ?? null);
  return label && t.sccModule !== null && inherent === null ? `${label}, SCC Module ${t.sccModule}` : label;
}

/** Labels already written, by code: a large register names the same few countries in thousands of cells. */
const countryLabels = new Map<string, string>();

export function countryLabel(code: string | null): string {
  if (code === null) return '';
  let label = countryLabels.get(code);
  if (label === undefined) {
    label = `${countryName(code) ?? code} (${code})`;
    // Bounded: a register's codes are validated, but an imported file's need not be.
    if (countryLabels.size < 1_000) countryLabels.set(code, label);
  }
  return label;
}

export function contactLabel(contact: Contact | null): string {
  if (contact === null) return '';
  return [contact.name, contact.company, contact.address.replace(/\n/g, ', '), contact.email, contact.phone]
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * A party named with how to reach it ("Name: contact; more"), or by its name alone when nothing is recorded:
 * never a dangling "Name: ", which spreadsheet programs also trim to "Name:" when they save.
 */
export function partyWithContact(party: Party, ...more: string[]): string {
  const details = [contactLabel(party.contact) || party.address, ...more].filter((d) => d !== '');
  return details.length > 0 ? `${party.name}: ${details.join('; ')}` : party.name;
}

export function partyPlace(party: Party): string {
  return party.country !== null ? countryLabel(party.country) : party.internationalOrganisation;
}
