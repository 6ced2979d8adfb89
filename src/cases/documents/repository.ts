/**
 * Attaching documents to a case and reading them back. The file and its
 * name are sealed like every personal field of a case (rowSeal, bound to
 * case_documents/<column>/<id>; the bytes as base64 text); the type is
 * checked from the bytes and the size limited before anything is stored.
 * Attaching is audited as a change of the case, reading a document as an
 * export (it leaves the system as a file).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { CaseDocumentTable, DB } from '../../store/db-types.ts';
import { requireAppeal } from '../appeals/repository.ts';
import { auditCase, requireCase } from '../case-rows.ts';
import { CaseError } from '../errors.ts';
import { newId, rowSeal } from '../sealed.ts';
import { isoTime } from '../time.ts';
import { documentType } from './media-type.ts';
import { type CaseDocument, DOCUMENT_MAX_BYTES, DocumentInput, type DocumentType } from './schema.ts';

/** Stores a document on a case; throws invalid_input for a file too large, empty or of a type not accepted. */
export async function attachDocument(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: DocumentInput,
  bytes: Uint8Array,
): Promise<CaseDocument> {
  const parsed = DocumentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CaseError('invalid_input', `${issue?.path.join('.') || 'document'}: ${issue?.message}`);
  }
  const d = parsed.data;
  if (bytes.byteLength === 0) throw new CaseError('invalid_input', 'file: the file is empty');
  if (bytes.byteLength > DOCUMENT_MAX_BYTES)
    throw new CaseError(
      'too_large',
      `file: a document may be at most ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`,
    );
  const mediaType = await documentType(bytes);
  if (!mediaType)
    throw new CaseError(
      'unsupported_type',
      'file: only PDF, JPEG, PNG, WebP, TIFF or HEIC files are accepted',
    );
  const id = newId('doc');
  const s = rowSeal(security, 'case_documents', id);
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    if (d.appealId) await requireAppeal(trx, caseId, d.appealId);
    const row = await trx
      .insertInto('case_documents')
      .values({
        id,
        case_id: caseId,
        appeal_id: d.appealId ?? null,
        kind: d.kind,
        filename: s.seal('filename', d.filename) as string,
        media_type: mediaType,
        byte_size: bytes.byteLength,
        content: s.seal('content', Buffer.from(bytes).toString('base64')) as string,
        uploaded_by: actor,
        uploaded_at: security.now(),
      })
      .returning([
        'id',
        'case_id',
        'appeal_id',
        'kind',
        'filename',
        'media_type',
        'byte_size',
        'uploaded_by',
        'uploaded_at',
      ])
      .executeTakeFirstOrThrow();
    await trx.updateTable('cases').set({ updated_at: security.now() }).where('id', '=', caseId).execute();
    await auditCase(trx, security, actor, 'update', caseId, { part: 'document', document: id, kind: d.kind });
    return openDocument(security, row);
  });
}

/** The documents of a case without their content, oldest first; part of reading the case file (audited there). */
export async function listDocuments(
  db: Kysely<DB>,
  security: Security,
  caseId: string,
): Promise<CaseDocument[]> {
  const rows = await db
    .selectFrom('case_documents')
    .select([
      'id',
      'case_id',
      'appeal_id',
      'kind',
      'filename',
      'media_type',
      'byte_size',
      'uploaded_by',
      'uploaded_at',
    ])
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => openDocument(security, r));
}

/** One document with its bytes, decrypted; audited as an export. Throws item_not_found. */
export async function readDocument(
  db: Kysely<DB>,
  security: Security,
  actor: string,
  caseId: string,
  documentId: string,
): Promise<{ document: CaseDocument; bytes: Uint8Array }> {
  return db.transaction().execute(async (trx) => {
    await requireCase(trx, caseId);
    const row = await trx
      .selectFrom('case_documents')
      .selectAll()
      .where('id', '=', documentId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!row) throw new CaseError('item_not_found', 'no document with this id on this case');
    await auditCase(trx, security, actor, 'export', caseId, { part: 'document', document: documentId });
    const content = rowSeal(security, 'case_documents', row.id).open('content', row.content) as string;
    return { document: openDocument(security, row), bytes: new Uint8Array(Buffer.from(content, 'base64')) };
  });
}

type ListedRow = Omit<Selectable<CaseDocumentTable>, 'content'>;

function openDocument(security: Security, row: ListedRow): CaseDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    appealId: row.appeal_id,
    kind: row.kind as CaseDocument['kind'],
    filename: rowSeal(security, 'case_documents', row.id).open('filename', row.filename) as string,
    mediaType: row.media_type as DocumentType,
    byteSize: row.byte_size,
    uploadedBy: row.uploaded_by,
    uploadedAt: isoTime(row.uploaded_at),
  };
}
