/**
 * References given to families whose report was attached to an existing
 * case (intake.ts explains why they are not told the case's own reference).
 * Kept so that a caseworker searching by the reference a caller quotes finds
 * the case (list.ts); the reference names nobody, like cases.ref.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../store/db-types.ts';

export async function recordReceipt(
  trx: Transaction<DB>,
  caseId: string,
  ref: string,
  issuedAt: Date,
): Promise<void> {
  await trx.insertInto('case_receipts').values({ ref, case_id: caseId, issued_at: issuedAt }).execute();
}
