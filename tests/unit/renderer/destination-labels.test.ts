// The status a transfer row shows for its destination (UI.md: `EEA`, `Adequate (EU)`, `Adequate (UK)`,
// `Adequate for DPF-certified recipients`, `Needs safeguards`), from the real reference data: an adequacy
// decision is named by whose it is, and an exporter under both regimes sees both answers when they differ.
import { describe, expect, it } from 'vitest';
import { referenceView } from '../../../src/core/views/reference-view';
import { destinationLabels } from '../../../src/renderer/src/lib/destination-labels';

const countries = referenceView().countries;
const statusOf = (code: string) => {
  const entry = countries.find((c) => c.code === code);
  if (!entry) throw new Error(`no reference entry for ${code}`);
  return entry.status;
};
const labels = (code: string, jurisdictions: ('eu-gdpr' | 'uk-gdpr')[]) =>
  destinationLabels(statusOf(code), jurisdictions).map((l) => l.label);

describe('destination status labels', () => {
  it('name whose adequacy decision it is', () => {
    expect(labels('JP', ['uk-gdpr'])).toEqual(['Adequate (UK)']);
    expect(labels('JP', ['eu-gdpr'])).toEqual(['Adequate (EU)']);
    expect(labels('JP', ['eu-gdpr', 'uk-gdpr'])).toEqual(['Adequate (EU)', 'Adequate (UK)']);
    expect(labels('US', ['uk-gdpr'])).toEqual(['Adequate for DPF-certified recipients (UK)']);
  });

  it('give one plain label when the regimes agree on a status that is no decision', () => {
    expect(labels('IN', ['uk-gdpr'])).toEqual(['Needs safeguards']);
    expect(labels('IN', ['eu-gdpr', 'uk-gdpr'])).toEqual(['Needs safeguards']);
    expect(labels('FR', ['eu-gdpr'])).toEqual(['EEA']);
  });

  it('show both answers, each with its regime, when they differ', () => {
    // France is in the EEA for an EU exporter; for a UK exporter it is a country the UK found adequate.
    expect(labels('FR', ['eu-gdpr', 'uk-gdpr'])).toEqual(['EEA (EU)', 'Adequate (UK)']);
    // The UK, for an EU exporter, is adequate; for a UK exporter it is home.
    expect(labels('GB', ['eu-gdpr', 'uk-gdpr'])).toEqual(['Adequate (EU)', 'Domestic (UK)']);
  });

  it('reads an organisation that names no regime as one under the UK GDPR, as the domain defaults', () => {
    expect(labels('JP', [])).toEqual(['Adequate (UK)']);
  });
});
