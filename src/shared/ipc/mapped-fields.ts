// The Ropa fields a column of someone else's spreadsheet can be mapped to (the "mapped" import), with the
// words the UI shows and the headers that usually mean each one, so a first mapping can be guessed.
// The core's mapped import reads this same list (MAPPED_FIELDS); it lives here because the renderer may not
// import the core.

export const MAPPABLE_FIELDS = [
  'reference',
  'name',
  'role',
  'description',
  'department',
  'owner',
  'status',
  'purposes',
  'lawfulBasis',
  'dataSubjects',
  'personalData',
  'recipients',
  'securityMeasures',
  'dataSources',
  'retention',
  'systems',
  'storageLocation',
  'notes',
  'lastReviewedAt',
  'nextReviewAt',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export type ColumnMappingInput = {
  /** Header in the file → Ropa field; headers left out are ignored. */
  columns: Record<string, MappableField>;
  /** The role of rows when no column gives one. */
  role: 'controller' | 'processor';
  /** The workbook's sheet to read; the first visible one when absent. */
  sheet?: string;
};

type FieldInfo = { label: string; hint: string; headers: readonly string[] };

// Headers in English (ICO-style sheets) and French (CNIL-style sheets), written as normaliseHeader leaves them.
export const MAPPABLE_FIELD_INFO: Record<MappableField, FieldInfo> = {
  reference: {
    label: 'Reference',
    hint: 'unique in the register, e.g. HR-01',
    headers: ['reference', 'ref', 'id', 'code', 'no', 'number', 'activity id', 'numero', 'n'],
  },
  name: {
    label: 'Name of the activity',
    hint: 'required',
    headers: [
      'name',
      'activity',
      'activity name',
      'processing activity',
      'processing',
      'title',
      'nom',
      'traitement',
    ],
  },
  role: {
    label: 'Role',
    hint: '"controller" or "processor"',
    headers: ['role', 'capacity', 'controller or processor', 'qualite'],
  },
  description: { label: 'Description', hint: '', headers: ['description', 'summary'] },
  department: {
    label: 'Department',
    hint: '',
    headers: ['department', 'business function', 'team', 'dept', 'service', 'direction'],
  },
  owner: {
    label: 'Owner',
    hint: '',
    headers: ['owner', 'process owner', 'responsible', 'responsable'],
  },
  status: { label: 'Status', hint: '"draft", "active" or "retired"', headers: ['status', 'statut'] },
  purposes: {
    label: 'Purposes',
    hint: 'one per line or separated by ;',
    headers: [
      'purpose',
      'purposes',
      'purpose of processing',
      'purposes of the processing',
      'finalite',
      'finalites',
    ],
  },
  lawfulBasis: {
    label: 'Lawful basis (Art 6)',
    hint: 'one per purpose, e.g. Contract or 6(1)(b)',
    headers: ['lawful basis', 'legal basis', 'article 6', 'lawful basis for processing', 'base legale'],
  },
  dataSubjects: {
    label: 'Categories of data subjects',
    hint: 'separated by ;',
    headers: [
      'data subjects',
      'categories of data subjects',
      'categories of individuals',
      'individuals',
      'personnes concernees',
    ],
  },
  personalData: {
    label: 'Categories of personal data',
    hint: 'separated by ;',
    headers: [
      'personal data',
      'categories of personal data',
      'data categories',
      'data',
      'donnees',
      'categories de donnees',
    ],
  },
  recipients: {
    label: 'Categories of recipients',
    hint: 'separated by ;',
    headers: ['recipients', 'categories of recipients', 'recipient', 'destinataires'],
  },
  securityMeasures: {
    label: 'Security measures',
    hint: 'separated by ;',
    headers: [
      'security',
      'security measures',
      'technical and organisational measures',
      'toms',
      'mesures de securite',
    ],
  },
  dataSources: {
    label: 'Data sources',
    hint: 'separated by ;',
    headers: ['source', 'sources', 'data source', 'data sources'],
  },
  retention: {
    label: 'Retention',
    hint: 'the rule in words',
    headers: ['retention', 'retention period', 'retention schedule', 'time limits', 'duree de conservation'],
  },
  systems: {
    label: 'Systems',
    hint: 'separated by ;',
    headers: ['system', 'systems', 'application', 'applications', 'software', 'tools', 'logiciel'],
  },
  storageLocation: {
    label: 'Storage location',
    hint: '',
    headers: ['location', 'storage', 'storage location', 'where stored', 'hosting', 'localisation'],
  },
  notes: { label: 'Notes', hint: '', headers: ['notes', 'note', 'comments', 'remarks', 'commentaires'] },
  lastReviewedAt: {
    label: 'Last reviewed',
    hint: 'YYYY-MM-DD or DD/MM/YYYY',
    headers: ['last reviewed', 'reviewed', 'last review', 'date reviewed', 'reviewed on'],
  },
  nextReviewAt: {
    label: 'Next review',
    hint: 'YYYY-MM-DD or DD/MM/YYYY',
    headers: ['next review', 'next review date', 'review due', 'review by'],
  },
};

/** Lower case, accents and punctuation dropped, spaces collapsed: "Finalité(s) " → "finalite s". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * How well `header` names `field`: a known header written out scores above 1000 (the longer, the more
 * specific: "Personal data" beats "Data"); a known header inside a longer one scores its length.
 */
function score(header: string, field: MappableField): number {
  const words = ` ${normaliseHeader(header)} `;
  let best = 0;
  for (const known of MAPPABLE_FIELD_INFO[field].headers) {
    if (words === ` ${known} `) return 1000 + known.length;
    // Inside a longer header, only phrases and long words count: "name" or "data" appear in too many
    // headers ("Name and contact details of joint controller") to say what the column holds.
    const telling = known.includes(' ') || known.length >= 6;
    if (telling && words.includes(` ${known} `)) best = Math.max(best, known.length);
  }
  return best;
}

/**
 * A first mapping from the headers alone: each header gets the field it names best, each field at most one
 * header (the best-named wins), and headers that name nothing are left out (ignored) for the user to map.
 */
export function guessColumnMapping(headers: readonly string[]): Record<string, MappableField> {
  const candidates: { header: string; field: MappableField; score: number; order: number }[] = [];
  headers.forEach((header, order) => {
    for (const field of MAPPABLE_FIELDS) {
      const s = score(header, field);
      if (s > 0) candidates.push({ header, field, score: s, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  // A Map, then fromEntries: a header such as "constructor" or "__proto__" is just a header.
  const columns = new Map<string, MappableField>();
  const taken = new Set<MappableField>();
  for (const c of candidates) {
    if (columns.has(c.header) || taken.has(c.field)) continue;
    columns.set(c.header, c.field);
    taken.add(c.field);
  }
  return Object.fromEntries(columns);
}

/** Fields mapped from more than one column (the import would read only the first): field → headers. */
export function fieldsMappedTwice(columns: Record<string, MappableField>): Map<MappableField, string[]> {
  const byField = new Map<MappableField, string[]>();
  for (const [header, field] of Object.entries(columns))
    byField.set(field, [...(byField.get(field) ?? []), header]);
  for (const [field, list] of byField) if (list.length < 2) byField.delete(field);
  return byField;
}
