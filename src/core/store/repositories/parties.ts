import type { Party, PartyFields } from '../../../shared/domain';
import { RopaError, notFound } from '../../errors';
import type { Db } from '../database';
import { newId, now, readJson, readJsonArray, writeJson } from '../columns';
import type { ChangeLogRepository } from './change-log';
import { usageOf } from './usage';

type PartyRow = {
  id: string;
  name: string;
  legal_entity: string;
  roles: string;
  country: string | null;
  international_organisation: string;
  address: string;
  contact: string | null;
  representative: string | null;
  dpo_contact: string | null;
  website: string;
  trust_page: string;
  dpa_signed_on: string | null;
  dpa_reference: string;
  certifications: string;
  services: string;
  catalog_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
};

function rowToParty(row: PartyRow): Party {
  return {
    id: row.id,
    name: row.name,
    legalEntity: row.legal_entity,
    roles: readJsonArray(row.roles),
    country: row.country,
    internationalOrganisation: row.international_organisation,
    address: row.address,
    contact: readJson(row.contact),
    representative: readJson(row.representative),
    dpoContact: readJson(row.dpo_contact),
    website: row.website,
    trustPage: row.trust_page,
    dpaSignedOn: row.dpa_signed_on,
    dpaReference: row.dpa_reference,
    certifications: readJsonArray(row.certifications),
    services: row.services,
    catalogId: row.catalog_id,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function partyParams(p: Party) {
  return {
    id: p.id,
    name: p.name,
    legal_entity: p.legalEntity,
    roles: JSON.stringify(p.roles),
    country: p.country,
    international_organisation: p.internationalOrganisation,
    address: p.address,
    contact: writeJson(p.contact),
    representative: writeJson(p.representative),
    dpo_contact: writeJson(p.dpoContact),
    website: p.website,
    trust_page: p.trustPage,
    dpa_signed_on: p.dpaSignedOn,
    dpa_reference: p.dpaReference,
    certifications: JSON.stringify(p.certifications),
    services: p.services,
    catalog_id: p.catalogId,
    notes: p.notes,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

/** Processors, sub-processors, client controllers, joint controllers and other recipients. */
export function partyRepository(db: Db, changes: ChangeLogRepository) {
  const byId = db.prepare<[string], PartyRow>('SELECT * FROM party WHERE id = ?');
  const upsert = db.prepare(`
    INSERT INTO party (id, name, legal_entity, roles, country, international_organisation, address, contact,
      representative, dpo_contact, website, trust_page, dpa_signed_on, dpa_reference, certifications, services,
      catalog_id, notes, created_at, updated_at)
    VALUES (@id, @name, @legal_entity, @roles, @country, @international_organisation, @address, @contact,
      @representative, @dpo_contact, @website, @trust_page, @dpa_signed_on, @dpa_reference, @certifications,
      @services, @catalog_id, @notes, @created_at, @updated_at)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, legal_entity = excluded.legal_entity,
      roles = excluded.roles, country = excluded.country,
      international_organisation = excluded.international_organisation, address = excluded.address,
      contact = excluded.contact, representative = excluded.representative, dpo_contact = excluded.dpo_contact,
      website = excluded.website, trust_page = excluded.trust_page, dpa_signed_on = excluded.dpa_signed_on,
      dpa_reference = excluded.dpa_reference, certifications = excluded.certifications,
      services = excluded.services, catalog_id = excluded.catalog_id, notes = excluded.notes,
      updated_at = excluded.updated_at`);

  function find(id: string): Party | null {
    const row = byId.get(id);
    return row ? rowToParty(row) : null;
  }

  return {
    find,
    get(id: string): Party {
      const party = find(id);
      if (!party) throw notFound('party', id);
      return party;
    },
    list(): Party[] {
      return db
        .prepare<[], PartyRow>('SELECT * FROM party ORDER BY name COLLATE NOCASE')
        .all()
        .map(rowToParty);
    },
    /** A restored party keeps the `createdAt` it is given; a new one is created now. */
    save(fields: PartyFields & { id?: string | undefined; createdAt?: string | undefined }): Party {
      const before = fields.id ? find(fields.id) : null;
      const at = now();
      const party: Party = {
        ...fields,
        id: fields.id ?? newId(),
        createdAt: before?.createdAt ?? fields.createdAt ?? at,
        updatedAt: at,
      };
      upsert.run(partyParams(party));
      changes.record('party', party.id, before ? 'update' : 'create', party.name, before, party);
      return party;
    },
    delete(id: string): void {
      const before = find(id);
      if (!before) throw notFound('party', id);
      const users = usageOf(db, 'party', id);
      if (users.length > 0) {
        throw new RopaError(
          'CONFLICT',
          `${before.name} is linked to ${users.join(', ')}; remove it from those activities before deleting it.`,
        );
      }
      db.prepare('DELETE FROM party WHERE id = ?').run(id);
      changes.record('party', id, 'delete', before.name, before, null);
    },
    restore(party: Party): void {
      upsert.run(partyParams(party));
    },
  };
}
export type PartyRepository = ReturnType<typeof partyRepository>;
