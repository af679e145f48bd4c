// The first schema: the Article 30 domain. Child collections live in their own tables so foreign keys
// keep the record whole (a party in use cannot silently vanish); short code lists are JSON arrays.
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
        ${stamps}
      ) STRICT;
      CREATE INDEX activity_role_status ON activity (role, status);

      CREATE TABLE activity_term (
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('data-subject','personal-data','recipient-category','data-source','security-measure')),
        term_id TEXT NOT NULL REFERENCES term (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, field, term_id)
      ) STRICT;
      CREATE INDEX activity_term_term ON activity_term (term_id);

      CREATE TABLE activity_purpose (
        id TEXT PRIMARY KEY,
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        term_id TEXT REFERENCES term (id) ON DELETE RESTRICT,
        ${text('description')},
        lawful_basis TEXT,
        ${text('legitimate_interest')}, ${text('lia_reference')}, ${text('law_reference')}
      ) STRICT;
      CREATE INDEX activity_purpose_activity ON activity_purpose (activity_id);
      CREATE INDEX activity_purpose_term ON activity_purpose (term_id);

      CREATE TABLE activity_retention (
        id TEXT PRIMARY KEY,
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        personal_data_term_id TEXT REFERENCES term (id) ON DELETE RESTRICT,
        period INTEGER,
        unit TEXT,
        ${text('from_event')}, ${text('rule')}
      ) STRICT;
      CREATE INDEX activity_retention_activity ON activity_retention (activity_id);
      CREATE INDEX activity_retention_term ON activity_retention (personal_data_term_id);

      CREATE TABLE activity_party (
        activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
        relation TEXT NOT NULL CHECK (relation IN ('processor','sub-processor','client-controller','joint-controller','recipient')),
        ${text('description')},
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, party_id, relation)
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
