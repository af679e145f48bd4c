// The first schema: the Article 30 domain. An activity's collections (category ids, purposes, retention
// rules, party links) are JSON in its row, so listing 10k activities is one table scan; the link tables
// activity_term and activity_party repeat every reference so foreign keys keep the record whole (a term
// or party in use cannot silently vanish) and "where is this used?" is one indexed lookup.
import type { Migration } from './migration';

const json = (column: string, fallback: string) =>
  `${column} TEXT NOT NULL DEFAULT '${fallback}' CHECK (json_valid(${column}))`;
const jsonOrNull = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR json_valid(${column}))`;
const text = (column: string) => `${column} TEXT NOT NULL DEFAULT ''`;
const stamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE organisation (
        id TEXT PRIMARY KEY,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        legal_name TEXT NOT NULL,
        ${text('trading_name')}, ${text('company_number')}, ${text('address')},
        country TEXT,
        ${text('contact_email')}, ${text('contact_phone')}, ${text('website')},
        ${json('roles', '[]')}, ${json('jurisdictions', '[]')},
        ${jsonOrNull('dpo')}, ${jsonOrNull('eu_representative')}, ${jsonOrNull('uk_representative')},
        employee_count INTEGER,
        review_interval_months INTEGER NOT NULL DEFAULT 12,
        ${text('notes')},
        ${stamps}
      ) STRICT;

      CREATE TABLE term (
        id TEXT PRIMARY KEY,
        list TEXT NOT NULL CHECK (list IN ('data-subject','personal-data','recipient','purpose','security-measure','data-source')),
        label TEXT NOT NULL,
        ${text('description')},
        special TEXT CHECK (special IS NULL OR special IN ('art9','art10')),
        dpv_iri TEXT,
        seed_key TEXT,
        ${stamps},
        UNIQUE (list, label COLLATE NOCASE)
      ) STRICT;

      CREATE TABLE party (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        ${text('legal_entity')},
        ${json('roles', '[]')},
        country TEXT,
        ${text('international_organisation')}, ${text('address')},
        ${jsonOrNull('contact')}, ${jsonOrNull('representative')}, ${jsonOrNull('dpo_contact')},
        ${text('website')}, ${text('trust_page')},
        dpa_signed_on TEXT,
        ${text('dpa_reference')},
        ${json('certifications', '[]')},
        ${text('services')},
        catalog_id TEXT,
        ${text('notes')},
        ${stamps}
      ) STRICT;

      CREATE TABLE activity (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('controller','processor')),
        reference TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        ${text('description')}, ${text('department')}, ${text('owner')},
        status TEXT NOT NULL CHECK (status IN ('draft','active','retired')),
        ${json('systems', '[]')},
        ${text('storage_location')}, ${text('security_notes')},
        ${json('dpia_criteria', '[]')},
        dpia_status TEXT NOT NULL DEFAULT 'not-assessed',
        ${text('dpia_reference')},
        adm_used INTEGER NOT NULL DEFAULT 0 CHECK (adm_used IN (0,1)),
        ${text('adm_description')},
        last_reviewed_at TEXT,
        next_review_at TEXT,
        ${text('notes')},
        ${json('art9_conditions', '[]')}, ${json('art10_conditions', '[]')},
        ${text('art10_law_reference')},
        ${json('uk_schedule1_conditions', '[]')},
        ${json('data_subject_ids', '[]')}, ${json('personal_data_ids', '[]')},
        ${json('recipient_category_ids', '[]')}, ${json('data_source_ids', '[]')},
        ${json('security_measure_ids', '[]')},
        ${json('purposes', '[]')}, ${json('retention', '[]')}, ${json('parties', '[]')},
        ${text('search_text')},
        ${stamps}
      ) STRICT;
      CREATE INDEX activity_role_status ON activity (role, status);

      CREATE TABLE activity_term (
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES term (id) ON DELETE RESTRICT,
        PRIMARY KEY (activity_id, term_id)
      ) STRICT;
      CREATE INDEX activity_term_term ON activity_term (term_id);

      CREATE TABLE activity_party (
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
        PRIMARY KEY (activity_id, party_id)
      ) STRICT;
      CREATE INDEX activity_party_party ON activity_party (party_id);

      CREATE TABLE transfer (
        id TEXT PRIMARY KEY,
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        party_id TEXT REFERENCES party (id) ON DELETE RESTRICT,
        country TEXT,
        ${text('international_organisation')},
        mechanism TEXT,
        scc_module TEXT CHECK (scc_module IS NULL OR scc_module IN ('1','2','3','4')),
        since TEXT, tia_date TEXT,
        ${text('tia_reference')}, ${text('supplementary_measures')}, ${text('safeguards_documentation')}, ${text('notes')},
        ${stamps}
      ) STRICT;
      CREATE INDEX transfer_activity ON transfer (activity_id);
      CREATE INDEX transfer_party ON transfer (party_id);

      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create','update','delete','import')),
        label TEXT NOT NULL,
        ${jsonOrNull('before')},
        ${jsonOrNull('after')}
      ) STRICT;
      CREATE INDEX change_log_entity ON change_log (entity_id, id);
    `);
  },
};
