/**
 * The noun phrase a number counts: the head noun after it ("234 soldiers",
 * "81 other soldiers", "eight and ten men", "577 such requests"), a
 * partitive ("80% of the brigade", "11 of his subordinates") or a size word
 * ("a 300-man battalion"). Heads come from word classes in
 * data/extract/en/people.json: nouns for people and proxy nouns that stand
 * for one person each (criminal cases, sentences, requests for help).
 */
import type { FigureCounts } from '../../../claims/schema.ts';
import { numbers, people } from '../lexicon/load.ts';
import type { Token } from './tokens.ts';

/** What a number counts. Token indices are into the sentence's tokens. */
export interface NounPhrase {
  /** Token index just past the phrase. */
  to: number;
  /** Token indices of the words between the number and the head (modifiers). */
  modFrom: number;
  head: string | null;
  how: 'noun' | 'proxy' | 'partitive' | 'per-man';
  /** The class the head noun itself implies ("deserters"), if any. */
  own: FigureCounts | null;
}

/** A proxy noun: the class it takes when the clause says nothing, and those a clause may give it. */
export interface Proxy {
  default: FigureCounts | null;
  from: readonly FigureCounts[];
}

const NOUNS = people.nouns as Record<string, FigureCounts | null>;
export const PROXIES = people.proxies as Record<string, Proxy>;
const GROUPS: ReadonlySet<string> = new Set(people.groups);
const MODIFIERS: ReadonlySet<string> = new Set(people.modifiers);
const DETERMINERS = new Set([
  'the',
  'them',
  'whom',
  'those',
  'these',
  'his',
  'her',
  'their',
  'its',
  'our',
  'all',
  'my',
  'your',
]);
// Adjectives and participles by ending ("trained", "properly", "Siberian", "Chinese", "Azerbaijani").
const ADJECTIVE_RE = /(?:ed|ly|less|ful|ian|an|ese|i|al|ive|ish)$/;
// A capitalised plural naming a nationality or people ("Buryats", "Chechens", "Uzbeks").
const DEMONYM_RE = /(?:ans|ens|is|ks|ts|ese)$/;
const PER_MAN_RE = /^-(?:man|men|strong|member)(?![\p{L}])/u;

/** The class a people noun itself implies ("deserters" → deserted), or null. */
export function ownClass(word: string): FigureCounts | null {
  return NOUNS[word] ?? null;
}

/** True when `t` is a noun for people ("soldiers", "Chechens"). */
export const PEOPLE_NOUN = (t: Token): boolean => isNoun(t);

// The singular counts too: "one sergeant" after "four privates and".
function isNoun(t: Token): boolean {
  return (
    Object.hasOwn(NOUNS, t.text) ||
    (!t.capital && Object.hasOwn(NOUNS, `${t.text}s`)) ||
    (t.capital && DEMONYM_RE.test(t.text) && t.text.length > 4)
  );
}

/**
 * The noun phrase after the number whose last token is `last` (`after` is the
 * sentence text right after it, for size words).
 */
export function nounPhrase(tokens: readonly Token[], last: number, after: string): NounPhrase | null {
  const next = last + 1;
  if (PER_MAN_RE.test(after)) return { to: next + 2, modFrom: next, head: 'man', how: 'per-man', own: null };
  return partitive(tokens, next) ?? headNoun(tokens, next);
}

/** "of (the|his …) [up to 4 words] group-or-people-noun". */
function partitive(tokens: readonly Token[], i: number): NounPhrase | null {
  if (tokens[i]?.text !== 'of') return null;
  let j = i + 1;
  if (tokens[j] && DETERMINERS.has((tokens[j] as Token).text)) {
    if (['them', 'whom', 'those', 'these'].includes((tokens[j] as Token).text))
      return { to: j + 1, modFrom: j, head: null, how: 'partitive', own: null };
    j++;
  }
  for (let k = j; k < Math.min(tokens.length, j + 7); k++) {
    const t = tokens[k] as Token;
    // A size word may stand inside: "50 of the 300-man battalion".
    if (t.punct && t.text !== '-') return null;
    if (GROUPS.has(t.text)) return { to: k + 1, modFrom: j, head: t.text, how: 'partitive', own: null };
    if (isNoun(t)) {
      const end = longestHead(tokens, k);
      const head = (tokens[end - 1] as Token).text;
      return { to: end, modFrom: j, head, how: 'partitive', own: NOUNS[head] ?? null };
    }
  }
  return null;
}

/** The head noun after up to four modifiers; coordinated numbers ("eight and ten men") are skipped. */
function headNoun(tokens: readonly Token[], i: number): NounPhrase | null {
  let skipped = 0;
  for (let k = i; k < tokens.length && skipped <= 4; k++) {
    const t = tokens[k] as Token;
    if (Object.hasOwn(PROXIES, t.text))
      return { to: k + 1, modFrom: i, head: t.text, how: 'proxy', own: null };
    if (isNoun(t)) {
      const end = longestHead(tokens, k);
      const head = (tokens[end - 1] as Token).text;
      return { to: end, modFrom: i, head, how: 'noun', own: NOUNS[head] ?? null };
    }
    if (t.punct) {
      // Editors' brackets and quotes may stand inside the phrase: "78 [objectors]", "12,000 “extra” lawsuits".
      if (!['[', ']', '“', '”', '"'].includes(t.text)) return null;
      continue;
    }
    const after = tokens[k + 1]?.text ?? '';
    if ((t.text === 'and' || t.text === 'or') && (/^\d/.test(after) || isNumberWord(after))) {
      k++;
      continue;
    }
    if (!(MODIFIERS.has(t.text) || t.capital || ADJECTIVE_RE.test(t.text) || isNumberWord(t.text)))
      return null;
    skipped++;
  }
  return null;
}

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(numbers.units),
  ...Object.keys(numbers.tens),
  ...Object.keys(numbers.ones),
  ...Object.keys(numbers.scales),
]);
function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/** A head followed by another people noun takes the second ("mobilised individuals", "prisoners of war"). */
function longestHead(tokens: readonly Token[], k: number): number {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (a?.text === 'of' && b?.text === 'war') return k + 3;
  if (a && !a.punct && Object.hasOwn(NOUNS, a.text)) return k + 2;
  return k + 1;
}
