/**
 * Cues of one Russian sentence that tell whether an event in it may retell an
 * occurrence already reported (the shared fold, ../../events-fold.ts, reads
 * them): the state goes on ("до сих пор удерживают"), a vague or partitive
 * group ("сотни мобилизованных", "большинство"), the speaker's own group
 * ("нас держали"), another occurrence announced ("ещё один", "также"), a
 * demonstrative ("эти военные"), and whether the sentence is about a group of
 * people at all. Word classes are lemma lists in data/extract/ru/cues.json,
 * matched through the morphology seam, so every case form counts.
 */
import type { RetellingCues } from '../../events-fold.ts';
import { CUES } from './lexicon.ts';
import type { Token } from './tokens.ts';

const PERCENT_RE = /\d\s?%/u;

/** A word class compiled once: every phrase as its words. */
type Phrases = ReadonlyArray<readonly string[]>;
const compile = (words: ReadonlySet<string>): Phrases => [...words].map((w) => w.split(' '));

const CONTINUATION = compile(CUES.continuation);
const VAGUE = compile(CUES.vagueGroup);
const ADDITIVE = compile(CUES.additive);
const DEMONSTRATIVE = compile(CUES.demonstrative);
const FIRST_PERSON = [...CUES.firstPerson];

/** Whether the words from index `i` spell one of the phrases (one or more lemmas each). */
function phraseAt(tokens: readonly Token[], i: number, phrases: Phrases): boolean {
  for (const words of phrases) {
    let k = 0;
    while (k < words.length && tokens[i + k]?.lemmas.has(words[k] as string)) k++;
    if (k === words.length) return true;
  }
  return false;
}

const anyAt = (tokens: readonly Token[], phrases: Phrases) =>
  tokens.some((_t, i) => phraseAt(tokens, i, phrases));

/** A plural word for people ("мобилизованные", "военных", "мужчин"). */
const pluralPeople = (t: Token) =>
  t.readings.some(
    (r) => r.tags.includes('plur') && (CUES.groupNouns.has(r.base) || CUES.groupNouns.has(r.lemma)),
  );

/**
 * "ещё" announces another occurrence ("ещё трое сбежали"), but not in "всё ещё",
 * where the state goes on.
 */
function additive(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!phraseAt(tokens, i, ADDITIVE)) return false;
    return !(t.form === 'еще' && tokens[i - 1]?.form === 'все');
  });
}

/** The retelling cues of a sentence, from its words. */
export function retellingCues(tokens: readonly Token[], text: string): RetellingCues {
  const vague = anyAt(tokens, VAGUE) || PERCENT_RE.test(text);
  return {
    continuation: anyAt(tokens, CONTINUATION),
    vague,
    firstPerson: tokens.some((t) => FIRST_PERSON.some((w) => t.lemmas.has(w))),
    additive: additive(tokens),
    demonstrative: anyAt(tokens, DEMONSTRATIVE),
    group: vague || tokens.some(pluralPeople),
  };
}

/** Whether a demonstrative stands right before the word at `index` ("это дело", "того задержания"). */
export function definiteAt(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && DEMONSTRATIVE.some(([d]) => before.lemmas.has(d as string));
}
