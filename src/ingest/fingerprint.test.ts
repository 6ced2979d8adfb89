import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  estimateJaccard,
  fingerprintWords,
  LSH_BANDS,
  lshBandKeys,
  MIN_WORDS_FOR_NEAR_DUPLICATE,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  normalizeForHash,
  SIGNATURE_LENGTH,
} from './fingerprint.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const EN = fixture('report-en.txt');
const EN_OTHER = fixture('report-en-other.txt');
const RU = fixture('report-ru.txt');
const RU_OTHER = fixture('report-ru-other.txt');

const similarity = (a: string, b: string) => estimateJaccard(minhashSignature(a), minhashSignature(b));
const paragraphs = (text: string) => text.split('\n\n');
const sharesBand = (a: string, b: string) => {
  const keys = new Set(lshBandKeys(minhashSignature(a)));
  return lshBandKeys(minhashSignature(b)).some((key) => keys.has(key));
};

/** Replaces the words at the given positions (counted over whitespace-separated words). */
function editWords(text: string, edits: Record<number, string>): string {
  let index = -1;
  return text.replace(/\S+/g, (word) => {
    index++;
    return edits[index] ?? word;
  });
}

/** The ways a reprint differs from its original, applied to an invented report. */
function reprints(text: string, added: string): Record<string, string> {
  const [headline, ...rest] = paragraphs(text);
  return {
    'new headline': ['A new headline written by the second outlet', ...rest].join('\n\n'),
    'paragraph added': [...paragraphs(text).slice(0, 3), added, ...paragraphs(text).slice(3)].join('\n\n'),
    'paragraph removed': [headline, ...rest.slice(0, 2), ...rest.slice(3)].join('\n\n'),
    'five words edited': editWords(text, {
      30: 'roughly',
      52: 'told',
      77: 'reporters',
      101: 'this',
      140: 'again',
    }),
    'headline, footer and edits': `${editWords(['Another headline', ...rest].join('\n\n'), { 40: 'said', 90: 'also' })}\n\nRepublished with permission.`,
  };
}

describe('normalizeForHash and contentHash', () => {
  it('unifies case, spacing, quotes, dashes, ё and compatibility forms', () => {
    expect(normalizeForHash('  «Рапорт»   подан —\u00a0ЁЖ\u200b  ')).toBe('"рапорт" подан - еж');
    expect(normalizeForHash('“Report” – filed ‘today’ ﬁne １２３')).toBe(
      '"report" - filed \'today\' fine 123',
    );
  });

  it('gives copies that differ only in such ways the same hash, and other texts another', () => {
    const copy = `\n${EN.toUpperCase().replace(/ /g, '  ').replace(/"/g, '“')}  `;
    expect(contentHash(copy)).toBe(contentHash(EN));
    expect(contentHash(EN)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(`${EN} More.`)).not.toBe(contentHash(EN));
  });
});

describe('near-duplicates', () => {
  const addedEn =
    'A spokesperson for the regional government said the deputy would raise the matter at the next session of the assembly, but declined to say when that would be.';
  const addedRu =
    'В пресс-службе округа на запрос не ответили, а в военной прокуратуре сообщили, что обращения родственников будут рассмотрены в установленный законом срок.';

  for (const [language, original, added] of [
    ['English', EN, addedEn],
    ['Russian', RU, addedRu],
  ] as const) {
    for (const [change, copy] of Object.entries(reprints(original, added))) {
      it(`${language}: a reprint with ${change} is a near-duplicate found by its LSH bands`, () => {
        expect(similarity(original, copy)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
        expect(sharesBand(original, copy)).toBe(true);
      });
    }
  }

  it('keeps different reports on the same events well below the threshold', () => {
    expect(similarity(EN, EN_OTHER)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD / 3);
    expect(similarity(RU, RU_OTHER)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD / 3);
    expect(similarity(EN, RU)).toBeLessThan(0.05);
  });

  it('keeps reports built from one template, with other places, units and acts, below the threshold', () => {
    const report = (n: number, unit: string, town: string, act: string, month: string, who: string) =>
      `At least ${n} soldiers of ${unit} stationed near ${town} ${act}, relatives told reporters. ` +
      `The men had asked their commanders for leave several times since ${month}, ${who} said. ` +
      `Lawyers who advise soldiers say relatives should write to the military prosecutor and keep copies. ` +
      `The ${unit} did not answer questions about the ${n} men sent on ${month === 'March' ? 'Monday' : 'Friday'}.`;
    const a = report(
      40,
      'the 64th brigade',
      'Bryansk',
      'filed reports asking to be discharged',
      'March',
      'one wife',
    );
    const b = report(
      75,
      'military unit 12345',
      'Belgorod',
      'refused to go back to the front',
      'January',
      'a mother',
    );
    expect(similarity(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    // The same report with only its figure changed is the same story told again.
    const c = report(
      45,
      'the 64th brigade',
      'Bryansk',
      'filed reports asking to be discharged',
      'March',
      'one wife',
    );
    expect(similarity(a, c)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });
});

describe('short texts', () => {
  const post = 'В Брянке в подвале держат не менее 30 военнослужащих, которые написали рапорты.';

  it('get no signature and no band keys: only an exact copy matches them', () => {
    expect(fingerprintWords(post).length).toBeLessThan(MIN_WORDS_FOR_NEAR_DUPLICATE);
    expect(minhashSignature(post)).toHaveLength(0);
    expect(lshBandKeys(minhashSignature(post))).toEqual([]);
    const other = post.replace('30', '40');
    expect(estimateJaccard(minhashSignature(post), minhashSignature(other))).toBe(0);
    expect(contentHash(`  ${post.toUpperCase()} `)).toBe(contentHash(post));
  });
});

describe('signatures and bands', () => {
  it('have the documented sizes', () => {
    const signature = minhashSignature(EN);
    expect(signature).toHaveLength(SIGNATURE_LENGTH);
    const keys = lshBandKeys(signature);
    expect(keys).toHaveLength(LSH_BANDS);
    expect(new Set(keys).size).toBe(LSH_BANDS);
    expect(keys[7]).toMatch(/^07:[0-9a-f]{32}$/);
  });

  it('are the same for the same text, every time and everywhere', () => {
    // Stored fingerprints must stay comparable: a change here needs a new FINGERPRINT_VERSION.
    expect(minhashSignature(EN)).toEqual(minhashSignature(`${EN}\n`));
    expect(lshBandKeys(minhashSignature(EN))[0]).toBe(
      lshBandKeys(minhashSignature(EN.replace(/\n/g, ' ')))[0],
    );
    expect(Array.from(minhashSignature(RU).subarray(0, 2))).toEqual(GOLDEN_RU_START);
  });

  it('estimate 1 for equal texts and refuse signatures of different lengths', () => {
    expect(similarity(EN, EN)).toBe(1);
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
    expect(() => lshBandKeys(new Uint32Array(10))).toThrow(RangeError);
  });
});

/** The first two values of report-ru.txt's signature under FINGERPRINT_VERSION 1. */
const GOLDEN_RU_START = [4347269, 38762477];
