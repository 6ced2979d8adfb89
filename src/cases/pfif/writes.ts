/**
 * The writes an import makes inside its one transaction: a case row (the
 * repository's insertCase) and a case note (insertNote), each audited there.
 */
import type { Transaction } from 'kysely';
import { insertNote } from '../../security/notes/notes.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { auditCase } from '../case-rows.ts';
import { insertCase as insertCaseRow } from '../repository.ts';
import type { CaseInput } from '../schema.ts';

/** A person case in triage, remembered by its PFIF person_record_id. */
export function insertCase(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  input: CaseInput,
  externalId: string,
): Promise<string> {
  return insertCaseRow(
    trx,
    security,
    actor,
    { ...input, kind: 'person' },
    { state: 'triage', origin: 'pfif', externalId },
  );
}

/** A free note on the case (the notes table, subject 'case'). */
export async function insertCaseNote(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  note: { author: string | null; body: string },
): Promise<void> {
  await insertNote(trx, security, actor, {
    subjectKind: 'case',
    subjectId: caseId,
    author: note.author,
    body: note.body,
  });
  await auditCase(trx, security, actor, 'update', caseId, { part: 'note' });
}
