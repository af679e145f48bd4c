// A large, realistic register for benchmarks: activities with purposes, categories, parties, retention
// and transfers, written through the real repositories in one transaction.
import { createRegister, type Register } from '../../src/core/store/register';
import type { TermList } from '../../src/shared/domain';

const DEPARTMENTS = ['HR', 'Finance', 'Marketing', 'Sales', 'IT', 'Legal', 'Support', 'Operations'];
const COUNTRIES = ['US', 'IN', 'DE', 'FR', 'JP', 'BR', 'CA', 'AU'];
const BASES = ['art6-1-a', 'art6-1-b', 'art6-1-c', 'art6-1-f'] as const;

export function generateRegister(file: string, activities: number): Register {
  const register = createRegister(file, {
    legalName: 'Bench Ltd',
    country: 'GB',
    roles: ['controller', 'processor'],
  });
  const ids = (list: TermList) => register.terms.list(list).map((t) => t.id);
  const subjects = ids('data-subject');
  const data = ids('personal-data');
  const recipients = ids('recipient');
  const measures = ids('security-measure');
  register.transaction(() => {
    const parties = Array.from({ length: 200 }, (_, i) =>
      register.parties.save({
        name: `Vendor ${i} Ltd`,
        legalEntity: `Vendor ${i} Limited`,
        roles: [i % 10 === 0 ? 'client-controller' : 'processor'],
        country: COUNTRIES[i % COUNTRIES.length]!,
        internationalOrganisation: '',
        address: `${i} Example Street`,
        contact: null,
        representative: null,
        dpoContact: null,
        website: '',
        trustPage: '',
        dpaSignedOn: '2025-01-01',
        dpaReference: `DPA-${i}`,
        certifications: [],
        services: 'Hosting and support',
        catalogId: null,
        notes: '',
      }),
    );
    const pick = <T>(list: T[], i: number, n: number) =>
      Array.from(new Set(Array.from({ length: n }, (_, k) => list[(i * 7 + k * 13) % list.length]!)));
    for (let i = 0; i < activities; i++) {
      const role = i % 5 === 0 ? 'processor' : 'controller';
      const party = parties[i % parties.length]!;
      const client = parties[(Math.floor(i / 10) * 10) % parties.length]!;
      const activity = register.activities.save(
        {
          role,
          reference: `ACT-${String(i).padStart(6, '0')}`,
          name: `Processing activity ${i} for ${DEPARTMENTS[i % DEPARTMENTS.length]}`,
          description: `Generated activity number ${i}, describing what is processed and why.`,
          department: DEPARTMENTS[i % DEPARTMENTS.length]!,
          owner: `Owner ${i % 50}`,
          status: i % 7 === 0 ? 'draft' : 'active',
          systems: [`System ${i % 30}`],
          storageLocation: 'Cloud',
          dataSourceIds: [],
          securityMeasureIds: pick(measures, i, 3),
          securityNotes: '',
          dpia: {
            criteria: i % 3 === 0 ? ['wp248-4', 'wp248-5'] : [],
            status: 'not-assessed',
            reference: '',
          },
          automatedDecisionMaking: { used: false, description: '' },
          lastReviewedAt: '2026-01-01',
          nextReviewAt: '2027-01-01',
          notes: '',
          purposes:
            role === 'controller'
              ? [0, 1].map((k) => ({
                  termId: null,
                  description: `Purpose ${k} of activity ${i}`,
                  lawfulBasis: BASES[(i + k) % BASES.length]!,
                  legitimateInterest: '',
                  liaReference: '',
                  lawReference: '',
                }))
              : [],
          dataSubjectIds: role === 'controller' ? pick(subjects, i, 2) : [],
          personalDataIds: role === 'controller' ? pick(data, i, 4) : [],
          recipientCategoryIds: role === 'controller' ? pick(recipients, i, 2) : [],
          art9Conditions: [],
          art10Conditions: [],
          art10LawReference: '',
          ukSchedule1Conditions: [],
          retention: [
            { personalDataTermId: null, period: 6, unit: 'years', fromEvent: 'end of contract', rule: '' },
          ],
          parties:
            role === 'controller'
              ? [{ partyId: party.id, relation: 'processor', description: '' }]
              : [{ partyId: client.id, relation: 'client-controller', description: 'Hosting' }],
        },
        undefined,
      );
      if (i % 4 === 0) {
        register.transfers.save({
          activityId: activity.id,
          partyId: party.id,
          country: party.country,
          internationalOrganisation: '',
          mechanism: 'eu-scc-m2-c2p',
          sccModule: '2',
          since: '2024-01-01',
          tiaDate: null,
          tiaReference: '',
          supplementaryMeasures: '',
          safeguardsDocumentation: '',
          notes: '',
        });
      }
    }
  });
  return register;
}
