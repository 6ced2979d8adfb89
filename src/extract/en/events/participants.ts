/**
 * Who an event is about, as far as cheap rules tell: the named people in its
 * sentence, or, when the sentence names nobody and the trigger follows "he"
 * or "she", the person named last in the sentences just before. Used only to
 * recognise the same occurrence told twice ("Igor deserted… He deserted weeks
 * before the attack"), never shown.
 */
import type { PersonMention } from '../../../claims/schema.ts';
import type { Sentence } from '../../doc.ts';

/** Words that identify a person: the capitalised tokens of every name, e.g. "Ilya", "Kaminsky". */
function nameTokens(people: PersonMention[]): Array<{ key: string; re: RegExp }> {
  const out: Array<{ key: string; re: RegExp }> = [];
  for (const p of people) {
    for (const token of p.mention.split(/\s+/)) {
      if (!/^\p{Lu}\p{L}{2,}$/u.test(token)) continue;
      out.push({ key: p.mention, re: new RegExp(`(?<![\\p{L}])${token}(?![\\p{L}])`, 'u') });
    }
  }
  return out;
}

// Who tells the story is not who it happened to: "according to X", "X said", "said X", "X told".
const ATTRIBUTION_RE =
  /according to [^,.;]{0,60}|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2}\s+(?:said|says|told|added|explained|recalled|wrote|writes|claimed|claims|reported)\b|\b(?:said|says|told|added|explained)\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2}/gu;

/** A finder of the people named in a sentence (leaving out those it is attributed to), built once per document. */
export function participantFinder(people: PersonMention[]): (text: string) => Set<string> {
  const tokens = nameTokens(people);
  return (text) => {
    const told = text.replace(ATTRIBUTION_RE, (m) => ' '.repeat(m.length));
    return new Set(tokens.filter((t) => t.re.test(told)).map((t) => t.key));
  };
}

// "he deserted", "she has not heard": a singular pronoun as the trigger's subject.
const PRONOUN_SUBJECT_RE = /(?<![\p{L}])(?:he|she)(?:\s+\S+){0,2}\s*$/iu;

/**
 * The participants of an event whose trigger starts at `triggerAt` in `sentences[index]`:
 * the people named there, else the last person named in the two sentences before, when a pronoun is the subject.
 */
export function participantsOf(
  sentences: Sentence[],
  index: number,
  triggerAt: number,
  named: (text: string) => Set<string>,
): Set<string> {
  const sentence = sentences[index] as Sentence;
  const here = named(sentence.text);
  if (here.size || !PRONOUN_SUBJECT_RE.test(sentence.text.slice(0, triggerAt))) return here;
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const before = named((sentences[i] as Sentence).text);
    if (before.size === 1) return before;
    if (before.size > 1) return new Set();
  }
  return new Set();
}
