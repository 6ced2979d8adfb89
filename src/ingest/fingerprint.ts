/**
 * Fingerprints for finding copies: an exact hash of the normalised text, and
 * a MinHash signature over word shingles with LSH band keys, so the store can
 * look near-duplicates (syndicated reprints) up by index and confirm them
 * with estimateJaccard. All pure and deterministic: the same text gives the
 * same fingerprints on every machine and in every release that keeps
 * FINGERPRINT_VERSION.
 */
import { createHash } from 'node:crypto';

/** Changes whenever normalisation, shingling or hashing changes (stored fingerprints must then be recomputed). */
export const FINGERPRINT_VERSION = 1;
/**
 * Words per shingle. Measured on the generated reports of
 * test/support/reports.ts (70 words each): 4 keeps their reprints (one
 * sentence of five dropped, three words changed) at Jaccard ≥ 0.5 while
 * reports from the same template with other places and acts stay under 0.41;
 * with 3, template siblings reach 0.56; with 5, those reprints fall to 0.45.
 */
export const SHINGLE_WORDS = 4;
/** Hash functions in a signature (its length). 256 keeps the estimate's error near ±0.03. */
export const SIGNATURE_LENGTH = 256;
/**
 * LSH: LSH_BANDS × LSH_ROWS = SIGNATURE_LENGTH. Two texts share at least one
 * band with probability 1 − (1 − J⁴)⁶⁴: 0.93 at J = 0.45, 0.98 at 0.5, 0.40
 * at 0.3, 0.006 at 0.1; candidates are then confirmed with estimateJaccard.
 */
export const LSH_BANDS = 64;
export const LSH_ROWS = 4;
/**
 * Texts with fewer words get an empty signature and are matched by exact hash
 * only: in a one-sentence post a single changed word (a number, a town) makes
 * a different report, and shingles of a few words cannot tell that from an edit.
 */
export const MIN_WORDS_FOR_NEAR_DUPLICATE = 25;
/**
 * Estimated Jaccard similarity (of 4-word shingle sets) at and above which a
 * text is a near-duplicate of another. Chosen with fingerprint.test.ts: on
 * the invented test reports, a new headline scores 0.91–0.95, a paragraph
 * removed 0.70–0.75, and independently written reports of the same events
 * 0.02. A report told again with only its figure changed is linked too: it
 * is the same story, and counting takes the best-supported figure.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.45;

const DOUBLE_QUOTES =
  /[\u0022\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033\u2036\u275d\u275e\u301d\u301e\uff02]/g;
const SINGLE_QUOTES =
  /[\u0027\u0060\u00b4\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u275b\u275c\uff07]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text as compared for exact copies: Unicode NFKC, case folded (ё read as
 * е, as Russian print mostly does), quotes and dashes unified, invisible
 * characters dropped, whitespace collapsed to single spaces and trimmed.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** SHA-256 (hex) of the normalised text: equal for copies that differ only in case, spacing, quotes or dashes. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

/** The words of the normalised text (letters and digits; punctuation dropped). */
export function fingerprintWords(text: string): string[] {
  return normalizeForHash(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * MinHash signature of the text's 4-word shingles: SIGNATURE_LENGTH values,
 * or an empty array for texts under MIN_WORDS_FOR_NEAR_DUPLICATE words (they
 * are matched by contentHash only; lshBandKeys gives them no keys and
 * estimateJaccard scores them 0).
 */
export function minhashSignature(text: string): Uint32Array {
  const words = fingerprintWords(text);
  if (words.length < MIN_WORDS_FOR_NEAR_DUPLICATE) return new Uint32Array(0);
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = murmur3(words.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      // Each "hash function" re-mixes the shingle's hash with its own seed.
      const value = fmix32(shingle ^ SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

/** LSH keys of a signature, one per band ('07:' + the band's four values in hex); none for an empty signature. */
export function lshBandKeys(signature: Uint32Array): string[] {
  if (signature.length === 0) return [];
  if (signature.length !== SIGNATURE_LENGTH) {
    throw new RangeError(`a signature has ${SIGNATURE_LENGTH} values, not ${signature.length}`);
  }
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let key = `${String(band).padStart(2, '0')}:`;
    for (let row = 0; row < LSH_ROWS; row++) {
      key += signature[band * LSH_ROWS + row]!.toString(16).padStart(8, '0');
    }
    keys.push(key);
  }
  return keys;
}

/** Share of equal positions in two signatures: an estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length !== b.length)
    throw new RangeError(`signatures of different lengths (${a.length}, ${b.length})`);
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal++;
  return equal / a.length;
}

/** Per-function seeds: fixed for a FINGERPRINT_VERSION. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  for (let k = 0; k < SIGNATURE_LENGTH; k++) seeds[k] = fmix32(Math.imul(k + 1, 0x9e3779b9));
  return seeds;
})();

/** MurmurHash3 (x86, 32-bit, seed 0) over the UTF-16 code units of `text`. */
function murmur3(text: string): number {
  let h = 0;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    h = mixBlock(h, (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)) >>> 0);
  }
  if (i < length) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  return fmix32(h ^ (length * 2));
}

function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit values with full avalanche. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
