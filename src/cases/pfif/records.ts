/**
 * The rows of case_pfif_records (migration 0031): which case and entries an
 * imported PFIF record became, with the record itself sealed as JSON
 * (bound to case_pfif_records/record/<row id>).
 */
import type { Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { newId, rowSeal } from '../sealed.ts';
import type { NoteRecord, PersonRecord } from './fields.ts';
import type { ImportMeta } from './import-plan.ts';

const TABLE = 'case_pfif_records';

export interface StoredPerson {
  rowId: string;
  caseId: string;
  record: PersonRecord;
  meta: ImportMeta;
  importedAt: Date;
}

export interface StoredNote {
  caseId: string;
  record: NoteRecord;
  entryIds: (string | null)[];
  importedAt: Date;
}

/** The kept copy of an imported person, by its person_record_id. */
export async function findPerson(
  trx: Transaction<DB>,
  security: Security,
  recordId: string,
): Promise<StoredPerson | null> {
  const row = await trx
    .selectFrom(TABLE)
    .selectAll()
    .where('kind', '=', 'person')
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  if (!row) return null;
  const { record, meta } = JSON.parse(rowSeal(security, TABLE, row.id).open('record', row.record) as string);
  return { rowId: row.id, caseId: row.case_id, record, meta, importedAt: new Date(row.imported_at) };
}

export async function hasNote(trx: Transaction<DB>, recordId: string): Promise<boolean> {
  const row = await trx
    .selectFrom(TABLE)
    .select('id')
    .where('kind', '=', 'note')
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPersonRecord(
  trx: Transaction<DB>,
  security: Security,
  caseId: string,
  record: PersonRecord,
  meta: ImportMeta,
): Promise<void> {
  const id = newId('pfif');
  await trx
    .insertInto(TABLE)
    .values({
      id,
      kind: 'person',
      record_id: record.person_record_id as string,
      case_id: caseId,
      record: rowSeal(security, TABLE, id).seal('record', JSON.stringify({ record, meta })) as string,
      imported_at: security.now(),
    })
    .execute();
}

/** Replaces the kept copy of a person with a newer version of the record. */
export async function replacePersonRecord(
  trx: Transaction<DB>,
  security: Security,
  stored: StoredPerson,
  record: PersonRecord,
): Promise<void> {
  const sealed = rowSeal(security, TABLE, stored.rowId).seal(
    'record',
    JSON.stringify({ record, meta: stored.meta }),
  );
  await trx
    .updateTable(TABLE)
    .set({ record: sealed as string, imported_at: security.now() })
    .where('id', '=', stored.rowId)
    .execute();
}

export async function insertNoteRecord(
  trx: Transaction<DB>,
  security: Security,
  caseId: string,
  record: NoteRecord,
  entries: { statusId: string | null; whereaboutsId: string | null; contactId: string | null },
): Promise<void> {
  const id = newId('pfif');
  await trx
    .insertInto(TABLE)
    .values({
      id,
      kind: 'note',
      record_id: record.note_record_id as string,
      case_id: caseId,
      status_id: entries.statusId,
      whereabouts_id: entries.whereaboutsId,
      contact_id: entries.contactId,
      record: rowSeal(security, TABLE, id).seal('record', JSON.stringify({ record })) as string,
      imported_at: security.now(),
    })
    .execute();
}

/** The kept copies of the notes imported into these cases. */
export async function notesOf(
  trx: Transaction<DB>,
  security: Security,
  caseIds: string[],
): Promise<StoredNote[]> {
  if (caseIds.length === 0) return [];
  const rows = await trx
    .selectFrom(TABLE)
    .selectAll()
    .where('kind', '=', 'note')
    .where('case_id', 'in', caseIds)
    .execute();
  return rows.map((row) => ({
    caseId: row.case_id,
    record: JSON.parse(rowSeal(security, TABLE, row.id).open('record', row.record) as string).record,
    entryIds: [row.status_id, row.whereabouts_id, row.contact_id],
    importedAt: new Date(row.imported_at),
  }));
}

/** The kept copies of the persons imported as these cases, by case id. */
export async function personsOf(
  trx: Transaction<DB>,
  security: Security,
  caseIds: string[],
): Promise<Map<string, StoredPerson>> {
  if (caseIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom(TABLE)
    .selectAll()
    .where('kind', '=', 'person')
    .where('case_id', 'in', caseIds)
    .execute();
  return new Map(
    rows.map((row) => {
      const { record, meta } = JSON.parse(
        rowSeal(security, TABLE, row.id).open('record', row.record) as string,
      );
      const stored = {
        rowId: row.id,
        caseId: row.case_id,
        record,
        meta,
        importedAt: new Date(row.imported_at),
      };
      return [row.case_id, stored];
    }),
  );
}
