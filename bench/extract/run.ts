/**
 * Extraction speed benchmark (`npm run bench:extract [-- --mb N]`).
 *
 * Builds at least N MB (default 5) of English report text by repeating the dev
 * articles, read from ../shared/corpus/dev at run time (never committed), then
 * times, on the same documents in the same run, the full `extract()` and
 * compromise's bare parse `nlp(text)` (no further calls), and prints words per
 * second for both and their ratio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { extract } from '../../src/extract/index.ts';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/dev');

function parseMb(argv: string[]): number {
  const i = argv.indexOf('--mb');
  const mb = i >= 0 ? Number(argv[i + 1]) : 5;
  if (!Number.isFinite(mb) || mb <= 0) throw new Error('--mb needs a positive number');
  return mb;
}

/** Documents totalling at least `mb` megabytes: the dev articles, repeated. */
function buildDocuments(mb: number): string[] {
  const texts = readdirSync(CORPUS)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(CORPUS, n), 'utf8'));
  if (!texts.length) throw new Error(`no .txt files in ${CORPUS}`);
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024) {
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
    `${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rate).toLocaleString('en').padStart(10)} words/s`,
  );
  return rate;
}

const docs = buildDocuments(parseMb(process.argv.slice(2)));
const words = countWords(docs);
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1024 / 1024;
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB, ${words.toLocaleString('en')} words`);
// Warm up both (lexicon compilation, JIT) on one document so start-up cost is not timed.
extract({ id: 'warm', text: docs[0] as string });
nlp(docs[0] as string);
const ours = time('extract()', docs, words, (text, i) => extract({ id: `d${i}`, text }));
const theirs = time('compromise nlp(text)', docs, words, (text) => nlp(text));
console.log(`ratio: extract is ${(ours / theirs).toFixed(2)}× the speed of compromise's bare parse`);
