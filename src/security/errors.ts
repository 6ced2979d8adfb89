/**
 * Errors raised by the security primitives. Each carries a stable `code` the
 * edges map to exit codes or HTTP statuses, and a message a person can act
 * on. Messages never contain key material, passwords, tokens, plaintext or
 * personal data: they end up in logs.
 */

export const SECURITY_ERROR_CODES = [
  /** The key file is missing, unreadable, or not a valid objector key file. */
  'key_file_invalid',
  /** The key file can be read by other users of the machine. */
  'key_file_permissions',
  /** OBJECTOR_KEY is not valid base64 of a 32-byte key or of a key file. */
  'key_env_invalid',
  /** A ciphertext names a key version the keyring does not hold. */
  'key_version_unknown',
  /** A ciphertext is malformed, was altered, or belongs to another field or row. */
  'decrypt_failed',
  /** A stored password hash is not a valid argon2id encoding. */
  'password_hash_invalid',
  /** An audit entry is malformed (e.g. details carrying long free text). */
  'audit_entry_invalid',
  /** The audit anchor file is unreadable or malformed. */
  'audit_anchor_invalid',
] as const;

export type SecurityErrorCode = (typeof SECURITY_ERROR_CODES)[number];

export class SecurityError extends Error {
  override readonly name = 'SecurityError';
  /**
   * Expected errors come from configuration or stored data and are shown to
   * the operator; `decrypt_failed` and the audit ones may signal tampering
   * and should also be reported.
   */
  readonly expected: boolean;

  constructor(
    readonly code: SecurityErrorCode,
    message: string,
    options: { expected?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.expected = options.expected ?? true;
  }
}
