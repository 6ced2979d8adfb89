/**
 * Errors of the case capability: a stable code and a message a caseworker can
 * act on. Messages never carry case data (names, contacts, answers): they
 * name the field or the id only.
 */
export type CaseErrorCode =
  | 'case_not_found'
  | 'item_not_found'
  | 'invalid_transition'
  | 'invalid_input'
  | 'unknown_template'
  | 'throttled'
  | 'too_large'
  | 'unsupported_type'
  | 'pfif_invalid';

export class CaseError extends Error {
  override readonly name = 'CaseError';
  constructor(
    readonly code: CaseErrorCode,
    message: string,
    /** For 'throttled': seconds until another attempt is allowed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
