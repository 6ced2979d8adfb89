/**
 * The `counts` word classes of data/extract/en/counts.json compiled into one
 * map from word form to class: verbs are inflected by rule (refuse, refuses,
 * refused, refusing), nouns take their plural, phrases are lemma sequences
 * whose words may stand up to two words apart ("filed their resignation reports").
 */
import type { FigureCounts } from '../../../claims/schema.ts';
import { counts } from '../lexicon/load.ts';
import type { Token } from './tokens.ts';

/** A class word or phrase found in a sentence: tokens [from, to). */
export interface ClassHit {
  counts: FigureCounts;
  from: number;
  to: number;
}

interface Phrase {
  counts: FigureCounts;
  words: ReadonlySet<string>[];
}

const IRREGULAR = counts.irregular as Record<string, string[]>;
const VOWEL = /[aeiou]/;

/** Forms of a verb lemma: base, 3rd person, past, -ing (with a doubled final consonant as an alternative). */
export function verbForms(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.slice(-1);
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  if (last === 'e') {
    out.add(`${lemma}d`);
    if (!lemma.endsWith('ee')) out.add(`${lemma.slice(0, -1)}ing`);
    else out.add(`${lemma}ing`);
  } else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    // counsel → counselled, quit → quitting: a short final syllable may double its consonant.
    if (/[^aeiou][aeiou][lptgnmdr]$/.test(lemma)) {
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

/** Singular and plural of a noun lemma. */
export function nounForms(lemma: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (lemma.endsWith('y') && !VOWEL.test(lemma.slice(-2, -1))) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

function build(): { words: Map<string, FigureCounts>; phrases: Map<string, Phrase[]> } {
  const words = new Map<string, FigureCounts>();
  const phrases = new Map<string, Phrase[]>();
  const priority = counts.priority as FigureCounts[];
  // Lower-priority classes first, so a form in two classes keeps the stronger one.
  for (const cls of [...priority].reverse()) {
    const spec = (
      counts.classes as Record<
        string,
        { verbs: string[]; nouns: string[]; words: string[]; phrases: string[] }
      >
    )[cls];
    if (!spec) continue;
    for (const v of spec.verbs) for (const f of verbForms(v)) words.set(f, cls);
    for (const n of spec.nouns) for (const f of nounForms(n)) words.set(f, cls);
    for (const w of spec.words) words.set(w, cls);
    for (const p of spec.phrases) {
      const seq = p.split(' ').map((w) => new Set([...verbForms(w), ...nounForms(w)]));
      const phrase: Phrase = { counts: cls, words: seq };
      for (const first of seq[0] ?? []) phrases.set(first, [...(phrases.get(first) ?? []), phrase]);
    }
  }
  return { words, phrases };
}

const LEXICON = build();
const RANK: ReadonlyMap<string, number> = new Map((counts.priority as string[]).map((c, i) => [c, i]));
/** Classes whose verbs take the counted people as object ("helped 400 men"). */
export const GOVERNOR_CLASSES: ReadonlySet<string> = new Set(counts.governors);

const WEAK: ReadonlySet<string> = new Set(counts.weak);
/** True for the classes that say who people are rather than what they did (mobilised, serving). */
export function isWeak(c: FigureCounts): boolean {
  return WEAK.has(c);
}

/** Lower is stronger: the order in which a clause's classes win (counts.json `priority`). */
export function rank(c: FigureCounts): number {
  return RANK.get(c) ?? RANK.size;
}

/** Every class word and phrase in tokens [from, to), in text order; a phrase wins over its first word. */
export function classHits(tokens: readonly Token[], from: number, to: number): ClassHit[] {
  const hits: ClassHit[] = [];
  for (let i = from; i < to; i++) {
    const hit = hitAt(tokens, i, to);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The last class word or phrase in tokens [from, to): the last hit classHits would give, found from the end. */
export function lastClassHit(tokens: readonly Token[], from: number, to: number): ClassHit | null {
  for (let i = to - 1; i >= from; i--) {
    const hit = hitAt(tokens, i, to);
    if (hit) return hit;
  }
  return null;
}

/** The class phrase or word starting at token i (phrases end before `to`), or null. */
function hitAt(tokens: readonly Token[], i: number, to: number): ClassHit | null {
  const t = tokens[i] as Token;
  // The headline test (a scan of the sentence) is needed only for a capitalised word inside it.
  if (t.punct || (i > 0 && t.capital && !t.caps && !isHeadline(tokens))) return null;
  const phrase = matchPhrase(tokens, i, to);
  if (phrase) return phrase;
  const cls = LEXICON.words.get(t.text);
  return cls ? { counts: cls, from: i, to: i + 1 } : null;
}

const HEADLINE = new WeakMap<readonly Token[], boolean>();
// In a headline every word is capitalised; elsewhere a capitalised word inside a sentence is part of a
// name ("Free …", "Return …"), not a predicate.
function isHeadline(tokens: readonly Token[]): boolean {
  let known = HEADLINE.get(tokens);
  if (known === undefined) {
    let words = 0;
    let capitals = 0;
    for (const t of tokens) {
      if (t.punct || t.text.length <= 3 || !startsWithLetter(t.text)) continue;
      words++;
      if (t.capital) capitals++;
    }
    known = words > 0 && capitals / words > 0.6;
    HEADLINE.set(tokens, known);
  }
  return known;
}

function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : /^\p{L}/u.test(s);
}

function matchPhrase(tokens: readonly Token[], i: number, to: number): ClassHit | null {
  for (const p of LEXICON.phrases.get((tokens[i] as Token).text) ?? []) {
    let at = i + 1;
    let ok = true;
    for (const set of p.words.slice(1)) {
      let gap = 0;
      while (at < to && !set.has((tokens[at] as Token).text) && !(tokens[at] as Token).punct && gap < 2) {
        at++;
        gap++;
      }
      if (at >= to || !set.has((tokens[at] as Token).text)) {
        ok = false;
        break;
      }
      at++;
    }
    if (ok) return { counts: p.counts, from: i, to: at };
  }
  return null;
}

/** The strongest hit (counts.json priority), earliest among equals. */
export function strongest(hits: readonly ClassHit[]): ClassHit | null {
  let best: ClassHit | null = null;
  for (const h of hits) if (!best || rank(h.counts) < rank(best.counts)) best = h;
  return best;
}
