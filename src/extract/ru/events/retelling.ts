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

/** Whether the words from index `i` spell one of the phrases (one or more lemmas each). */
function phraseAt(tokens: readonly Token[], i: number, phrases: ReadonlySet<string>): boolean {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.every((w, k) => tokens[i + k]?.lemmas.has(w))) return true;
  }
  return false;
}

const anyAt = (tokens: readonly Token[], phrases: ReadonlySet<string>) =>
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
    if (!phraseAt(tokens, i, CUES.additive)) return false;
    return !(t.form === 'еще' && tokens[i - 1]?.form === 'все');
  });
}

/** The retelling cues of a sentence, from its words. */
export function retellingCues(tokens: readonly Token[], text: string): RetellingCues {
  const vague = anyAt(tokens, CUES.vagueGroup) || PERCENT_RE.test(text);
  return {
    continuation: anyAt(tokens, CUES.continuation),
    vague,
    firstPerson: tokens.some((t) => [...CUES.firstPerson].some((w) => t.lemmas.has(w))),
    additive: additive(tokens),
    demonstrative: anyAt(tokens, CUES.demonstrative),
    group: vague || tokens.some(pluralPeople),
  };
}

/** Whether a demonstrative stands right before the word at `index` ("это дело", "того задержания"). */
export function definiteAt(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && [...CUES.demonstrative].some((d) => before.lemmas.has(d));
}
