// The activities table's rows are read from a few columns, not whole records: they must still say exactly
// what the records say.
import { describe, expect, it } from 'vitest';
import { activityRows } from '../../../src/core/views/activity-rows';
import { createFullRegister } from '../../helpers/full-register';
import { tempDir } from '../../helpers/temp-dir';

describe('activities table rows', () => {
  it('match the full records: lawful bases, special data, search text, order', () => {
    const { register, controller, processor } = createFullRegister(tempDir());
    const rows = activityRows(register);
    const records = register.activities.list();
    const specialTerms = new Set(
      register.terms
        .list('personal-data')
        .filter((t) => t.special !== null)
        .map((t) => t.id),
    );
    register.close();
    expect(rows.map((r) => r.id)).toEqual(records.map((a) => a.id));
    for (const [i, a] of records.entries()) {
      const row = rows[i]!;
      expect(row).toMatchObject({
        role: a.role,
        reference: a.reference,
        name: a.name,
        department: a.department,
        status: a.status,
        updatedAt: a.updatedAt,
        nextReviewAt: a.nextReviewAt,
      });
      expect(row.lawfulBases).toEqual([
        ...new Set(a.purposes.flatMap((p) => (p.lawfulBasis ? [p.lawfulBasis] : []))),
      ]);
      expect(row.special).toBe(a.personalDataIds.some((id) => specialTerms.has(id)));
      expect(row.search).toContain(a.name.toLowerCase());
      for (const p of a.purposes) expect(row.search).toContain(p.description.toLowerCase());
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(controller.id)!.special).toBe(true);
    expect(byId.get(controller.id)!.lawfulBases.length).toBeGreaterThan(0);
    expect(byId.get(processor.id)!.role).toBe('processor');
  });
});
