/**
 * Ingest: reading input files into ParsedSources, and fingerprints for
 * finding copies. Pure apart from files.ts (the file-system adapter) and
 * worker/ (parsing on worker threads with a time and memory budget); the
 * store and the ingest use case live in src/sources/.
 */
export { normalizeDate } from './dates.ts';
export { decodeBytes, looksBinary } from './decode.ts';
export {
  INGEST_ERROR_CODES,
  IngestError,
  type IngestErrorCode,
  type IngestErrorLocation,
  isIngestError,
} from './errors.ts';
export { kindFromPath, SUPPORTED_EXTENSIONS } from './extensions.ts';
export {
  DEFAULT_MAX_INPUT_BYTES,
  type InputListing,
  listInputFiles,
  listInputs,
  readInput,
  type SkippedInput,
} from './files.ts';
export {
  contentHash,
  estimateJaccard,
  FINGERPRINT_VERSION,
  LSH_BANDS,
  LSH_ROWS,
  lshBandKeys,
  MIN_WORDS_FOR_NEAR_DUPLICATE,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  normalizeForHash,
  SHINGLE_WORDS,
  SIGNATURE_LENGTH,
} from './fingerprint.ts';
export { detectLanguage } from './language.ts';
export { parseFile } from './parse.ts';
export { ParsedSource, SourceFormat } from './source.ts';
