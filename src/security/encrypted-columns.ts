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
  { table: 'users', id: 'id', columns: ['totp_secret'] },
]);
