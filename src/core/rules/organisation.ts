// Art 30(1)(a) / 30(2)(a): who keeps the record, how to reach them, their DPO and representatives.
import type { Contact, Finding } from '../../shared/domain';
import { isEea } from '../reference';
import { organisationTarget, type Rule } from './context';

export function hasContactDetails(c: Contact | null): boolean {
  return c !== null && (c.email !== '' || c.phone !== '' || c.address.trim() !== '');
}

export const organisationRules: Rule = (context) => {
  const o = context.organisation;
  const findings: Finding[] = [];
  if (o.address.trim() === '' && o.contactEmail === '' && o.contactPhone === '') {
    findings.push({
      ruleId: 'organisation.contact',
      severity: 'error',
      message: `The record gives no contact details for ${o.legalName} (address, e-mail or phone).`,
      article: 'Art 30(1)(a), 30(2)(a)',
      target: organisationTarget(o, 'contactEmail'),
    });
  }
  if (!hasContactDetails(o.dpo)) {
    // A DPO is mandatory only in the cases of Art 37(1); where there is one, the record must name them.
    findings.push({
      ruleId: 'organisation.dpo',
      severity: 'warning',
      message:
        'No data protection officer contact is recorded. Where a DPO is designated (Art 37), the record must give their contact details.',
      article: 'Art 30(1)(a), 30(2)(a)',
      target: organisationTarget(o, 'dpo'),
    });
  }
  const country = o.country;
  if (country !== null) {
    if (
      context.jurisdictions.includes('eu-gdpr') &&
      !isEea(country) &&
      !hasContactDetails(o.euRepresentative)
    ) {
      findings.push({
        ruleId: 'organisation.eu-representative',
        severity: 'warning',
        message:
          'The organisation is outside the EEA and answers to the EU GDPR, but no EU representative is recorded (required unless the Art 27(2) exception applies).',
        article: 'Art 27, Art 30(1)(a)',
        target: organisationTarget(o, 'euRepresentative'),
      });
    }
    if (
      context.jurisdictions.includes('uk-gdpr') &&
      country !== 'GB' &&
      !hasContactDetails(o.ukRepresentative)
    ) {
      findings.push({
        ruleId: 'organisation.uk-representative',
        severity: 'warning',
        message:
          'The organisation is outside the UK and answers to the UK GDPR, but no UK representative is recorded (required unless the Art 27(2) exception applies).',
        article: 'UK GDPR Art 27, Art 30(1)(a)',
        target: organisationTarget(o, 'ukRepresentative'),
      });
    }
  }
  if (o.employeeCount !== null && o.employeeCount < 250) {
    findings.push({
      ruleId: 'organisation.art30-5',
      severity: 'info',
      message:
        'Fewer than 250 employees: Art 30(5) exempts only occasional processing unlikely to result in a risk and without special or criminal data. Payroll, HR and customer records are not occasional, so keep them in the record.',
      article: 'Art 30(5)',
      target: organisationTarget(o, 'employeeCount'),
    });
  }
  return findings;
};
