/**
 * How a trigger is framed in its clause: negated ("не смог уехать", "якобы
 * освобождены"), or not an occurrence at all: a threat of punishment or a
 * possibility ("грозит до 10 лет", "могут посадить"), a condition ("если
 * откажется"), a purpose ("чтобы избежать"), a future ("его отправят"), or a
 * wish or attempt, which frames every type but refusal (wanting to leave IS
 * refusing).
 */
import type { EventType, FigureCounts } from '../../../claims/schema.ts';
import { CUES, GOVERNING } from './lexicon.ts';
import { hasLemma, type Token } from './tokens.ts';

// "не только", "не менее": "не" that does not negate the word after it.
const NOT_NEGATING_AFTER = new Set([
  'только',
  'менее',
  'более',
  'меньше',
  'больше',
  'раз',
  'просто',
  'сразу',
  'один',
]);
const NOUN_POS = new Set(['NOUN']);

/** Is the trigger starting at token `first` negated by one of the two words before it? */
export function isNegated(tokens: Token[], first: number): boolean {
  const head = tokens[first];
  if (!head) return false;
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const t = tokens[k] as Token;
    if (t.clause !== head.clause) break;
    const next = tokens[k + 1] as Token;
    if (CUES.negation.has(t.form) && !NOT_NEGATING_AFTER.has(next.form)) return true;
  }
  const before = tokens[first - 1];
  const noun = NOUN_POS.has(head.readings[0]?.pos ?? '');
  return !!before && noun && before.clause === head.clause && CUES.negationBeforeNoun.has(before.form);
}

/** Can the token be a past-tense verb? */
const isPast = (t: Token) => t.readings.some((r) => r.pos === 'VERB' && r.tags.includes('past'));
/** Is the token only an imperative? Every reading counts: the analyser ranks rare imperatives first. */
const isImperative = (t: Token) =>
  t.readings.length > 0 && t.readings.every((r) => r.pos === 'VERB' && r.tags.includes('impr'));

/** Is the most likely reading of the token a future-tense verb ("отправят", "будут")? */
function isFuture(t: Token): boolean {
  const r = t.readings[0];
  return !!r && (r.pos === 'VERB' || r.pos === 'INFN') && r.tags.includes('futr');
}

/** How a trigger is framed: not at all, as a wish or attempt, or as a threat, possibility, condition, purpose or future. */
export type Frame = 'none' | 'wish' | 'hypothetical';

/** The framing of the trigger at token `first` by the words before it (a wish does not frame a refusal). */
export function frameOf(tokens: Token[], first: number, type: EventType): Frame {
  const head = tokens[first];
  if (!head) return 'none';
  if (isFuture(head) || isImperative(head)) return 'hypothetical';
  // "За отказ грозит до 10 лет": the penalty may follow the act it names.
  if (type !== 'coercion' && tokens.some((t) => t.clause === head.clause && hasLemma(t, CUES.penalty)))
    return 'hypothetical';
  let frame: Frame = 'none';
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (CUES.conditional.has(t.form) && !isPast(head)) return 'hypothetical';
    if (t.clause !== head.clause) continue;
    if (hasLemma(t, CUES.hypothetical) || isFuture(t)) return 'hypothetical';
    if (type !== 'coercion' && hasLemma(t, CUES.threat)) return 'hypothetical';
    // An appeal ("помогите вернуть") asks for what has not happened, like a wish.
    if (type !== 'refusal' && (hasLemma(t, CUES.wish) || isImperative(t))) frame = 'wish';
  }
  return frame;
}

// Words that may stand between a governing verb and its infinitive ("отказались дальше воевать").
const BETWEEN_POS = new Set(['ADVB', 'COMP']);

/** The class a governing word at token k passes on, unless it is negated. */
function governorClass(tokens: Token[], k: number): FigureCounts | null {
  const t = tokens[k];
  if (!t || tokens[k - 1]?.form === 'не') return null;
  for (const lemma of t.lemmas) {
    const counts = GOVERNING.get(lemma);
    if (counts) return counts;
  }
  return null;
}

/** Whether token k is in the head's clause with nothing but white space after it: "отказаться > сбежать" lists, it does not govern. */
const adjoins = (tokens: Token[], k: number, head: Token) =>
  tokens[k + 1]?.spaced === true && tokens[k]?.clause === head.clause;

/**
 * The class of a word governing the trigger head at token `first`: an
 * infinitive after it (an adverb at most between: "отказались возвращаться",
 * "отказавшихся дальше ехать") or a noun after "от" ("отказ от возвращения").
 * Such a head names what was refused, not what happened.
 */
export function governedBy(tokens: Token[], first: number): FigureCounts | null {
  const head = tokens[first];
  if (!head) return null;
  if (head.readings.some((r) => r.pos === 'INFN')) {
    for (let k = first - 1; k >= 0 && k >= first - 2 && adjoins(tokens, k, head); k--) {
      const governs = governorClass(tokens, k);
      if (governs) return governs;
      if (!BETWEEN_POS.has(tokens[k]?.readings[0]?.pos ?? '')) return null;
    }
  }
  if (
    head.readings.some((r) => r.pos === 'NOUN') &&
    tokens[first - 1]?.form === 'от' &&
    adjoins(tokens, first - 1, head) &&
    adjoins(tokens, first - 2, head)
  )
    return governorClass(tokens, first - 2);
  return null;
}
