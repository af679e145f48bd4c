// Contact blocks in forms: always present as fields, so each can be typed into; a block left empty is
// saved as "none" (null), as the domain has it.
import type { Contact } from '../../../shared/domain';

export const EMPTY_CONTACT: Contact = { name: '', company: '', address: '', email: '', phone: '' };

export function contactOrNull<T extends Contact>(contact: T): T | null {
  const { name, company, address, email, phone } = contact;
  return [name, company, address, email, phone].every((v) => v.trim() === '') ? null : contact;
}
