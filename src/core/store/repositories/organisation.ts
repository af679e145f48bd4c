import { Organisation, type OrganisationFields } from '../../../shared/domain';
import { notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now, readJson, readJsonArray, writeJson } from '../columns';
import type { ChangeLogRepository } from './change-log';

type OrganisationRow = {
  id: string;
  legal_name: string;
  trading_name: string;
  company_number: string;
  address: string;
  country: string | null;
  contact_email: string;
  contact_phone: string;
  website: string;
  roles: string;
  jurisdictions: string;
  dpo: string | null;
  eu_representative: string | null;
  uk_representative: string | null;
  employee_count: number | null;
  review_interval_months: number;
  notes: string;
  created_at: string;
  updated_at: string;
};

function rowToOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    legalName: row.legal_name,
    tradingName: row.trading_name,
    companyNumber: row.company_number,
    address: row.address,
    country: row.country,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    website: row.website,
    roles: readJsonArray(row.roles),
    jurisdictions: readJsonArray(row.jurisdictions),
    dpo: readJson(row.dpo),
    euRepresentative: readJson(row.eu_representative),
    ukRepresentative: readJson(row.uk_representative),
    employeeCount: row.employee_count,
    reviewIntervalMonths: row.review_interval_months,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function organisationParams(o: Organisation) {
  return {
    id: o.id,
    legal_name: o.legalName,
    trading_name: o.tradingName,
    company_number: o.companyNumber,
    address: o.address,
    country: o.country,
    contact_email: o.contactEmail,
    contact_phone: o.contactPhone,
    website: o.website,
    roles: JSON.stringify(o.roles),
    jurisdictions: JSON.stringify(o.jurisdictions),
    dpo: writeJson(o.dpo),
    eu_representative: writeJson(o.euRepresentative),
    uk_representative: writeJson(o.ukRepresentative),
    employee_count: o.employeeCount,
    review_interval_months: o.reviewIntervalMonths,
    notes: o.notes,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

/** The one organisation a register belongs to. */
export function organisationRepository(db: Db, changes: ChangeLogRepository) {
  const select = db.prepare<[], OrganisationRow>('SELECT * FROM organisation');
  const upsert = db.prepare(`
    INSERT INTO organisation (id, legal_name, trading_name, company_number, address, country, contact_email,
      contact_phone, website, roles, jurisdictions, dpo, eu_representative, uk_representative, employee_count,
      review_interval_months, notes, created_at, updated_at)
    VALUES (@id, @legal_name, @trading_name, @company_number, @address, @country, @contact_email, @contact_phone,
      @website, @roles, @jurisdictions, @dpo, @eu_representative, @uk_representative, @employee_count,
      @review_interval_months, @notes, @created_at, @updated_at)
    ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name, trading_name = excluded.trading_name,
      company_number = excluded.company_number, address = excluded.address, country = excluded.country,
      contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, website = excluded.website,
      roles = excluded.roles, jurisdictions = excluded.jurisdictions, dpo = excluded.dpo,
      eu_representative = excluded.eu_representative, uk_representative = excluded.uk_representative,
      employee_count = excluded.employee_count, review_interval_months = excluded.review_interval_months,
      notes = excluded.notes, updated_at = excluded.updated_at`);

  function find(): Organisation | null {
    const row = select.get();
    return row ? rowToOrganisation(row) : null;
  }

  return {
    find,
    get(): Organisation {
      const found = find();
      if (!found) throw notFound('organisation', '(the register has none)');
      return found;
    },
    /** Creates the organisation, or updates it keeping its id and creation time. */
    save(fields: OrganisationFields): Organisation {
      const before = find();
      const at = now();
      const organisation = Organisation.parse({
        ...fields,
        id: before?.id ?? newId(),
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
      });
      upsert.run(organisationParams(organisation));
      changes.record(
        'organisation',
        organisation.id,
        before ? 'update' : 'create',
        organisation.legalName,
        before,
        organisation,
      );
      return organisation;
    },
    /** Writes an organisation exactly as given (ids and stamps kept): used by a lossless import. */
    restore(organisation: Organisation): void {
      db.prepare('DELETE FROM organisation').run();
      upsert.run(organisationParams(organisation));
    },
  };
}
export type OrganisationRepository = ReturnType<typeof organisationRepository>;
