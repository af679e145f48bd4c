// The register in W3C Data Privacy Vocabulary 2.3 terms (JSON-LD), so another tool can read the record
// without knowing Ropa. Convention (reference-data.md Part C3): Art 6 bases sit on the activity; each
// transfer is a nested process with dpv:CrossBorderTransfer and its Chapter V basis.
import type { Activity, Contact, Party, Transfer } from '../../shared/domain';
import { isEea, mechanismById, referenceData } from '../reference';
import { retentionText } from './full-tables';
import type { RegisterView } from './view';

export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  pd: 'https://w3id.org/dpv/pd#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  ropa: 'urn:ropa:vocab#',
} as const;

type Node = Record<string, unknown>;
const ref = (iri: string): Node => ({ '@id': iri });
const urn = (kind: string, id: string) => `urn:ropa:${kind}:${id}`;

const art6Dpv = new Map(referenceData.legalBases.art6.map((b) => [b.id, b.dpv]));
const art9Dpv = new Map(referenceData.legalBases.art9.map((b) => [b.id, b.dpv]));

function contactNode(type: string, contact: Contact): Node {
  return {
    '@type': type,
    'dpv:hasName': contact.name || contact.company,
    ...(contact.email || contact.phone ? { 'dpv:hasContact': contact.email || contact.phone } : {}),
    ...(contact.address ? { 'dpv:hasAddress': contact.address } : {}),
  };
}

function partyNode(party: Party, type: string): Node {
  return {
    '@id': urn('party', party.id),
    '@type': type,
    'dpv:hasName': party.name,
    ...(party.country ? { 'dpv:hasCountry': ref(`loc:${party.country}`) } : {}),
  };
}

const PARTY_TYPES = {
  processor: ['dpv:hasDataProcessor', 'dpv:DataProcessor'],
  'sub-processor': ['dpv:hasDataProcessor', 'dpv:DataSubProcessor'],
  'client-controller': ['dpv:hasDataController', 'dpv:DataController'],
  'joint-controller': ['dpv:hasJointDataControllers', 'dpv:JointDataControllers'],
  recipient: ['dpv:hasRecipient', 'dpv:Recipient'],
} as const;

function transferBases(t: Transfer): Node[] {
  const mechanism = t.mechanism === null ? null : mechanismById(t.mechanism);
  const parent = mechanism?.parent ? mechanismById(mechanism.parent) : null;
  const iri = mechanism?.dpv ?? parent?.dpv ?? null;
  const bases: Node[] = iri ? [ref(iri)] : [];
  if (t.mechanism !== null) bases.push({ '@type': 'dpv:LegalBasis', 'ropa:mechanism': t.mechanism });
  return bases;
}

function transferNode(t: Transfer, view: RegisterView): Node {
  const importer = view.party(t.partyId);
  return {
    '@id': urn('transfer', t.id),
    '@type': 'dpv:Process',
    'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'),
    ...(importer ? { 'dpv:hasDataImporter': ref(urn('party', importer.id)) } : {}),
    ...(t.country
      ? { [isEea(t.country) ? 'dpv:hasCountry' : 'dpv:hasThirdCountry']: ref(`loc:${t.country}`) }
      : { 'dct:description': t.internationalOrganisation }),
    'dpv:hasLegalBasis': transferBases(t),
    ...(t.tiaReference || t.tiaDate
      ? {
          'dpv:hasImpactAssessment': {
            '@type': 'dpv:DataTransferImpactAssessment',
            'dct:identifier': t.tiaReference,
            ...(t.tiaDate ? { 'dct:date': t.tiaDate } : {}),
          },
        }
      : {}),
  };
}

function termNode(id: string, view: RegisterView, type: string): Node {
  const term = view.term(id);
  if (term?.dpvIri) return { '@id': term.dpvIri, 'dct:title': term.label };
  return { '@id': urn('term', id), '@type': type, 'dct:title': term?.label ?? id };
}

function activityNode(a: Activity, view: RegisterView): Node {
  const node: Node = {
    '@id': urn('activity', a.id),
    '@type': 'dpv:Process',
    'dct:identifier': a.reference,
    'dct:title': a.name,
    ...(a.description ? { 'dct:description': a.description } : {}),
    'ropa:role': a.role,
    'ropa:status': a.status,
    'dpv:hasPurpose': a.purposes.map((p) => ({
      '@type': 'dpv:Purpose',
      'dct:description': p.description || view.term(p.termId)?.label || '',
    })),
    'dpv:hasLegalBasis': [
      ...a.purposes.flatMap((p) => (p.lawfulBasis ? [ref(art6Dpv.get(p.lawfulBasis) ?? p.lawfulBasis)] : [])),
      ...a.art9Conditions.map((c) => ref(art9Dpv.get(c) ?? c)),
    ],
    'dpv:hasDataSubject': a.dataSubjectIds.map((id) => termNode(id, view, 'dpv:DataSubject')),
    'dpv:hasPersonalData': a.personalDataIds.map((id) => termNode(id, view, 'dpv:PersonalData')),
    'dpv:hasRecipient': a.recipientCategoryIds.map((id) => termNode(id, view, 'dpv:Recipient')),
    'dpv:hasDataSource': a.dataSourceIds.map((id) => termNode(id, view, 'dpv:DataSource')),
    'dpv:hasTechnicalOrganisationalMeasure': a.securityMeasureIds.map((id) =>
      termNode(id, view, 'dpv:TechnicalOrganisationalMeasure'),
    ),
    'dpv:hasStorageCondition': a.retention.map((r) => ({
      '@type': 'dpv:StorageDuration',
      'dpv:hasDuration': { '@type': 'dpv:Duration', 'dct:description': retentionText(r, view) },
    })),
    'dpv:hasProcess': view.transfersOf(a.id).map((t) => transferNode(t, view)),
  };
  for (const link of a.parties) {
    const party = view.party(link.partyId);
    if (!party) continue;
    const [property, type] = PARTY_TYPES[link.relation];
    const list = (node[property] as Node[] | undefined) ?? [];
    list.push(partyNode(party, type));
    node[property] = list;
  }
  if (a.dpia.status !== 'not-assessed')
    node['dpv:hasImpactAssessment'] = {
      '@type': 'dpv:DPIA',
      'dct:identifier': a.dpia.reference,
      'ropa:status': a.dpia.status,
    };
  return node;
}

export function dpvDocument(view: RegisterView): Node {
  const { doc } = view;
  const org = doc.organisation;
  return {
    '@context': DPV_CONTEXT,
    '@id': urn('register', org.id),
    '@type': 'dpv:ROPA',
    'dct:modified': doc.exportedAt.slice(0, 10),
    'dpv:hasDataController': {
      '@id': urn('organisation', org.id),
      '@type': 'dpv:DataController',
      'dpv:hasName': org.legalName,
      ...(org.contactEmail ? { 'dpv:hasContact': org.contactEmail } : {}),
      ...(org.address ? { 'dpv:hasAddress': org.address } : {}),
      ...(org.dpo
        ? { 'dpv:hasDataProtectionOfficer': contactNode('dpv:DataProtectionOfficer', org.dpo) }
        : {}),
      'dpv:hasRepresentative': [org.euRepresentative, org.ukRepresentative]
        .filter((c): c is Contact => c !== null)
        .map((c) => contactNode('dpv:Representative', c)),
    },
    'dpv:hasProcess': [...view.activities()].map((a) => activityNode(a, view)),
  };
}
