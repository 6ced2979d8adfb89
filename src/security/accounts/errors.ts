/** Errors of account management, with a stable code the edges map to exit codes or HTTP statuses. */
export type AccountErrorCode =
  | 'invalid_username'
  | 'username_taken'
  | 'not_found'
  | 'weak_password'
  /** The new password is the current one (e.g. the one-time password kept). */
  | 'same_password'
  | 'wrong_password'
  | 'invalid_role'
  | 'last_admin'
  | 'invalid_totp';

export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message);
  }
}
