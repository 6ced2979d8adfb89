/**
 * The `cases` row itself: finding it inside a transaction, opening its
 * encrypted fields, and auditing an action on it. Every other case module
 * builds on these three.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditAction, AuditDetails } from '../security/audit/entry.ts';
import type { Security } from '../security/services.ts';
import type { CaseTable, DB } from '../store/db-types.ts';
import { CaseError } from './errors.ts';
import { rowSeal } from './sealed.ts';

export type CaseRow = Selectable<CaseTable>;

/** The case row; throws case_not_found. */
export async function requireCase(trx: Transaction<DB> | Kysely<DB>, id: string): Promise<CaseRow> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CaseError('case_not_found', 'no case with this id');
  return row;
}

/** The case's personal fields, decrypted. */
export function openCase(
  security: Security,
  row: CaseRow,
): {
  title: string;
  personName: string | null;
  birthDate: string | null;
  unit: string | null;
  lastContactOn: string | null;
} {
  const s = rowSeal(security, 'cases', row.id);
  return {
    title: s.open('title', row.title) as string,
    personName: s.open('person_name', row.person_name),
    birthDate: s.open('birth_date', row.birth_date),
    unit: s.open('unit', row.unit),
    lastContactOn: s.open('last_contact_on', row.last_contact_on),
  };
}

/** One audit entry about a case, in the caller's transaction. Details are short facts, never case data. */
export async function auditCase(
  trx: Transaction<DB> | Kysely<DB>,
  security: Security,
  actor: string,
  action: AuditAction,
  caseId: string,
  details?: AuditDetails,
): Promise<void> {
  await security.audit.record(trx, { actor, action, targetKind: 'cases', targetId: caseId, details });
}
