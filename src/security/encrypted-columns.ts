/**
 * Every encrypted column in the store, declared once: `keys rotate`
 * re-encrypts exactly these, and the leak tests check them. A new table with
 * sensitive fields (case files, persons) adds a line here.
 * Each ciphertext is bound to (table, column, value of `id`).
 */
export interface EncryptedTable {
  table: string;
  /** The column holding the row's stable id (the rowId of the field context). */
  id: string;
  columns: readonly string[];
}

export const ENCRYPTED_COLUMNS: readonly EncryptedTable[] = Object.freeze([
  { table: 'notes', id: 'id', columns: ['author', 'body', 'contact'] },
  { table: 'cases', id: 'id', columns: ['title', 'person_name', 'birth_date', 'unit', 'last_contact_on'] },
  { table: 'case_status', id: 'id', columns: ['note'] },
  { table: 'case_whereabouts', id: 'id', columns: ['place', 'place_ref', 'how_known'] },
  { table: 'case_contacts', id: 'id', columns: ['counterpart', 'summary'] },
  { table: 'case_family', id: 'id', columns: ['name', 'relation', 'contact'] },
  { table: 'case_appeals', id: 'id', columns: ['addressee', 'subject', 'response'] },
  { table: 'case_tasks', id: 'id', columns: ['title'] },
  { table: 'case_links', id: 'id', columns: ['reason'] },
  { table: 'case_challenges', id: 'id', columns: ['question'] },
  { table: 'case_pfif_records', id: 'id', columns: ['record'] },
  { table: 'case_documents', id: 'id', columns: ['filename', 'content'] },
  { table: 'users', id: 'id', columns: ['totp_secret'] },
]);
