/**
 * Documents attached to a case: scans of papers and answers to appeals.
 * The file and its name are encrypted fields like every personal field of a
 * case (bound to case_documents/<column>/<id>); what stays in the clear is
 * the checked media type and size (for serving and limits), which appeal an
 * answer belongs to, and who attached it when.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_documents (
      id text primary key,
      case_id text not null references cases(id) on delete cascade,
      -- The appeal an answer or a copy of a letter belongs to.
      appeal_id text references case_appeals(id) on delete set null,
      kind text not null check (kind in ('scan', 'answer', 'other')),
      -- Encrypted: the file name as uploaded (it may name him).
      filename text not null check (filename like 'enc1:%'),
      -- Found from the file's own bytes, never from what the client claims.
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png',
        'image/webp', 'image/tiff', 'image/heic')),
      byte_size integer not null check (byte_size > 0),
      -- Encrypted: the file's bytes, base64.
      content text not null check (content like 'enc1:%'),
      uploaded_by text not null,
      uploaded_at timestamptz not null
    );
  `.execute(db);
  await sql`create index case_documents_case on case_documents (case_id)`.execute(db);
}
