// The CNIL model's French labels and closed lists (registre-traitement-simplifie.ods, sheets 2, 3 and 5),
// carried as data so the export writes the model's own words.
export const CNIL_LIST_SHEET = 'Liste des traitements';
export const CNIL_LIST_COLUMNS = [
  'Nom du traitement',
  'N° / RÉF',
  'Date de création de la fiche',
  'Dernière mise à jour de la fiche',
  'Finalité du traitement',
  'Données sensibles ? (Oui/non)',
] as const;

export const CNIL_BLOCKS = {
  controller:
    "Coordonnées du responsable de l'organisme (responsable de traitement ou son représentant si le responsable est situé en dehors de l'UE)",
  representative: 'Coordonnées du représentant',
  dpo: 'Coordonnées du délégué à la protection des données (DPO)',
} as const;

export const CNIL_FICHE = {
  name: 'Nom du traitement',
  reference: 'N° / RÉF',
  created: 'Date de création du traitement',
  updated: 'Mise à jour du traitement',
  actors: ['Acteurs', 'Nom', 'Adresse', 'Code Postal', 'Ville', 'Pays', 'Téléphone', 'Adresse mél'],
  controller: 'Responsable du traitement',
  dpo: 'Délégué à la protection des données',
  dpoCompany: 'Société du DPO (si celui-ci est externe)',
  representative: 'Représentant',
  joint: 'Responsable(s) conjoint(s)',
  purposes: 'Finalité(s) du traitement effectué',
  mainPurpose: 'Finalité principale',
  subPurpose: (n: number) => `Sous-finalité ${n}`,
  data: ['Catégories de données personnelles concernées', 'Description', 'Durée de conservation'],
  sensitive: ['Données sensibles', 'Description', 'Durée de conservation'],
  subjects: ['Catégories de personnes concernées', 'Description', 'Précisions'],
  subject: (n: number) => `Catégorie de personnes ${n}`,
  recipients: ['Destinataires', 'Type de destinataire', 'Précisions'],
  recipient: (n: number) => `Destinataire ${n}`,
  security: ['Mesures de sécurité', 'Type de mesure de sécurité', 'Précisions'],
  measure: (n: number) => `Mesure de sécurité ${n}`,
  transfers: [
    'Transferts hors UE',
    'Destinataire',
    'Pays',
    'Type de Garanties',
    'Liens vers la documentation',
  ],
  transfer: (n: number) => `Organisme destinataire ${n}`,
} as const;

/** Sheet 5 "Listes" closed vocabularies. */
export const CNIL_GARANTIES = [
  'Clauses contractuelles types (CCT)',
  "Règles d'entreprise contraignantes (BCR)",
  'Pays adéquat',
  'Privacy shield',
  'Code de conduite',
  'Certification',
  'Dérogations (art 49)',
] as const;
export const CNIL_DESTINATAIRES = [
  'Service interne qui traite les données',
  'Sous-traitants',
  'Destinataires dans des pays tiers ou organisations internationales',
  'Partenaires institutionnels ou commerciaux',
  'Autre (Préciser)',
] as const;
export const CNIL_MESURES = [
  'Mesures de traçabilité',
  'Mesures de protection des logiciels',
  'Sauvegarde des données',
  'Chiffrement des données',
  "Contrôle d'accès des utilisateurs",
  'Contrôle des sous-traitants',
  'Autres mesures (à préciser)',
] as const;

/** Chapter V mechanism id → the model's "Type de Garanties". */
export function cnilGarantie(mechanism: string | null, group: string | null): string {
  if (mechanism === null) return '';
  if (mechanism.includes('scc') || mechanism === 'uk-idta' || mechanism === 'uk-addendum')
    return CNIL_GARANTIES[0];
  if (mechanism.includes('bcr')) return CNIL_GARANTIES[1];
  if (group === 'adequacy') return CNIL_GARANTIES[2];
  if (mechanism.includes('code-of-conduct')) return CNIL_GARANTIES[4];
  if (mechanism.includes('certification')) return CNIL_GARANTIES[5];
  if (group === 'derogation') return CNIL_GARANTIES[6];
  return '';
}

/** A security measure's label → the model's "Type de mesure de sécurité", by the words it uses. */
export function cnilMesure(label: string): string {
  const l = label.toLowerCase();
  if (/encrypt|chiffr|crypt/.test(l)) return CNIL_MESURES[3];
  if (/backup|sauvegard/.test(l)) return CNIL_MESURES[2];
  if (/access|accès|acces|authenti|mfa|password/.test(l)) return CNIL_MESURES[4];
  if (/log|audit|trac/.test(l)) return CNIL_MESURES[0];
  if (/antivirus|malware|patch|update|logiciel/.test(l)) return CNIL_MESURES[1];
  if (/processor|sous-trait|vendor/.test(l)) return CNIL_MESURES[5];
  return CNIL_MESURES[6];
}

// Reading the model back (cnil-import.ts). Labels are compared normalised (no accents, case or punctuation),
// so "Etats-Unis", "États-Unis" and "ETATS UNIS" are one; a pattern matches the model's row labels, whose
// cells often carry help text above the label itself.

