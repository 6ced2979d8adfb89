/**
 * What an event carries besides its type and sentence: the count (from a
 * figure in the same sentence that counts the same thing), the place and the
 * date. A sentence may tell several events ("who refused to fight were
 * detained in X in May"): a place or date belongs to the event whose trigger
 * precedes it most closely, and one stated before every trigger belongs to
 * all events in its clause, unless it dates the telling ("called him on
 * July 8 to say...").
 */
import type { EventType, Figure } from '../../../claims/schema.ts';
import type { DateMention, Sentence } from '../../doc.ts';
import type { PlaceSpot } from './places.ts';
import type { Trigger } from './triggers.ts';

const inside = (x: { start: number; end: number }, s: Sentence) => x.start >= s.start && x.end <= s.end;

// "he, along with at least 30 other gunners": the figure leaves out the one it is added to.
const WITH_OTHERS_RE =
  /\b(?:along with|together with|with|and)\s+(?:(?:at least|some|about|nearly|more than|over|around|almost)\s+)?([\d,]+|\p{L}+)\s+other\b/iu;

/** The number of people a figure gives for the event: one more for "along with N other soldiers". */
export function headCount(figure: Figure, text: string): number {
  const m = WITH_OTHERS_RE.exec(text.slice(Math.max(0, figure.start - 40), figure.end + 10));
  const digits = m?.[1]?.replace(/,/g, '');
  const same = digits !== undefined && (!/^\d+$/.test(digits) || Number(digits) === figure.value);
  return m && same ? figure.value + 1 : figure.value;
}

// Boundaries of the clause before the first trigger: not commas, which set off fronted
// adverbials ("In May, ..."), but a new clause ("..., yet they were not allowed").
const BOUNDARY_RE = /[;:()—–]|\b(?:yet|although|though|whereas|while)\b/giu;
// A date that dates the telling, not the event: "phoned her on March 3", "told reporters in May".
const TELLING_DATE_RE =
  /\b(?:called|phoned|texted|messaged|wrote|told|said|spoke|announced|reported|recounted|posted)(?:\s+\S+){0,3}\s+(?:on|in|last|this)?\s*$/iu;

// Where what follows a trigger stops being about it: a new clause, or the report of who said it.
const REGION_END_RE =
  /[;:()—–]|\b(?:but|while|although|whereas)\b|,\s+(?:\S+\s+){0,2}(?:said|says|told|added|claimed|adding|saying)\b/giu;

/**
 * The stretches of a sentence (document offsets) where what is stated belongs to the
 * triggers of `type`: from each such trigger to the next trigger of another type or the
 * end of its clause.
 */
function regionsOf(type: EventType, triggers: Trigger[], sentence: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  triggers.forEach((t, i) => {
    if (t.type !== type) return;
    const next = triggers.slice(i + 1).find((u) => u.type !== type);
    let end = next ? next.start : sentence.text.length;
    REGION_END_RE.lastIndex = t.end;
    const stop = REGION_END_RE.exec(sentence.text);
    if (stop && stop.index < end) end = stop.index;
    out.push([sentence.start + t.start, sentence.start + end]);
  });
  return out;
}

/** Where the clause before the sentence's first trigger starts (document offset). */
function leadClauseStart(triggers: Trigger[], sentence: Sentence): number {
  const first = triggers[0]?.start ?? 0;
  let start = 0;
  for (const m of sentence.text.slice(0, first).matchAll(BOUNDARY_RE)) start = m.index + m[0].length;
  return sentence.start + start;
}

/** The first of `items` that belongs to the `type` event of the sentence, or null. */
function pick<T extends { start: number; end: number }>(
  items: T[],
  type: EventType,
  triggers: Trigger[],
  sentence: Sentence,
  allowedBefore: (x: T) => boolean,
): T | null {
  const regions = regionsOf(type, triggers, sentence);
  const after = items.find((x) => regions.some(([a, b]) => x.start >= a && x.end <= b));
  if (after) return after;
  const leadStart = leadClauseStart(triggers, sentence);
  const firstAt = sentence.start + (triggers[0]?.start ?? 0);
  return items.find((x) => x.start >= leadStart && x.end <= firstAt && allowedBefore(x)) ?? null;
}

/**
 * The canonical place of the `type` event in the sentence, or null. A place after "from" is the
 * scene only when the event's trigger governs the "from" ("rounded up men from a dormitory in X"),
 * not when it tells where people come from ("soldiers from X refused").
 */
export function placeOf(
  type: EventType,
  triggers: Trigger[],
  sentence: Sentence,
  spots: PlaceSpot[],
): string | null {
  const governed = (p: PlaceSpot) =>
    p.fromAt === undefined ||
    triggers.some(
      (t) =>
        t.type === type &&
        sentence.start + t.end <= (p.fromAt as number) &&
        (p.fromAt as number) - (sentence.start + t.end) <= 30,
    );
  const here = spots.filter((p) => inside(p, sentence) && governed(p));
  return pick(here, type, triggers, sentence, () => true)?.canonical ?? null;
}

// A date right after a verb of saying dates the report, wherever it stands ("X said Sunday",
// ", the outlet reported on May 3").
const SAID_ON_RE =
  /\b(?:said|says|reported|reports|told|announced|wrote|noted|stated|added|claimed|confirmed|published)\s+(?:on\s+|in\s+|last\s+|this\s+)?$/iu;
// "Since April, ...": where a span of time starts, not when an act happened; only the state
// types begin at such a date ("has not heard from him since May 2", "held since March").
const SINCE_RE = /\bsince\s+(?:\S+\s+){0,5}$/iu;
const STATES: ReadonlySet<EventType> = new Set(['disappearance', 'detention']);

/** The date of the `type` event in the sentence, or null. */
export function dateOf(
  type: EventType,
  triggers: Trigger[],
  sentence: Sentence,
  dates: DateMention[],
  text: string,
): string | null {
  const before = (d: DateMention) => text.slice(Math.max(sentence.start, d.start - 60), d.start);
  const here = dates.filter(
    (d) =>
      inside(d, sentence) && !SAID_ON_RE.test(before(d)) && (STATES.has(type) || !SINCE_RE.test(before(d))),
  );
  const notTelling = (d: DateMention) => !TELLING_DATE_RE.test(text.slice(sentence.start, d.start));
  return pick(here, type, triggers, sentence, notTelling)?.date ?? null;
}
