/**
 * Who an event is about, as far as cheap rules tell: the named people in its
 * sentence, or, when the sentence names nobody and the trigger follows "he"
 * or "she", the person named last in the sentences just before. Used only to
 * recognise the same occurrence told twice ("Oleg deserted… He deserted a
 * month later"), never shown.
 */
import type { PersonMention } from '../../../claims/schema.ts';
import type { Sentence } from '../../doc.ts';

/** The capitalised tokens of every name ("Anna", "Petrova"), each with the names it belongs to. */
function nameTokens(people: PersonMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of people) {
    for (const token of p.mention.split(/\s+/)) {
      if (!/^\p{Lu}\p{L}{2,}$/u.test(token)) continue;
      out.set(token, [...(out.get(token) ?? []), p.mention]);
    }
  }
  return out;
}

// Who tells the story is not who it happened to: "according to X (including Y)", "X said",
// "X, told", "said X", "he recounted", "with X reporting that".
const SPEECH =
  '(?:said|says|told|tells|added|adds|explained|explains|recalled|recounted|wrote|writes|claimed|claims|reported|reporting|saying)';
const ATTRIBUTION_RE = new RegExp(
  [
    '[Aa]ccording to [^,.;:]{0,60}(?:,? including [^,.;:]{0,40})?',
    `[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,2},?\\s+(?:reportedly\\s+)?${SPEECH}\\b`,
    `\\b(?:said|says|told|added|explained)\\s+[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,2}`,
    `(?<![\\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)\\s+${SPEECH}\\b`,
    `\\b(?:said|says|told|added)\\s+(?:he|she|they)\\b`,
  ].join('|'),
  'gu',
);

// A possessor is someone else than the one it happened to: "the Minister's troops", "Ivanova's son".
const POSSESSOR_RE = /[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2}['’]s?(?![\p{L}])/gu;

/** The sentence with its attributions and possessors blanked out (offsets kept). */
export function withoutAttributions(text: string): string {
  return text
    .replace(ATTRIBUTION_RE, (m) => ' '.repeat(m.length))
    .replace(POSSESSOR_RE, (m) => ' '.repeat(m.length));
}

/**
 * A finder of the people named in a sentence (leaving out those it is attributed to), built once
 * per document: one regex over all name tokens, and answers cached per sentence text.
 */
export function participantFinder(people: PersonMention[]): (text: string) => Set<string> {
  const tokens = nameTokens(people);
  if (!tokens.size) return () => new Set();
  const alternatives = [...tokens.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu');
  const cache = new Map<string, Set<string>>();
  return (text) => {
    const cached = cache.get(text);
    if (cached) return new Set(cached);
    const found = new Set<string>();
    for (const m of withoutAttributions(text).matchAll(re))
      for (const k of tokens.get(m[0]) ?? []) found.add(k);
    cache.set(text, found);
    return new Set(found);
  };
}

// "he deserted", "she has not heard": a singular pronoun as the trigger's subject.
const PRONOUN_SUBJECT_RE = /(?<![\p{L}])(?:he|she)(?:\s+\S+){0,2}\s*$/iu;
// A sentence opening on a pronoun or on a definite description by age ("The 30-year-old driver")
// is about the person just named.
const ANAPHORIC_OPENING_RE = /^[\s"'‘“]*(?:(?:he|she)\s|the \d+-year-old\s)/iu;

/**
 * The participants of an event whose trigger starts at `triggerAt` in `sentences[index]`:
 * the people named there, else the last person named in the two sentences before, when a
 * pronoun is the subject or the sentence opens anaphorically.
 */
export function participantsOf(
  sentences: Sentence[],
  index: number,
  triggerAt: number,
  named: (text: string) => Set<string>,
): Set<string> {
  const sentence = sentences[index] as Sentence;
  const here = named(sentence.text);
  if (here.size) return here;
  const told = withoutAttributions(sentence.text);
  if (!PRONOUN_SUBJECT_RE.test(told.slice(0, triggerAt)) && !ANAPHORIC_OPENING_RE.test(told)) return here;
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const before = named((sentences[i] as Sentence).text);
    if (before.size === 1) return before;
    if (before.size > 1) return new Set();
  }
  return new Set();
}
