/**
 * Extraction speed benchmark (`npm run bench:extract [-- --mb N]`).
 *
 * Reads every text of the dev sets at run time from ../shared/corpus (never
 * committed): the English seeds and dev-en articles, and the Russian dev-ru
 * articles. For each language it repeats all of that language's texts, in
 * turn, until at least N MB (default 3) are reached, then times, on the same
 * documents in the same run, the full `extract()` and compromise's bare parse
 * `nlp(text)` (no further calls), and prints words per second for both and
 * their ratio: one row pair per language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import type { Language } from '../../src/claims/schema.ts';
import { extract } from '../../src/extract/index.ts';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const SETS: Record<'en' | 'ru', string[]> = { en: ['dev', 'dev-en'], ru: ['dev-ru'] };

function parseMb(argv: string[]): number {
  const i = argv.indexOf('--mb');
  const mb = i >= 0 ? Number(argv[i + 1]) : 3;
  if (!Number.isFinite(mb) || mb <= 0) throw new Error('--mb needs a positive number');
  return mb;
}

/** Every .txt text of the given dev sets. */
function readTexts(sets: string[]): string[] {
  const texts: string[] = [];
  for (const set of sets) {
    const dir = join(CORPUS, set);
    if (!existsSync(dir)) throw new Error(`missing dev set ${dir}`);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  if (!texts.length) throw new Error(`no .txt files in ${sets.join(', ')}`);
  return texts;
}

/** All `texts`, repeated in turn until they total at least `mb` megabytes (always whole rounds). */
function buildDocuments(texts: string[], mb: number): string[] {
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024 || docs.length % texts.length !== 0) {
    const text = texts[docs.length % texts.length] as string;
    docs.push(text);
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

const countWords = (docs: string[]) => docs.reduce((n, d) => n + (d.match(/\S+/g)?.length ?? 0), 0);

function time(
  label: string,
  docs: string[],
  words: number,
  run: (text: string, i: number) => unknown,
): number {
  const t0 = performance.now();
  for (const [i, d] of docs.entries()) run(d, i);
  const seconds = (performance.now() - t0) / 1000;
  const rate = words / seconds;
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rate).toLocaleString('en').padStart(10)} words/s`,
  );
  return rate;
}

/** Times both on one language's documents and prints the two rows and the ratio. */
function benchLanguage(language: Language, texts: string[], mb: number): number {
  const docs = buildDocuments(texts, mb);
  const words = countWords(docs);
  const size = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1024 / 1024;
  console.log(
    `\n[${language}] ${texts.length} dev texts → ${docs.length} documents, ${size.toFixed(1)} MB, ${words.toLocaleString('en')} words`,
  );
  // Warm up both (lexicon compilation, JIT) on every text once so start-up cost is not timed.
  for (const t of texts) {
    extract({ id: 'warm', text: t, language });
    nlp(t);
  }
  const ours = time(`${language} extract()`, docs, words, (text, i) =>
    extract({ id: `d${i}`, text, language }),
  );
  const theirs = time(`${language} compromise nlp(text)`, docs, words, (text) => nlp(text));
  const ratio = ours / theirs;
  console.log(`[${language}] ratio: extract is ${ratio.toFixed(2)}× the speed of compromise's bare parse`);
  return ratio;
}

const mb = parseMb(process.argv.slice(2));
const en = benchLanguage('en', readTexts(SETS.en), mb);
const ru = benchLanguage('ru', readTexts(SETS.ru), mb);
console.log(`\nsummary: en ${en.toFixed(2)}×, ru ${ru.toFixed(2)}× (target ≥ 3×)`);
