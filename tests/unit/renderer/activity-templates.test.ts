// The starter activity templates: their terms are the starter lists' own, and each one, filled into a real
// register, saves and leaves none of the Art 30 items it fills for the checks to complain about.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/core/rules/report';
import { createRegister } from '../../../src/core/store/register';
import { draftFromTemplate } from '../../../src/renderer/src/features/activities/from-template';
import { ACTIVITY_TEMPLATES, TEMPLATE_TERM_LISTS } from '../../../src/shared/activity-templates';
import type { Jurisdiction } from '../../../src/shared/domain';
import { tempDir } from '../../helpers/temp-dir';

type Starter = { key: string; label: string; special: string | null };
const starter = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../resources/reference/terms.json'), 'utf8'),
) as { lists: Record<string, Starter[]> };

// Rules about what a template fills in: a finding of these on a fresh template draft is a template bug.
const FILLED_BY_TEMPLATES = [
  'art30.controller.purposes',
  'art30.controller.data-subjects',
  'art30.controller.personal-data',
  'art30.controller.recipients',
  'art30.processor.categories',
  'lawfulness.basis',
  'lawfulness.art9-condition',
  'lawfulness.uk-schedule1-art9',
  'retention.missing',
  'retention.categories',
];

function fill(jurisdictions: Jurisdiction[]) {
  const register = createRegister(path.join(tempDir(), 'templates.ropa'), {
    legalName: 'Small Firm Ltd',
    country: 'GB',
    roles: ['controller', 'processor'],
    jurisdictions,
  });
  return register;
}

describe('activity templates', () => {
  it('name each term by its key and label in the starter lists', () => {
    for (const template of ACTIVITY_TEMPLATES) {
      const fields = Object.keys(TEMPLATE_TERM_LISTS) as (keyof typeof TEMPLATE_TERM_LISTS)[];
      for (const field of fields) {
        const terms = field === 'purposes' ? template.purposes.map((p) => p.purpose) : template[field];
        for (const term of terms) {
          const entry = starter.lists[TEMPLATE_TERM_LISTS[field]]?.find((e) => e.key === term.key);
          expect(entry, `${template.id}: ${term.key}`).toMatchObject({
            label: term.label,
            special: term.special ?? null,
          });
        }
      }
    }
  });

  it('give controller purposes a lawful basis with its source, and processor ones none', () => {
    for (const template of ACTIVITY_TEMPLATES) {
      for (const purpose of template.purposes) {
        expect(purpose.lawfulBasis === null, template.id).toBe(template.role === 'processor');
        expect(purpose.basisSource.length, template.id).toBeGreaterThan(20);
        if (purpose.lawfulBasis === 'art6-1-f') expect(purpose.legitimateInterest).toBeTruthy();
      }
    }
  });

  it.each([[['uk-gdpr']], [['eu-gdpr']]] as Jurisdiction[][][])(
    'each save into a register kept under %j without findings on what they fill',
    async (jurisdictions) => {
      const register = fill(jurisdictions);
      try {
        for (const template of ACTIVITY_TEMPLATES) {
          const draft = await draftFromTemplate(template, {
            terms: register.terms.list(),
            jurisdictions,
            references: register.activities.list().map((a) => a.reference),
            addTerm: async (term) =>
              register.terms.save({ description: '', dpvIri: null, seedKey: null, ...term }),
          });
          const saved = register.activities.save(draft);
          const findings = checkReport(register, { activityId: saved.id }).findings;
          const unexpected = findings.filter((f) => FILLED_BY_TEMPLATES.includes(f.ruleId));
          expect(unexpected.map((f) => `${template.id}: ${f.message}`)).toEqual([]);
          if (jurisdictions.includes('uk-gdpr') && template.id === 'payroll')
            expect(saved.ukSchedule1Conditions).toEqual(['dpa2018-sch1-p1-1']);
          if (!jurisdictions.includes('uk-gdpr')) expect(saved.ukSchedule1Conditions).toEqual([]);
        }
        // Every term came from the starter lists: nothing was added to a fresh register.
        expect(register.terms.list().every((t) => t.seedKey !== null)).toBe(true);
        expect(register.activities.list().map((a) => a.reference)).toEqual([
          'FA-001',
          'FI-001',
          'HR-001',
          'HR-002',
          'MK-001',
          'MK-002',
          'SA-001',
          'SV-001',
        ]);
      } finally {
        register.close();
      }
    },
  );
});
