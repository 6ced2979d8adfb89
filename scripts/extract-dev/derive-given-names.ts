/**
 * Derives data/extract/en/people-given-names.tsv from the russiannames table
 * (../shared/data/russiannames/names.parquet, BSD-3-Clause, datacoon/russiannames):
 * Cyrillic given names seen at least MIN_COUNT times, with gender and the Latin
 * spellings English-language outlets use, made by our own small rule table.
 *
 *   npx tsx scripts/extract-dev/derive-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parquetRead } from 'hyparquet';

const MIN_COUNT = 40;
const SRC = new URL('../../../shared/data/russiannames/names.parquet', import.meta.url);
const OUT = new URL('../../data/extract/en/people-given-names.tsv', import.meta.url);

// Each Cyrillic letter → its spellings; the first is the common newspaper one.
const LETTERS: Record<string, string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo', 'e'],
  ж: ['zh'],
  з: ['z'],
  и: ['i'],
  й: ['y', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ъ: [''],
  ы: ['y'],
  ь: [''],
  э: ['e'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
};
// Letter groups spelled as a whole (checked before single letters, longest first).
const GROUPS: Record<string, string[]> = {
  кс: ['x', 'ks'],
  ий: ['iy', 'y', 'i'],
  ей: ['ei', 'ey'],
  ия: ['ia', 'iya'],
  ья: ['ya', 'ia'],
  ье: ['ye'],
  ьи: ['yi'],
  ые: ['ye'],
};
const VOWELS = 'аеёиоуыэюя';

function spellings(name: string): string[] {
  const lower = name.toLowerCase();
  let variants = [''];
  for (let i = 0; i < lower.length; ) {
    const two = lower.slice(i, i + 2);
    let opts = GROUPS[two];
    let step = 2;
    if (!opts) {
      const ch = lower[i]!;
      step = 1;
      // е at the start or after a vowel sounds "ye" (Yevgeny, Yelena) but is also written "e".
      opts = ch === 'е' && (i === 0 || VOWELS.includes(lower[i - 1]!)) ? ['ye', 'e'] : (LETTERS[ch] ?? [ch]);
    }
    variants = variants.flatMap((v) => opts.map((o) => v + o)).slice(0, 24);
    i += step;
  }
  return [...new Set(variants)].map((v) => v.charAt(0).toUpperCase() + v.slice(1));
}

const buf = readFileSync(SRC);
const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
await parquetRead({
  file,
  onComplete(rows: unknown[][]) {
    const lines = ['# cyrillic\tgender\tlatin spellings (space-separated)'];
    const kept = rows
      .filter((r) => Number(r[0]) >= MIN_COUNT && /^[А-ЯЁ][а-яё]+$/.test(String(r[1])))
      .sort((a, b) => Number(b[0]) - Number(a[0]));
    for (const r of kept) lines.push(`${r[1]}\t${r[4] ?? ''}\t${spellings(String(r[1])).join(' ')}`);
    writeFileSync(OUT, `${lines.join('\n')}\n`);
    console.log(`wrote ${kept.length} names`);
  },
});
