/**
 * Event triggers in one sentence: lexicon patterns over lemma classes
 * (./lexicon.ts), each checked for its framing (./frame.ts). A negated
 * trigger reports nothing or, for types that say so, another type (a release
 * that did not happen is coercion); a framed one reports nothing, but for a
 * wished release ("пытаются вернуть домой"), which is asking to leave. A weak
 * trigger (a person noun such as "отказник") reports only when nothing else
 * happens in the sentence: "they held the refuseniks" reports a detention.
 */
import type { EventType } from '../../../claims/schema.ts';
import { countsFor } from '../../event-counts.ts';
import { frameOf, governedBy, isNegated } from './frame.ts';
import { NEGATED_AS, TRIGGERS_BY_HEAD, type TriggerPattern } from './lexicon.ts';
import { matchAllFrom } from './pattern.ts';
import type { Token } from './tokens.ts';

/** A trigger found in a sentence: offsets relative to the sentence, token span. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  first: number;
  last: number;
  rule: string;
}

// Patterns headed by a word form's lemmas, by its (shared, per-form) lemma set.
const headed = new WeakMap<ReadonlySet<string>, readonly TriggerPattern[]>();

function patternsHeadedBy(lemmas: ReadonlySet<string>): readonly TriggerPattern[] {
  let hit = headed.get(lemmas);
  if (!hit) {
    const list: TriggerPattern[] = [];
    for (const w of lemmas) for (const p of TRIGGERS_BY_HEAD.get(w) ?? []) list.push(p);
    hit = list;
    headed.set(lemmas, hit);
  }
  return hit;
}

/**
 * Candidate patterns for a sentence, those whose first element accepts one of
 * its words, in order of first appearance, each with the (ascending) indexes
 * of the words its head may match there.
 */
function candidates(tokens: Token[]): Map<TriggerPattern, number[]> {
  const out = new Map<TriggerPattern, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (const p of patternsHeadedBy((tokens[i] as Token).lemmas)) {
      const starts = out.get(p);
      if (!starts) out.set(p, [i]);
      else if (starts[starts.length - 1] !== i) starts.push(i);
    }
  }
  return out;
}

/** Every raw match, with its weakness. */
function rawTriggers(tokens: Token[]): Array<Trigger & { weak: boolean; negated: boolean }> {
  const out: Array<Trigger & { weak: boolean; negated: boolean }> = [];
  for (const [p, starts] of candidates(tokens)) {
    const startsNegated = p.pattern.elements[0]?.words.has('не') ?? false;
    for (const m of matchAllFrom(p.pattern, tokens, starts)) {
      const a = tokens[m.first] as Token;
      const b = tokens[m.last] as Token;
      out.push({
        type: p.type,
        start: a.start,
        end: b.end,
        first: m.first,
        last: m.last,
        rule: p.rule,
        weak: p.weak,
        negated: !startsNegated && isNegated(tokens, m.first),
      });
    }
  }
  return out;
}

/** The triggers of a sentence in text order, after negation, framing and weakness. */
export function findTriggers(tokens: Token[]): Trigger[] {
  const out: Array<Trigger & { weak: boolean }> = [];
  for (const t of rawTriggers(tokens)) {
    let type: EventType | undefined = t.type;
    if (t.negated) type = NEGATED_AS.get(t.type);
    if (!type) continue;
    // "отказались возвращаться": the refusal reports, the return it governs does not.
    const governor = governedBy(tokens, t.first);
    if (governor && governor !== countsFor(type)) continue;
    const frame = frameOf(tokens, t.first, type);
    // Wanting or trying to get someone home is asking to leave: a refusal.
    if (frame === 'wish' && type === 'release') type = 'refusal';
    else if (frame !== 'none') continue;
    out.push({ ...t, type });
  }
  const strongTypes = new Set(out.filter((t) => !t.weak).map((t) => t.type));
  return out
    .filter((t) => !t.weak || ![...strongTypes].some((s) => s !== t.type))
    .map(({ weak: _weak, ...t }) => t)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
