/**
 * Russian morphology: the one seam between the Russian stages and the
 * morphological analyser. Every Russian stage asks this module for lemmas and
 * grammatical tags instead of calling a library itself, so the analyser can be
 * changed (and cached, and measured) in one place.
 *
 * The analyser is Az.js (npm "az", MIT), a port of pymorphy2 with the
 * OpenCorpora dictionary shipped inside the package (dicts/, CC BY-SA): no
 * download at run time. Az loads its dictionaries through callbacks; we feed it
 * file contents synchronously so extract() stays synchronous. Loading takes a
 * few seconds, so it happens on the first Russian word, not at import: an
 * English-only process never pays for it. Every word form is analysed once and
 * cached (news text repeats the same forms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One reading of a word form. */
export interface Reading {
  /** Dictionary form, lower case, "ё" kept as written by the dictionary. */
  lemma: string;
  /** Part of speech in OpenCorpora terms: NOUN, ADJF, ADJS, VERB, INFN, PRTF, PRTS, GRND, NUMR, ADVB, NPRO, PREP, CONJ, PRCL, … */
  pos: string;
  /** Grammatical tags in OpenCorpora terms (case nomn/gent/datv/accs/ablt/loct, number sing/plur, gender masc/femn/neut, Name/Surn/Patr/Geox, …). */
  tags: readonly string[];
  /**
   * The form's nominative singular keeping its part of speech: a participle or
   * adjective stays one ("мобилизованных" → "мобилизованный", where `lemma`
   * is the verb "мобилизовать"). Equal to `lemma` for other words.
   */
  base: string;
  /** The analyser's probability of this reading, 0..1. */
  score: number;
  /** The form is in the dictionary (not guessed from its ending, as unknown village names are). */
  known: boolean;
}

interface AzTag {
  POST?: string;
  toString(): string;
}
interface AzParse {
  tag: AzTag;
  score: number;
  /** Which of Az's analysers produced the parse: "Dictionary" for dictionary words. */
  parser?: string;
  normalize(keepPOS?: boolean): { word: string };
  inflect(grammemes: string[]): { word: string } | false;
}
interface AzMorph {
  (word: string): AzParse[];
  init(path: string, callback: (err: unknown) => void): void;
}
interface AzModule {
  Morph: AzMorph;
  load: (url: string, type: string, cb: (err: unknown, data?: unknown) => void) => void;
}

let morph: AzMorph | null = null;

/** Loads Az's dictionaries synchronously: file reads are queued, then their callbacks run in order. */
function analyser(): AzMorph {
  if (morph) return morph;
  const require = createRequire(import.meta.url);
  const az = require('az') as AzModule;
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
  const pending: (() => void)[] = [];
  // Az.init counts outstanding loads; callbacks must not run inside the call
  // that starts them, or the count reaches zero before every file is read.
  az.load = (url, type, cb) => {
    const data = readFileSync(url);
    const value =
      type === 'json'
        ? JSON.parse(data.toString('utf8'))
        : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    pending.push(() => cb(null, value));
  };
  let failure: unknown = null;
  az.Morph.init(dicts, (err) => {
    failure = err;
  });
  for (let next = pending.shift(); next; next = pending.shift()) next();
  if (failure) throw failure;
  morph = az.Morph;
  return morph;
}

const cache = new Map<string, readonly Reading[]>();
const CACHE_LIMIT = 200_000;
const CYRILLIC_RE = /[а-яё]/i;

function toReading(p: AzParse): Reading {
  const tags = p.tag.toString().split(/[ ,]/).filter(Boolean);
  const pos = p.tag.POST ?? tags[0] ?? 'UNKN';
  const lemma = p.normalize().word.toLowerCase();
  const rest = tags.slice(1);
  return {
    lemma,
    pos,
    tags: rest,
    base: baseOf(p, pos, rest) ?? lemma,
    score: p.score,
    known: p.parser === 'Dictionary',
  };
}

/** Nominative singular masculine of an adjective or participle, keeping voice and tense. */
function baseOf(p: AzParse, pos: string, tags: readonly string[]): string | null {
  if (pos !== 'PRTF' && pos !== 'ADJF') return null;
  const keep = tags.filter((t) => t === 'pssv' || t === 'actv' || t === 'past' || t === 'pres');
  const form = p.inflect([pos, ...keep, 'nomn', 'sing', 'masc']) || p.inflect([pos, ...keep, 'nomn', 'plur']);
  return form ? form.word.toLowerCase() : null;
}

