/**
 * Sealing and opening the encrypted fields of one row of a case table: every
 * case repository goes through this, so a field is always bound to its
 * table, column and row id (src/security/crypto/fields.ts), and an empty
 * value is stored as null rather than as an encrypted empty string.
 */
import { randomBytes } from 'node:crypto';
import { decryptField, encryptField } from '../security/crypto/fields.ts';
import type { Security } from '../security/services.ts';

export interface RowSeal {
  /** Encrypts a value for `column` of this row; null for null, undefined or blank. */
  seal(column: string, value: string | null | undefined): string | null;
  /** Decrypts a stored value of `column`; null stays null. */
  open(column: string, stored: string | null): string | null;
}

/** The sealer of row `rowId` of `table`. */
export function rowSeal(security: Security, table: string, rowId: string): RowSeal {
  return {
    seal(column, value) {
      if (value == null || value.trim() === '') return null;
      return encryptField(security.keyring, value, { table, column, rowId });
    },
    open(column, stored) {
      if (stored === null) return null;
      return decryptField(security.keyring, stored, { table, column, rowId });
    },
  };
}

/** A new random row id with a readable prefix ("case_", "appeal_"). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
