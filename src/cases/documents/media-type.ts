/**
 * What a file is, from its own bytes (file-type reads the signatures), never
 * from the name or the type the browser claims: a renamed executable is not
 * a scan. Only DOCUMENT_TYPES are accepted.
 */
import { fileTypeFromBuffer } from 'file-type';
import { DOCUMENT_TYPES, type DocumentType } from './schema.ts';

const ACCEPTED: ReadonlySet<string> = new Set(DOCUMENT_TYPES);

/** The accepted media type of `bytes`, or null. */
export async function documentType(bytes: Uint8Array): Promise<DocumentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && ACCEPTED.has(found.mime) ? (found.mime as DocumentType) : null;
}