function analyse(word: string): readonly Reading[] {
  if (!CYRILLIC_RE.test(word))
    return [
      { lemma: word.toLowerCase(), pos: 'UNKN', tags: [], base: word.toLowerCase(), score: 1, known: false },
    ];
  const parses = analyser()(word);
  if (!parses.length)
    return [
      { lemma: word.toLowerCase(), pos: 'UNKN', tags: [], base: word.toLowerCase(), score: 0, known: false },
    ];
  return Object.freeze(parses.map(toReading));
}

/** All readings of one word form (most likely first); an unknown word gets a guess. */
export function readings(word: string): readonly Reading[] {
  let hit = cache.get(word);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = analyse(word);
    cache.set(word, hit);
  }
  return hit;
}

/** The distinct lemmas of a word form, most likely first. */
export function lemmas(word: string): readonly string[] {
  return [...new Set(readings(word).map((r) => r.lemma))];
}

/** The distinct nominative bases (participles kept as adjectives) of a word form. */
export function bases(word: string): readonly string[] {
  return [...new Set(readings(word).map((r) => r.base))];
}

const lemmaSets = new Map<string, ReadonlySet<string>>();

/**
 * The folded lemmas (`fold(r.lemma)`) of every reading of a word form, in
 * reading order, built once per form: the set stages test lexicons against
 * instead of folding each reading's lemma at every token.
 */
export function foldedLemmas(word: string): ReadonlySet<string> {
  let hit = lemmaSets.get(word);
  if (!hit) {
    if (lemmaSets.size >= CACHE_LIMIT) lemmaSets.clear();
    hit = new Set(readings(word).map((r) => fold(r.lemma)));
    lemmaSets.set(word, hit);
  }
  return hit;
}

const formSets = new Map<string, ReadonlySet<string>>();

/**
 * The folded form itself and the folded lemmas of every reading, built once
 * per form: what a cue written either as a lemma or as a fixed word ("по",
 * "с позывным") is tested against.
 */
export function formAndLemmas(word: string): ReadonlySet<string> {
  let hit = formSets.get(word);
  if (!hit) {
    if (formSets.size >= CACHE_LIMIT) formSets.clear();
    hit = new Set([fold(word), ...foldedLemmas(word)]);
    formSets.set(word, hit);
  }
  return hit;
}

/** Whether any reading's folded lemma is in `set` (the lexicon test most stages make). */
export function lemmaIn(word: string, set: ReadonlySet<string>): boolean {
  for (const l of foldedLemmas(word)) if (set.has(l)) return true;
  return false;
}

/** Whether any reading of the word carries the tag (e.g. "Surn", "gent", "plur"). */
export function hasTag(word: string, tag: string): boolean {
  return readings(word).some((r) => r.tags.includes(tag) || r.pos === tag);
}

const folded = new Map<string, string>();
const FOLD_LIMIT = 200_000;

/**
 * Lower case with "ё" folded to "е": the key lexicons are matched on.
 * Memoised: stages fold the same lemmas for every token they look at, and a
 * map look-up is far cheaper than lower-casing Cyrillic and replacing.
 */
export function fold(word: string): string {
  let hit = folded.get(word);
  if (hit === undefined) {
    if (folded.size >= FOLD_LIMIT) folded.clear();
    hit = word.toLowerCase().replace(/ё/g, 'е');
    folded.set(word, hit);
  }
  return hit;
}

const nominatives = new Map<string, string>();

/**
 * A personal name brought to the nominative, keeping its gender ("Каминского"
 * → "Каминский", "Ивановой" → "Иванова"); the word itself when the analyser
 * has no name reading for it. `gender` (of the first name beside it) chooses
 * between "Журавлёва" as a woman's name and as a man's in the genitive.
 */
export function nominativeName(word: string, gender?: 'masc' | 'femn'): string {
  const memo = `${word}|${gender ?? ''}`;
  const hit = nominatives.get(memo);
  if (hit !== undefined) return hit;
  let out = word;
  if (CYRILLIC_RE.test(word)) {
    const all = analyser()(word).filter((p) => /Name|Surn|Patr/.test(p.tag.toString()));
    const parses = gender ? all.filter((p) => p.tag.toString().includes(gender)) : all;
    const parse = parses[0];
    // A form that may already be the nominative stays as written; so do nominative
    // surname endings (-ов, -ин, -ский) when no gender says otherwise: guessed paradigms may clip them.
    const nominativeEnding = !gender && /(ов|ев|ёв|ин|ын|ский|цкий)$/.test(word);
    if (parse && !nominativeEnding && !parses.some((p) => p.tag.toString().includes('nomn'))) {
      const g = gender ?? (parse.tag.toString().includes('femn') ? 'femn' : 'masc');
      const form = parse.inflect(['nomn', 'sing', g]) || parse.inflect(['nomn', 'sing']);
      if (form) out = form.word.charAt(0).toUpperCase() + form.word.slice(1);
    }
  }
  nominatives.set(memo, out);
  return out;
}
