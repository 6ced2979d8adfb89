/** Errors raised by extraction, each with a stable code the edges map to exit or HTTP codes. */

export type ExtractErrorCode = 'EMPTY_TEXT' | 'BAD_PUBLISHED_DATE';

/** An input extraction cannot work on; the message is safe to show (it never quotes the text). */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  /** Expected errors come from bad input, not from bugs. */
  readonly expected = true;

  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
