/**
 * Errors raised while reading and parsing input files. Each carries a stable
 * `code` the edges (CLI, API) map to exit codes or HTTP statuses, and a
 * message a person can act on. Messages never quote document content: the
 * people in these documents can be endangered by what leaks into logs.
 */

export const INGEST_ERROR_CODES = [
  /** The path does not exist. */
  'not_found',
  /** The path exists but cannot be read (permissions, not a regular file). */
  'unreadable',
  /** Zero bytes, only whitespace, or no item with text. */
  'empty',
  /** NUL bytes or many control characters: not a text file. */
  'binary',
  /** Larger than the caller's size limit, or needing more memory to parse than the parse budget allows. */
  'too_large',
  /** Nested deeper than the format's limit (elements, lists, quotes, YAML): refused before parsing. */
  'too_deep',
  /** Parsing took longer than the time budget; the parser was stopped. */
  'too_slow',
  /** The parser stopped unexpectedly (a crash of the parsing worker); the file may still be fine. */
  'parse_failed',
  /** Neither the extension nor the content says which format this is. */
  'unknown_format',
  /** A .json file that is not valid JSON. */
  'invalid_json',
  /** Valid JSON that is not a Telegram Desktop chat export. */
  'invalid_export',
  /** A CSV file that cannot be read as a table with a header and a text column. */
  'invalid_csv',
  /** Markdown front matter that is not valid YAML or has fields of the wrong kind. */
  'invalid_front_matter',
  /** The bytes are not valid in the encoding they declare (e.g. a UTF-16 BOM with an odd length). */
  'decode_failed',
] as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

/** Where in the file the problem is, when known (1-based). */
export interface IngestErrorLocation {
  line?: number;
  column?: number;
  /** CSV row, numbered by the line it starts on (the header is row 1). */
  row?: number;
}

export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;
  /** The input file the error is about, when known; the message does not repeat it. */
  readonly path: string | null;
  readonly location: IngestErrorLocation | null;
  /** Always true: these are problems with the input, to be reported to the user, not bugs. */
  readonly expected = true;

  constructor(
    code: IngestErrorCode,
    message: string,
    options: { path?: string | null; location?: IngestErrorLocation | null } = {},
  ) {
    super(message);
    this.code = code;
    this.path = options.path ?? null;
    this.location = options.location ?? null;
  }

  /** The same error, attributed to `path` (used by parseFile so format parsers need not know the path). */
  withPath(path: string): IngestError {
    if (this.path === path) return this;
    const copy = new IngestError(this.code, this.message, { path, location: this.location });
    copy.stack = this.stack;
    return copy;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}
