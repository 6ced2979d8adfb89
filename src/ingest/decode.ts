/**
 * Bytes to text. Order of evidence: a byte-order mark; valid UTF-8; a charset
 * the document declares (HTML <meta charset>); for other single-byte text, a
 * Russian letter-frequency check between Windows-1251 and KOI8-R, and chardet
 * for anything that does not look Cyrillic. TextDecoder does the decoding
 * (Node's full ICU supports all of these).
 */
import chardet from 'chardet';
import { looksCyrillic, pickCyrillicEncoding } from './cyrillic.ts';
import { IngestError } from './errors.ts';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used ('utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', ...). */
  encoding: string;
}

/** How many bytes from the start are examined for binary content. */
const BINARY_SAMPLE = 1024;
/** Above this share of control characters in the sample, the file is not text. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * A file that is UTF-8 apart from a few damaged characters (at most one per
 * 20 good non-ASCII ones) is still read as UTF-8. Text in a legacy encoding
 * read as UTF-8 is nearly all damage.
 */
const MAX_DAMAGED_PER_GOOD = 1 / 20;

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * True when the first KB holds a NUL byte or more than 5% control characters
 * (other than tab, line feed, form feed, carriage return). UTF-16 with a BOM
 * is text even though half its bytes are NUL.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controls++;
    }
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/**
 * Decodes `bytes`. `declared` is a charset label the document states about
 * itself; it is used only when the bytes are neither BOM-marked nor valid UTF-8.
 * Throws IngestError 'decode_failed' when a BOM-marked file is not valid in its encoding.
 */
export function decodeBytes(bytes: Uint8Array, options: { declared?: string | null } = {}): Decoded {
  const bom = detectBom(bytes);
  if (bom !== null) return decodeStrict(bytes, bom);

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const declared = supportedSingleByte(options.declared ?? null);
  if (declared !== null) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };

  if (looksCyrillic(bytes)) return pickCyrillicEncoding(bytes);

  const guess = supportedSingleByte(chardet.detect(bytes)) ?? 'windows-1252';
  return { text: new TextDecoder(guess).decode(bytes), encoding: guess };
}

function decodeStrict(bytes: Uint8Array, encoding: Bom): Decoded {
  try {
    // The decoder removes the BOM itself.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const name = encoding.toUpperCase();
    throw new IngestError(
      'decode_failed',
      `the file starts with a ${name} byte-order mark but is not valid ${name}; save it again as UTF-8`,
    );
  }
}

/** The text if `bytes` are UTF-8, allowing a very few damaged characters; otherwise null. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let nonAscii = 0;
    let damaged = 0;
    for (const char of text) {
      if (char === '\ufffd') damaged++;
      else if (char >= '\u0080') nonAscii++;
    }
    return damaged <= MAX_DAMAGED_PER_GOOD * nonAscii ? text : null;
  }
}

/** The WHATWG name of `label` when TextDecoder supports it and it is a single-byte encoding; else null. */
function supportedSingleByte(label: string | null): string | null {
  if (label === null) return null;
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  // Multi-byte guesses (UTF-*, Shift_JIS, GB18030, ...) are never right for bytes that failed UTF-8 here.
  return name.startsWith('windows-') ||
    name.startsWith('iso-8859-') ||
    name.startsWith('koi8') ||
    name === 'ibm866'
    ? name
    : null;
}
