// Reading the values people type in spreadsheet cells: lists in one cell, dates in ISO or French order,
// references, e-mail addresses. Shared by the mapped and the template imports.
import { Email } from '../../shared/domain';

/** Several values in one cell: one a line, or separated by semicolons. */
export const splitList = (text: string): string[] =>
  text
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Lines of a cell, kept whole (a line may hold a semicolon). */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** YYYY-MM-DD from YYYY-MM-DD[Thh:mm…] or DD/MM/YYYY; null when empty, undefined when not a date. */
export function dateOf(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?$/.exec(t);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const [y, m, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : fr
      ? [fr[3]!, fr[2]!.padStart(2, '0'), fr[1]!.padStart(2, '0')]
      : [];
  if (y === undefined) return undefined;
  const date = `${y}-${m}-${d}`;
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : undefined;
}

/** The form Ropa's references take (e.g. HR-01): see ActivityShape.reference. */
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A reference as typed, or made acceptable ("1 - Exemple" → "1-Exemple"); null when nothing is left. */
export function referenceFrom(text: string): { reference: string; rewritten: boolean } | null {
  const t = text.trim();
  if (t === '') return null;
  if (REFERENCE.test(t) && t.length <= 40) return { reference: t, rewritten: false };
  const made = t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '')
    .slice(0, 40);
  return made === '' ? null : { reference: made, rewritten: true };
}

export const isEmail = (text: string): boolean => Email.safeParse(text.trim()).success;
