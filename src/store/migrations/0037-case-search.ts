/**
 * Finding cases (docs/cases.md "Finding a case"): a blind index per word of
 * the man's name, so a caseworker can search by a surname in either script
 * without decrypting every case; the references given to families whose
 * report was attached to an existing case, so a second reference leads to
 * the case; and the family's last contact date, which letters quote
 * (encrypted like every personal field of a case).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_name_tokens (
      case_id text not null references cases(id) on delete cascade,
      -- Blind index of one word of the name, folded to its Latin skeleton (Заречный, Zarechny → one value).
      token_index text not null,
      primary key (case_id, token_index)
    );
  `.execute(db);
  await sql`create index case_name_tokens_token on case_name_tokens (token_index)`.execute(db);
  await sql`
    create table case_receipts (
      -- A reference given to a reporter whose report was attached to this case; same form as cases.ref.
      ref text primary key,
      case_id text not null references cases(id) on delete cascade,
      issued_at timestamptz not null
    );
  `.execute(db);
  await sql`create index case_receipts_case on case_receipts (case_id)`.execute(db);
  await sql`
    alter table cases add column last_contact_on text
      check (last_contact_on is null or last_contact_on like 'enc1:%')
  `.execute(db);
}
