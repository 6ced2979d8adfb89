/**
 * What an event carries besides its type and sentence: the count (figures in
 * the sentence counting the same thing), the place and the date. A sentence
 * may tell several events ("отказавшихся воевать задержали в X в мае"): a
 * place or date belongs to the event whose trigger precedes it most closely;
 * one stated before every trigger belongs to all of them, unless a date dates
 * the telling ("19 октября заявил, что ...").
 */
import type { EventType } from '../../../claims/schema.ts';
import type { DateMention, Sentence } from '../../doc.ts';
import { CUES } from './lexicon.ts';
import type { PlaceSpot } from './places.ts';
import { hasLemma, type Token } from './tokens.ts';
import type { Trigger } from './triggers.ts';

// Places taken away from, not where it happened: "из X" is their scene only for these.
const FROM_SCENE: ReadonlySet<EventType> = new Set(['desertion', 'release']);

const inside = (x: { start: number; end: number }, s: Sentence) => x.start >= s.start && x.end <= s.end;

/** [start, end) document offsets where what is stated belongs to `type`: from its trigger to the next trigger of another type. */
function regionsOf(
  type: EventType,
  triggers: readonly Trigger[],
  sentence: Sentence,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  triggers.forEach((t, i) => {
    if (t.type !== type) return;
    const next = triggers.slice(i + 1).find((u) => u.type !== type && u.start >= t.end);
    out.push([sentence.start + t.start, sentence.start + (next ? next.start : sentence.text.length)]);
  });
  return out;
}

/** The first item inside a region of the type, else the last one before the sentence's first trigger. */
function pick<T extends { start: number; end: number }>(
  items: T[],
  type: EventType,
  triggers: readonly Trigger[],
  sentence: Sentence,
): T | null {
  const regions = regionsOf(type, triggers, sentence);
  const after = items.find((x) => regions.some(([a, b]) => x.start >= a && x.end <= b));
  if (after) return after;
  const firstAt = sentence.start + (triggers[0]?.start ?? 0);
  return items.filter((x) => x.end <= firstAt).at(-1) ?? null;
}

/** The canonical place of the `type` event in the sentence, or null. */
export function placeOf(
  type: EventType,
  triggers: readonly Trigger[],
  sentence: Sentence,
  spots: readonly PlaceSpot[],
): string | null {
  const here = spots.filter((p) => inside(p, sentence) && (!p.origin || FROM_SCENE.has(type)));
  return pick(here, type, triggers, sentence)?.canonical ?? null;
}

/** Does a verb of telling stand right next to the date ("19 октября заявил", "сообщил 5 мая")? */
function datesTelling(d: DateMention, sentence: Sentence, tokens: readonly Token[]): boolean {
  const a = d.start - sentence.start;
  const b = d.end - sentence.start;
  const i = tokens.findIndex((t) => t.start >= b);
  const j = tokens.findLastIndex((t) => t.end <= a);
  const near = [tokens[i], tokens[i + 1], tokens[j]].filter((t): t is Token => !!t);
  return near.some((t) => hasLemma(t, CUES.telling));
}

/** The date of the `type` event in the sentence, or null. */
export function dateOf(
  type: EventType,
  triggers: readonly Trigger[],
  sentence: Sentence,
  dates: readonly DateMention[],
  tokens: readonly Token[],
): string | null {
  const here = dates.filter((d) => inside(d, sentence) && !datesTelling(d, sentence, tokens));
  return pick(here, type, triggers, sentence)?.date ?? null;
}
