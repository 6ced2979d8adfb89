/**
 * Which records of a PFIF file are this store's own, and which case a record
 * names. A record id is "domain/local id"; only ids under the installation's
 * own domain can name a case opened here ("objector.invalid/case_x" is case_x
 * exported and coming back). An id under any other domain never does, even
 * when its local part looks like one of our ids ("evil.example/case_x" is a
 * stranger's record): it can only name a case cloned from that very record.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { recordDomain } from './import-plan.ts';

/** The local part of a record id ("objector.invalid/case_x" → "case_x"). */
function localPart(recordId: string): string {
  return recordId.slice(recordId.indexOf('/') + 1);
}

/** Whether `recordId` is under `ownDomain` (domains compare without case, as DNS names do). */
export function isOwnRecord(recordId: string, ownDomain: string): boolean {
  return recordDomain(recordId) === ownDomain.toLowerCase();
}

/**
 * The case imported under this person_record_id, or, for an id under the own
 * domain only, the case of this store it names (an export coming back).
 */
export async function caseOfPerson(
  trx: Transaction<DB>,
  personId: string,
  ownDomain: string,
): Promise<string | null> {
  const imported = await trx
    .selectFrom('cases')
    .select('id')
    .where('external_id', '=', personId)
    .executeTakeFirst();
  if (imported) return imported.id;
  const local = localPart(personId);
  if (!isOwnRecord(personId, ownDomain) || !local.startsWith('case_')) return null;
  const own = await trx.selectFrom('cases').select('id').where('id', '=', local).executeTakeFirst();
  return own?.id ?? null;
}

/** Whether the note is one of this case's own entries, exported from this store (own domain) and coming back. */
export async function isOwnEntry(
  trx: Transaction<DB>,
  caseId: string,
  noteId: string,
  ownDomain: string,
): Promise<boolean> {
  if (!isOwnRecord(noteId, ownDomain)) return false;
  const local = localPart(noteId);
  const table = local.startsWith('status_')
    ? 'case_status'
    : local.startsWith('where_')
      ? 'case_whereabouts'
      : local.startsWith('contact_')
        ? 'case_contacts'
        : null;
  if (!table) return false;
  const row = await trx
    .selectFrom(table)
    .select('id')
    .where('id', '=', local)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The person_record_id a case was imported from; null for a case opened here. */
export async function cloneOf(trx: Transaction<DB>, caseId: string): Promise<string | null> {
  const row = await trx.selectFrom('cases').select('external_id').where('id', '=', caseId).executeTakeFirst();
  return row?.external_id ?? null;
}
