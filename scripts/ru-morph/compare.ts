/**
 * Measures Russian word normalisers for the Russian extractor (issue #12,
 * point 2): Az.js (OpenCorpora dictionary, what src/extract/ru/morph.ts uses)
 * against the Snowball Russian stemmer (npm snowball-stemmers).
 *
 *   npx tsx scripts/ru-morph/compare.ts [DIR_OF_TXT ...]
 *
 * Reads the texts at run time (default ../shared/corpus/dev-ru); nothing of
 * them is copied or printed, only counts. Prints:
 *   - words/s over every word of the texts (Az cached as the pipeline caches it,
 *     and Az uncached on the distinct forms);
 *   - on hand-written pairs (./pairs.ts): how often both forms of one lemma
 *     get one key (recall) and how often two lemmas sharing a stem wrongly do;
 *   - on pairs drawn from the texts: a distinct word form and another form of
 *     its lemma generated from the OpenCorpora dictionary (Az inflect).
 *     Az generated these pairs, so its score there is an upper bound; the
 *     Snowball figure is the informative one.
 * Name inflection libraries (petrovich, lvovich) only decline a nominative
 * name into cases, they do not bring an inflected form back, so they are not
 * normalisers and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lemmas, readings } from '../../src/extract/ru/morph.ts';
import { tokenize } from '../../src/extract/ru/tokens.ts';
import { azInflections, azUncached } from './az.ts';
import { DIFFERENT_LEMMA, SAME_LEMMA } from './pairs.ts';

interface Normaliser {
  name: string;
  /** Normalises one word (timed). */
  key(word: string): unknown;
  /** Whether the tool gives two words one key. */
  same(a: string, b: string): boolean;
}

const require = createRequire(import.meta.url);
const snowball = (
  require('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } }
).newStemmer('russian');
const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

const firstLemma = (w: string) => fold(lemmas(w)[0] ?? w);
const stem = (w: string) => snowball.stem(fold(w));
const anyLemma = (w: string) => lemmas(w).map(fold);

const TOOLS: Normaliser[] = [
  { name: 'Az.js (first lemma)', key: firstLemma, same: (a, b) => firstLemma(a) === firstLemma(b) },
  // The stages match on any reading's lemma (morph.lemmas), which resolves homonyms like "полку" (полк / полка).
  {
    name: 'Az.js (any lemma)',
    key: anyLemma,
    same: (a, b) => anyLemma(a).some((l) => anyLemma(b).includes(l)),
  },
  { name: 'Snowball (russian)', key: stem, same: (a, b) => stem(a) === stem(b) },
];

function words(dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const t of tokenize(readFileSync(join(dir, f), 'utf8')))
        if (t.kind === 'word' && /[а-яё]/i.test(t.text)) out.push(t.text);
    }
  }
  return out;
}

function rate(all: readonly string[], fn: (w: string) => unknown): number {
  const t0 = performance.now();
  for (const w of all) fn(w);
  return all.length / ((performance.now() - t0) / 1000);
}

const share = (pairs: readonly (readonly [string, string])[], tool: Normaliser) =>
  pairs.filter(([a, b]) => tool.same(a, b)).length / Math.max(1, pairs.length);

/** Pairs of a text's distinct forms with another form of the same dictionary lemma. */
function dictionaryPairs(all: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const w of new Set(all.map((x) => x.toLowerCase()))) {
    if (w.length < 4 || (readings(w)[0]?.score ?? 0) < 0.5) continue;
    const other = azInflections(w).find((f) => f !== w);
    if (other) out.push([w, other]);
  }
  return out;
}

/** Pairs of distinct dictionary lemmas of the texts sharing their first five letters ("военный", "военком"). */
function confusablePairs(all: readonly string[]): [string, string][] {
  const byPrefix = new Map<string, Set<string>>();
  for (const w of new Set(all.map(fold))) {
    const lemma = fold(lemmas(w)[0] ?? w);
    if (lemma.length < 5) continue;
    const set = byPrefix.get(lemma.slice(0, 5)) ?? new Set();
    set.add(lemma);
    byPrefix.set(lemma.slice(0, 5), set);
  }
  const out: [string, string][] = [];
  for (const set of byPrefix.values()) {
    const [a, ...rest] = [...set];
    for (const b of rest) if (a) out.push([a, b]);
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function main(): void {
  const dirs = process.argv.slice(2);
  const all = words(
    dirs.length ? dirs : [new URL('../../../shared/corpus/dev-ru', import.meta.url).pathname],
  );
  const t0 = performance.now();
  lemmas('бригада');
  const loadMs = performance.now() - t0;
  const distinct = [...new Set(all)];
  // Speeds first, on a cold cache: the pipeline's cached Az pays each distinct form once, as in a real run.
  const speed = new Map<string, string>([
    ['Az.js (first lemma)', rate(all, firstLemma).toFixed(0)],
    ['Az.js (any lemma)', 'same'],
    ['Snowball (russian)', rate(all, stem).toFixed(0)],
  ]);
  const uncached = rate(distinct, azUncached).toFixed(0);
  const generated = dictionaryPairs(all);
  const confusable = confusablePairs(all);
  console.log(
    `words: ${all.length} (${distinct.length} distinct forms); Az dictionary load ${loadMs.toFixed(0)} ms`,
  );
  console.log(
    `pairs: ${SAME_LEMMA.length} same-lemma and ${DIFFERENT_LEMMA.length} different-lemma hand-written; ${generated.length} same-lemma and ${confusable.length} shared-prefix from the texts\n`,
  );
  const rows = [
    ['tool', 'words/s', 'same key (hand)', 'wrong merge (hand)', 'same key (dict)', 'wrong merge (prefix)'],
    ...TOOLS.map((tool) => [
      tool.name,
      speed.get(tool.name) ?? '',
      pct(share(SAME_LEMMA, tool)),
      pct(share(DIFFERENT_LEMMA, tool)),
      pct(share(generated, tool)),
      pct(share(confusable, tool)),
    ]),
    ['Az.js uncached (distinct forms)', uncached, '', '', '', ''],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

main();
