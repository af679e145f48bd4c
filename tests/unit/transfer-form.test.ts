// The transfer editor's choices over the real reference data: the importer's role comes from how the activity
// links it, the mechanisms offered fit both roles and the organisation's regimes (the recorded one always
// stays), and the SCC module is taken from the mechanism, or from the user or the Addendum choice where the
// mechanism leaves it open (UK Addendum).
import { describe, expect, it } from 'vitest';
import { referenceView } from '../../src/core/views/reference-view';
import {
  choiceOf,
  establishedInEeaOrUk,
  mechanismChoices,
  mechanismName,
  recordedBy,
  type TransferFit,
} from '../../src/renderer/src/features/transfers/mechanism-choices';
import { fromTransferForm, importerRoleOf } from '../../src/renderer/src/features/transfers/transfer-form';
import { TransferFields } from '../../src/shared/domain';

const { mechanisms } = referenceView();
const both: TransferFit['jurisdictions'] = ['eu-gdpr', 'uk-gdpr'];
const offered = (fit: TransferFit, recorded: string | null = null) =>
  mechanismChoices(mechanisms, fit, recorded).map((c) => c.value);

describe('the transfer form', () => {
  it("reads the importer's role from the activity's links", () => {
    expect(importerRoleOf(['processor'])).toBe('processor');
    expect(importerRoleOf(['recipient', 'sub-processor'])).toBe('processor');
    expect(importerRoleOf(['joint-controller'])).toBe('controller');
    expect(importerRoleOf([])).toBeNull();
  });

  it('offers the SCC module that fits the roles, and keeps the recorded one listed as not fitting', () => {
    const toProcessor = offered({ exporter: 'controller', importer: 'processor', jurisdictions: both });
    expect(toProcessor).toContain('eu-scc-m2-c2p');
    expect(toProcessor).not.toContain('eu-scc-m1-c2c');
    expect(toProcessor).not.toContain('eu-scc-m3-p2p');
    expect(toProcessor).toContain('uk-idta');
    const unknownImporter = offered({ exporter: 'controller', importer: null, jurisdictions: both });
    expect(unknownImporter).toEqual(expect.arrayContaining(['eu-scc-m1-c2c', 'eu-scc-m2-c2p']));
    expect(unknownImporter).not.toContain('eu-scc-m3-p2p');
    const kept = mechanismChoices(
      mechanisms,
      { exporter: 'controller', importer: 'processor', jurisdictions: both },
      'eu-scc-m1-c2c',
    ).find((c) => c.value === 'eu-scc-m1-c2c');
    expect(kept).toMatchObject({
      group: 'Recorded, but does not fit',
      misfit: 'For a controller sending to a controller; here a controller is sending to a processor.',
    });
  });

  it('offers the mechanisms of the regimes the organisation answers to, and the EU SCCs to a UK exporter with the Addendum', () => {
    const uk = offered({ exporter: 'controller', importer: 'processor', jurisdictions: ['uk-gdpr'] });
    expect(uk).toEqual(expect.arrayContaining(['uk-idta', 'uk-addendum', 'uk-addendum+2', 'uk-art49']));
    expect(uk).not.toContain('uk-addendum+1');
    expect(uk.filter((id) => id.startsWith('eu-'))).toEqual([]);
    const eu = offered({ exporter: 'controller', importer: 'processor', jurisdictions: ['eu-gdpr'] });
    expect(eu).toContain('eu-scc-m2-c2p');
    expect(eu.filter((id) => id.startsWith('uk-'))).toEqual([]);
    // Retired mechanisms are no longer offered to anyone.
    expect(offered({ exporter: 'controller', importer: null, jurisdictions: both })).not.toContain(
      'eu-privacy-shield',
    );
  });

  it('records the Addendum with the module its choice names, and shows it again as that choice', () => {
    expect(recordedBy('uk-addendum+2', mechanisms)).toEqual({ mechanism: 'uk-addendum', sccModule: '2' });
    expect(recordedBy('eu-scc-m4-p2c', mechanisms)).toEqual({ mechanism: 'eu-scc-m4-p2c', sccModule: '4' });
    expect(recordedBy('uk-idta', mechanisms)).toEqual({ mechanism: 'uk-idta', sccModule: null });
    const choices = mechanismChoices(
      mechanisms,
      { exporter: 'controller', importer: 'processor', jurisdictions: ['uk-gdpr'] },
      'uk-addendum',
    );
    expect(choiceOf(choices, 'uk-addendum', '2')).toBe('uk-addendum+2');
    expect(choiceOf(choices, 'uk-addendum', '3')).toBe('uk-addendum');
    expect(choiceOf(choices, 'uk-idta', null)).toBe('uk-idta');
    const addendum = mechanisms.find((m) => m.id === 'uk-addendum')!;
    expect(mechanismName(addendum, '2')).toBe(
      'International Data Transfer Addendum to the EU SCCs (B1.0), SCC Module 2',
    );
  });

  it('takes the SCC module from the mechanism, or from the user for the UK Addendum', () => {
    const base = TransferFields.parse({ activityId: crypto.randomUUID(), country: 'US', sccModule: '3' });
    const id = crypto.randomUUID();
    expect(fromTransferForm({ ...base, mechanism: 'eu-scc-m2-c2p' }, id, mechanisms).sccModule).toBe('2');
    expect(fromTransferForm({ ...base, mechanism: 'uk-addendum' }, id, mechanisms).sccModule).toBe('3');
    expect(fromTransferForm({ ...base, mechanism: 'uk-idta' }, id, mechanisms).sccModule).toBeNull();
  });

  it('offers the own-country option only to an organisation established outside the EEA and the UK', () => {
    const { countries } = referenceView();
    expect(establishedInEeaOrUk(countries, 'GB')).toBe(true);
    expect(establishedInEeaOrUk(countries, 'IE')).toBe(true);
    expect(establishedInEeaOrUk(countries, 'US')).toBe(false);
    expect(establishedInEeaOrUk(countries, null)).toBeUndefined();
    const fit = (establishedInEeaOrUk: boolean | undefined): TransferFit => ({
      exporter: 'controller',
      importer: 'processor',
      jurisdictions: ['eu-gdpr'],
      establishedInEeaOrUk,
    });
    expect(offered(fit(false))).toContain('none-own-country');
    expect(offered(fit(undefined))).toContain('none-own-country');
    expect(offered(fit(true))).not.toContain('none-own-country');
    expect(offered(fit(true))).toContain('none-intra-eea');
    // Recorded already, it stays listed and says why it does not fit.
    const kept = mechanismChoices(mechanisms, fit(true), 'none-own-country').find(
      (c) => c.value === 'none-own-country',
    );
    expect(kept?.misfit).toMatch(/outside the EEA and the UK/);
  });
});
