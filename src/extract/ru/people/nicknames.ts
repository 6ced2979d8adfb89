/**
 * Nicknames and call signs: "по прозвищу «Гном»", "с позывным Гном",
 * "позывной — «Север»", or a quoted word right after a name ("Иван «Гном»
 * Петров" is rare in Russian; "Иван Петров («Гном»)" and "Петров «Гном»" are
 * the usual forms). FORMAT.md lists a person once under the fullest name, so
 * a nickname is attached to the name before it, never a person of its own
 * unless no name is written.
 */
import { formAndLemmas } from '../morph.ts';
import type { Token } from '../tokens.ts';
import { NICKNAME_CUES } from './lexicon.ts';

/** A nickname found at a token. */
export interface Nickname {
  /** Offsets of the nickname itself (inside the quotes). */
  start: number;
  end: number;
  text: string;
  /** Index of the last token read (closing quote included). */
  last: number;
  /** Whether a cue word ("позывной") introduced it. */
  cued: boolean;
}

const OPEN = new Set(['«', '"', '“', '„']);
const CLOSE = new Set(['»', '"', '”', '“']);
const SKIP = new Set(['(', '—', '–', '-', ':', ',']);
const MAX_WORDS = 2;

const CUE_HEADS: ReadonlySet<string> = new Set(NICKNAME_CUES.map((c) => c[0] ?? ''));

/** Whether a cue may start at the word (its form or a lemma heads one): most words end the search here. */
function mayStartCue(word: string): boolean {
  for (const w of formAndLemmas(word)) if (CUE_HEADS.has(w)) return true;
  return false;
}

/** The lemma cue starting at `i`, as the index after it, or -1. */
function cueEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first?.kind !== 'word' || !mayStartCue(first.text)) return -1;
  for (const cue of NICKNAME_CUES) {
    let k = 0;
    for (; k < cue.length; k++) {
      const t = tokens[i + k];
      if (t?.kind !== 'word' || !formAndLemmas(t.text).has(cue[k] as string)) break;
    }
    if (k === cue.length) return i + cue.length;
  }
  return -1;
}

/** A nickname at token `i` (after a name: a quoted word or a cue; elsewhere only a cue), or null. */
export function nicknameAt(tokens: readonly Token[], i: number): Nickname | null {
  let k = i;
  while (tokens[k] && SKIP.has((tokens[k] as Token).text) && k < i + 2) k++;
  const after = cueEnd(tokens, k);
  const cued = after >= 0;
  // Without a cue only "«Гном»" or "(«Гном»)" right after the name: a quote after a comma is a title or a name of something else.
  if (cued) k = after;
  else k = tokens[i]?.text === '(' ? i + 1 : i;
  while (cued && tokens[k] && SKIP.has((tokens[k] as Token).text)) k++;
  const open = tokens[k];
  const quoted = open !== undefined && OPEN.has(open.text);
  if (!quoted && !cued) return null;
  const from = quoted ? k + 1 : k;
  let to = from;
  while (to < from + MAX_WORDS && tokens[to]?.kind === 'word' && /^\p{Lu}/u.test((tokens[to] as Token).text))
    to++;
  if (to === from) return null;
  const close = tokens[to];
  if (quoted && (!close || !CLOSE.has(close.text))) return null;
  const first = tokens[from] as Token;
  const lastWord = tokens[to - 1] as Token;
  let last = quoted ? to : to - 1;
  if (tokens[last + 1]?.text === ')') last++;
  return {
    start: first.start,
    end: lastWord.end,
    text: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
    last,
    cued,
  };
}
