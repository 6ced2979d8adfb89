/**
 * Tells Windows-1251 from KOI8-R by decoding the bytes both ways and asking
 * which result reads like Russian. chardet alone is not enough: on a
 * 20-letter sentence in KOI8-R it answers ISO-8859-7 (Greek), and its
 * confidence on short cp1251 texts is low. Both encodings put all 66 Russian
 * letters in the upper half but in different places, so a wrong guess turns
 * text into a jumble of rare letters with upper case inside words.
 */

import letters from '../../data/ingest/russian-letter-frequency.json' with { type: 'json' };

/** Share of each lower-case letter in Russian prose (Russian National Corpus, rounded). */
const RUSSIAN_LETTER_FREQUENCY: Readonly<Record<string, number>> = letters.frequency;

/** Log-probability of anything that is not a Russian letter or common punctuation (e.g. box drawing). */
const UNLIKELY = Math.log(0.00005);
/** An upper-case letter right after a lower-case one ("сОЛДАТ") is what a wrong code page looks like. */
const CASE_BREAK = Math.log(0.02);
/** Non-ASCII punctuation that real Russian text uses: « » „ “ ” ‘ ’ – — … № and the no-break space. */
const PUNCTUATION = new Set(['«', '»', '„', '“', '”', '‘', '’', '–', '—', '…', '№', '\u00a0']);

/** How much `text` reads like Russian: higher is better; only meaningful to compare decodings of the same bytes. */
export function russianScore(text: string): number {
  let score = 0;
  let previousLower = false;
  for (const char of text) {
    if (char < '\u0080') {
      previousLower = false;
      continue;
    }
    const lower = char.toLowerCase();
    const frequency = RUSSIAN_LETTER_FREQUENCY[lower];
    if (frequency !== undefined) {
      score += Math.log(frequency);
      const isUpper = lower !== char;
      if (isUpper && previousLower) score += CASE_BREAK;
      previousLower = !isUpper;
    } else {
      if (!PUNCTUATION.has(char)) score += UNLIKELY;
      previousLower = false;
    }
  }
  return score;
}

export const CYRILLIC_SINGLE_BYTE = ['windows-1251', 'koi8-r'] as const;
export type CyrillicEncoding = (typeof CYRILLIC_SINGLE_BYTE)[number];

/** Bytes looked at to choose: plenty for any text, and cheap on a large file. */
const SAMPLE_BYTES = 64 * 1024;

/** Whichever of Windows-1251 and KOI8-R makes `bytes` read more like Russian, with the decoded text. */
export function pickCyrillicEncoding(bytes: Uint8Array): { encoding: CyrillicEncoding; text: string } {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: { encoding: CyrillicEncoding; score: number } | null = null;
  for (const encoding of CYRILLIC_SINGLE_BYTE) {
    const score = russianScore(new TextDecoder(encoding).decode(sample));
    if (best === null || score > best.score) best = { encoding, score };
  }
  return { encoding: best!.encoding, text: new TextDecoder(best!.encoding).decode(bytes) };
}

/**
 * Whether single-byte text looks Cyrillic rather than, say, Western European.
 * Russian words are written entirely with upper-half bytes, so such bytes sit
 * next to each other; in Latin-1 text an accented letter sits between ASCII
 * letters ("café", "Straße").
 */
export function looksCyrillic(bytes: Uint8Array): boolean {
  let highPairs = 0;
  let mixedPairs = 0;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 1; i < end; i++) {
    const a = bytes[i - 1]!;
    const b = bytes[i]!;
    const aHigh = a >= 0x80;
    const bHigh = b >= 0x80;
    if (aHigh && bHigh) highPairs++;
    else if ((aHigh && isAsciiLetter(b)) || (bHigh && isAsciiLetter(a))) mixedPairs++;
  }
  return highPairs > 0 && highPairs >= 2 * mixedPairs;
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}
