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
