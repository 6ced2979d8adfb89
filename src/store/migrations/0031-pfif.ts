/**
 * PFIF records imported into case files (src/cases/pfif): for each person or
 * note record, the case and the entries it became, and an encrypted copy of
 * the record as received. The ids make a re-import skip what the store
 * already holds; the copy lets an export give a record back whole under its
 * own id (PFIF has fields no case column holds: the author's e-mail, the
 * source, other names), as a clone record should.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_pfif_records (
      id text primary key,
      kind text not null check (kind in ('person', 'note')),
      -- person_record_id or note_record_id ("domain/local id"): an identifier, not personal data.
      record_id text not null,
      case_id text not null references cases (id) on delete cascade,
      -- The entries a note became (null when the note had nothing for that part).
      status_id text references case_status (id) on delete set null,
      whereabouts_id text references case_whereabouts (id) on delete set null,
      contact_id text references case_contacts (id) on delete set null,
      -- Encrypted: the record's PFIF fields as JSON, as received (the latest version for a person).
      record text not null check (record like 'enc1:%'),
      imported_at timestamptz not null,
      unique (kind, record_id)
    );
    create index case_pfif_records_case on case_pfif_records (case_id, kind);
  `.execute(db);
}
