/**
 * Notes: private notes about a record, the first sensitive data in the store
 * (case files will reuse the same pattern). Author, body and contact are
 * encrypted fields bound to their row; the contact has a blind index for
 * exact lookup. Every read of a note and every change is audited in the same
 * transaction, by note id (never its content).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, NoteTable } from '../../store/db-types.ts';
import { blindIndex } from '../crypto/blind-index.ts';
import { decryptField, encryptField } from '../crypto/fields.ts';
import type { Security } from '../services.ts';
import { normaliseContact } from './contact.ts';

export interface NoteInput {
  subjectKind: string;
  subjectId: string;
  author?: string | null;
  body: string;
  contact?: string | null;
}

export interface Note {
  id: string;
  subjectKind: string;
  subjectId: string;
  author: string | null;
  body: string;
  contact: string | null;
  createdBy: string;
  createdAt: string;
}

const CONTACT_PURPOSE = 'notes.contact';
const LIST_LIMIT = 200;

export async function createNote(db: Kysely<DB>, security: Security, actor: string, input: NoteInput) {
  return db.transaction().execute((trx) => insertNote(trx, security, actor, input));
}

/** A note, inside the caller's transaction (a use case writing a note with other rows); audited there. */
export async function insertNote(trx: Transaction<DB>, security: Security, actor: string, input: NoteInput) {
  const id = `note_${randomBytes(12).toString('base64url')}`;
  const seal = (column: string, value: string | null | undefined) =>
    value == null || value === ''
      ? null
      : encryptField(security.keyring, value, { table: 'notes', column, rowId: id });
  const contact = input.contact?.trim() || null;
  const row = await trx
    .insertInto('notes')
    .values({
      id,
      subject_kind: input.subjectKind,
      subject_id: input.subjectId,
      author: seal('author', input.author),
      body: seal('body', input.body) as string,
      contact: seal('contact', contact),
      contact_index: contact ? contactIndex(security, contact) : null,
      created_by: actor,
      created_at: security.now(),
      updated_at: security.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await security.audit.record(trx, { actor, action: 'create', targetKind: 'notes', targetId: id });
  return open(security, row);
}

/**
 * Which notes a caller may reach by id or contact: the general notes API
 * excludes the kinds another capability guards (a case's notes are read
 * through the case, with the cases right).
 */
export interface NoteScope {
  excludeKinds?: readonly string[];
}

/** One note, or null; the view is audited. */
export async function readNote(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
  scope: NoteScope = {},
) {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('notes').selectAll().where('id', '=', id);
    if (scope.excludeKinds?.length) query = query.where('subject_kind', 'not in', [...scope.excludeKinds]);
    const row = await query.executeTakeFirst();
    if (!row) return null;
    await auditViews(trx, security, actor, [row.id]);
    return open(security, row);
  });
}

/** The notes about one record, oldest first; each note shown is audited as viewed. */
export async function listNotes(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  subject: { kind: string; id: string },
): Promise<Note[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('notes')
      .selectAll()
      .where('subject_kind', '=', subject.kind)
      .where('subject_id', '=', subject.id)
      .orderBy('created_at')
      .orderBy('id')
      .limit(LIST_LIMIT)
      .execute();
    await auditViews(
      trx,
      security,
      actor,
      rows.map((r) => r.id),
    );
    return rows.map((r) => open(security, r));
  });
}

/** Notes whose contact is exactly `contact` (after normalisation), found through the blind index. */
export async function findNotesByContact(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  contact: string,
  scope: NoteScope = {},
) {
  const wanted = normaliseContact(contact);
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('notes')
      .selectAll()
      .where('contact_index', '=', contactIndex(security, contact));
    if (scope.excludeKinds?.length) query = query.where('subject_kind', 'not in', [...scope.excludeKinds]);
    const rows = await query.orderBy('id').limit(LIST_LIMIT).execute();
    // The index is a candidate filter: confirm each match on the decrypted value.
    const notes = rows
      .map((r) => open(security, r))
      .filter((n) => n.contact && normaliseContact(n.contact) === wanted);
    await auditViews(
      trx,
      security,
      actor,
      notes.map((n) => n.id),
    );
    return notes;
  });
}

export async function deleteNote(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  id: string,
  scope: NoteScope = {},
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    let query = trx.deleteFrom('notes').where('id', '=', id);
    if (scope.excludeKinds?.length) query = query.where('subject_kind', 'not in', [...scope.excludeKinds]);
    const done = await query.executeTakeFirst();
    if (done.numDeletedRows === 0n) return false;
    await security.audit.record(trx, { actor, action: 'delete', targetKind: 'notes', targetId: id });
    return true;
  });
}

function contactIndex(security: Security, contact: string): string {
  return blindIndex(security.keyring, contact, CONTACT_PURPOSE, { normalise: normaliseContact });
}

async function auditViews(trx: Transaction<DB>, security: Security, actor: string, ids: string[]) {
  for (const id of ids)
    await security.audit.record(trx, { actor, action: 'view', targetKind: 'notes', targetId: id });
}

function open(security: Security, row: Selectable<NoteTable>): Note {
  const clear = (column: string, value: string | null) =>
    value === null ? null : decryptField(security.keyring, value, { table: 'notes', column, rowId: row.id });
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    author: clear('author', row.author),
    body: clear('body', row.body) as string,
    contact: clear('contact', row.contact),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
