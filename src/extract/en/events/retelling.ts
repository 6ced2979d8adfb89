/**
 * Cues of one sentence that tell whether an event in it may retell an
 * occurrence already reported: vague or partitive groups ("hundreds",
 * "80% of the brigade"), a first-person telling inside a quote, additive
 * markers that announce a new occurrence ("also", "another"), anaphoric
 * demonstratives ("most of these soldiers") and whether the event is about a
 * group of people at all. Read by dedupe.ts; lexicons in data/extract/en/cues.json.
 */
import { compilePhrases, normalizeForMatch } from '../../text/patterns.ts';
import { cues } from '../lexicon/load.ts';

/** What the folding rules need to know about the sentence an event was told in. */
export interface RetellingCues {
  /** The state goes on ("still held", "remains missing"). */
  continuation: boolean;
  /** A vague or partitive quantity of people ("hundreds", "many", "a group of", "80% of"). */
  vague: boolean;
  /** Told by the speaker of his own group ("we surrendered", "they took our phones"); a lone "I" is
   * usually the witness ("I see men leave"), not the one it happened to. */
  firstPerson: boolean;
  /** A new occurrence is announced ("also", "another", "in addition"). */
  additive: boolean;
  /** The group is picked out by a demonstrative ("these soldiers"): the one just mentioned. */
  demonstrative: boolean;
  /** The sentence is about a group of people (a plural people noun, a vague group or a count). */
  group: boolean;
}

const re = (fragments: readonly string[]) => new RegExp(compilePhrases(fragments).source, 'u');
const CONTINUATION_RE = re(cues.continuation);
const VAGUE_RE = re(cues.vagueGroup);
const FIRST_PERSON_RE = re(cues.firstPerson);
const ADDITIVE_RE = re(cues.additive);
const DEMONSTRATIVE_RE = re(cues.demonstrative);
const GROUP_RE = re(cues.groupNouns);
const PERCENT_RE = /\d\s?%|\bper ?cent\b/u;

/** The retelling cues of a sentence. */
export function retellingCues(sentence: string): RetellingCues {
  const lower = normalizeForMatch(sentence);
  const vague = VAGUE_RE.test(lower) || PERCENT_RE.test(lower);
  return {
    continuation: CONTINUATION_RE.test(lower),
    vague,
    firstPerson: FIRST_PERSON_RE.test(lower),
    additive: ADDITIVE_RE.test(lower),
    demonstrative: DEMONSTRATIVE_RE.test(lower),
    group: vague || GROUP_RE.test(lower),
  };
}
