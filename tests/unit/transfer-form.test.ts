// The transfer editor's choices over the real reference data: the importer's role comes from how the activity
// links it, the mechanisms offered fit both roles (the chosen one always stays), and the SCC module is
// taken from the mechanism, or from the user where the mechanism leaves it open (UK Addendum).
import { describe, expect, it } from 'vitest';
import { referenceView } from '../../src/core/views/reference-view';
import {
  fittingMechanisms,
  fromTransferForm,
  importerRoleOf,
} from '../../src/renderer/src/features/transfers/transfer-form';
import { TransferFields } from '../../src/shared/domain';

const { mechanisms } = referenceView();
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe('the transfer form', () => {
  it("reads the importer's role from the activity's links", () => {
    expect(importerRoleOf(['processor'])).toBe('processor');
    expect(importerRoleOf(['recipient', 'sub-processor'])).toBe('processor');
    expect(importerRoleOf(['joint-controller'])).toBe('controller');
    expect(importerRoleOf([])).toBeNull();
  });

  it('offers the SCC module that fits the roles, and keeps the chosen one listed', () => {
    const toProcessor = ids(fittingMechanisms(mechanisms, 'controller', 'processor', null));
    expect(toProcessor).toContain('eu-scc-m2-c2p');
    expect(toProcessor).not.toContain('eu-scc-m1-c2c');
    expect(toProcessor).not.toContain('eu-scc-m3-p2p');
    expect(toProcessor).toContain('uk-idta');
    const unknownImporter = ids(fittingMechanisms(mechanisms, 'controller', null, null));
    expect(unknownImporter).toEqual(expect.arrayContaining(['eu-scc-m1-c2c', 'eu-scc-m2-c2p']));
    expect(unknownImporter).not.toContain('eu-scc-m3-p2p');
    expect(ids(fittingMechanisms(mechanisms, 'controller', 'processor', 'eu-scc-m1-c2c'))).toContain(
      'eu-scc-m1-c2c',
    );
  });

  it('takes the SCC module from the mechanism, or from the user for the UK Addendum', () => {
    const base = TransferFields.parse({ activityId: crypto.randomUUID(), country: 'US', sccModule: '3' });
    const id = crypto.randomUUID();
    expect(fromTransferForm({ ...base, mechanism: 'eu-scc-m2-c2p' }, id, mechanisms).sccModule).toBe('2');
    expect(fromTransferForm({ ...base, mechanism: 'uk-addendum' }, id, mechanisms).sccModule).toBe('3');
    expect(fromTransferForm({ ...base, mechanism: 'uk-idta' }, id, mechanisms).sccModule).toBeNull();
  });
});
