/**
 * Cues of one sentence that tell whether an event in it may retell an
 * occurrence already reported: vague or partitive groups ("hundreds",
 * "80% of the brigade"), a first-person telling inside a quote, additive
 * markers that announce a new occurrence ("also", "another"), anaphoric
 * demonstratives ("most of these soldiers") and whether the event is about a
 * group of people at all. Read by ../../events-fold.ts; lexicons in data/extract/en/cues.json.
 */
import type { RetellingCues } from '../../events-fold.ts';
import { compilePhrases, normalizeForMatch } from '../../text/patterns.ts';
import { cues } from '../lexicon/load.ts';

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