/** Personal data rows of sheet 3 (and the older "registre de base") → the starter term (terms.json key). */
export const CNIL_DATA_ROWS: readonly { pattern: RegExp; seedKey: string }[] = [
  { pattern: /^etat civil/, seedKey: 'identification' },
  { pattern: /^vie personnelle/, seedKey: 'family-lifestyle' },
  { pattern: /^informations d ordre economique/, seedKey: 'financial' },
  { pattern: /^donnees de connexion/, seedKey: 'online-identifiers' },
  { pattern: /^donnees de localisation/, seedKey: 'location' },
  { pattern: /securite sociale|\bnir\b/, seedKey: 'government-identifiers' },
  { pattern: /^vie professionnelle/, seedKey: 'employment-details' },
  { pattern: /^internet/, seedKey: 'online-identifiers' },
];

/** "Données sensibles" rows of sheet 3 → the starter Art 9 / Art 10 term. */
export const CNIL_SENSITIVE_ROWS: readonly { pattern: RegExp; seedKey: string }[] = [
  { pattern: /origine raciale|ethnique/, seedKey: 'racial-ethnic-origin' },
  { pattern: /opinions politiques/, seedKey: 'political-opinions' },
  { pattern: /convictions religieuses|philosophiques/, seedKey: 'religious-philosophical-beliefs' },
  { pattern: /appartenance syndicale/, seedKey: 'trade-union-membership' },
  { pattern: /genetiques/, seedKey: 'genetic-data' },
  { pattern: /biometriques/, seedKey: 'biometric-data-unique-id' },
  { pattern: /sante/, seedKey: 'health-data' },
  { pattern: /vie sexuelle|orientation sexuelle/, seedKey: 'sex-life-orientation' },
  { pattern: /condamnations penales|infractions/, seedKey: 'criminal-convictions' },
];

/** Sheet 5 "Catégories de personnes" → starter data-subject term; null: kept under the model's own label. */
export const CNIL_PERSONNES: readonly { label: string; seedKey: string | null }[] = [
  { label: 'Salariés', seedKey: 'employees' },
  { label: 'Services Internes', seedKey: null },
  { label: 'Clients', seedKey: 'customers' },
  { label: 'Fournisseurs', seedKey: 'supplier-contacts' },
  { label: 'Prestataires', seedKey: 'contractors' },
  { label: 'Prospects', seedKey: 'prospects' },
  { label: 'Candidats', seedKey: 'job-applicants' },
];
/** "Autre(s) (préciser)" in the lists: the "Précisions" cell says what. */
export const CNIL_OTHER = /^autres? (a )?precise/;

/** Sheet 5 "Destinataires" → starter recipient term (null: the model's label), or a party in "Précisions". */
export const CNIL_DESTINATAIRE_TERMS: Readonly<Record<string, string | null>> = {
  [CNIL_DESTINATAIRES[0]]: null,
  [CNIL_DESTINATAIRES[1]]: 'processors',
  [CNIL_DESTINATAIRES[2]]: null,
  [CNIL_DESTINATAIRES[3]]: null,
};

/** Sheet 5 "Mesures de sécurité techniques" → starter security-measure term. */
export const CNIL_MESURE_TERMS: Readonly<Record<string, string | null>> = {
  [CNIL_MESURES[0]]: 'logging-monitoring',
  [CNIL_MESURES[1]]: 'patch-management',
  [CNIL_MESURES[2]]: 'backups',
  [CNIL_MESURES[3]]: 'encryption-at-rest',
  [CNIL_MESURES[4]]: 'access-control',
  [CNIL_MESURES[5]]: 'processor-contracts',
  [CNIL_MESURES[6]]: null,
};

/**
 * Sheet 5 "Garanties" → transfer mechanism id (resources/reference/transfer-mechanisms.json). The model
 * still offers the Privacy Shield (invalidated on 16 July 2020): it is imported as written and flagged.
 * "Dérogations (art 49)" does not say which derogation, so it maps to none.
 */
export const CNIL_GARANTIE_MECHANISMS: Readonly<Record<string, string | null>> = {
  [CNIL_GARANTIES[0]]: 'eu-scc',
  [CNIL_GARANTIES[1]]: 'eu-bcr',
  [CNIL_GARANTIES[2]]: 'eu-adequacy',
  [CNIL_GARANTIES[3]]: 'eu-privacy-shield',
  [CNIL_GARANTIES[4]]: 'eu-code-of-conduct',
  [CNIL_GARANTIES[5]]: 'eu-certification',
  [CNIL_GARANTIES[6]]: null,
};

/** Country names of sheet 5 that the ISO country list spells otherwise → ISO 3166-1 alpha-2. */
export const CNIL_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Etats-Unis': 'US',
  Birmanie: 'MM',
  Brunei: 'BN',
  Kirghizstan: 'KG',
  Macédoine: 'MK',
  Marshall: 'MH',
  'Rép. dém. du Congo': 'CD',
  Salomon: 'SB',
  Salvador: 'SV',
  Swaziland: 'SZ',
  Tanzanie: 'TZ',
  'Timor oriental': 'TL',
  'Viêt Nam': 'VN',
};

/** The drop-down prompt the model leaves in an untouched list cell: not a value. */
export const CNIL_PROMPT = /^selectionnez un element/;
