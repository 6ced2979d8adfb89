/**
 * Notes: private notes about any record (a source, a claim, a person, later a
 * case). Every personal field is an encrypted field (enc1:..., see
 * src/security/crypto/fields.ts) bound to notes/<column>/<id>; the contact is
 * also kept as a blind index so "is this phone number already known?" works
 * without decrypting every row. The database alone holds no plaintext here.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notes (
      id text primary key,
      -- What the note is about: a resource name and that record's id (not sensitive by themselves).
      subject_kind text not null check (length(subject_kind) between 1 and 40),
      subject_id text not null check (length(subject_id) between 1 and 200),
      -- Encrypted: who told us or wrote it (a name).
      author text,
      -- Encrypted: the note itself.
      body text not null check (body like 'enc1:%'),
      -- Encrypted: a phone number, e-mail or handle.
      contact text,
      -- Blind index of the contact's normal form (HMAC; src/security/crypto/blind-index.ts).
      contact_index text,
      -- The account that wrote the note (users.id), not a name.
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (author is null or author like 'enc1:%'),
      check (contact is null or contact like 'enc1:%')
    );
    create index notes_subject on notes (subject_kind, subject_id);
    create index notes_contact_index on notes (contact_index);
  `.execute(db);
}
