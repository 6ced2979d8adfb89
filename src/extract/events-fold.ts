/**
 * One event per reported occurrence, for every language (each pipeline reads
 * the cues from its own words: en/events/retelling.ts, ru/events/retelling.ts): later tellings of an occurrence already
 * told are folded into the first one (its quote is kept; a count, place or
 * date only the later telling gives is added). Two tellings of the same type
 * (and, for broad types such as coercion, the same kind of act) are one
 * occurrence when
 *   - they have the same sentence text (a repeated paragraph or caption);
 *   - they give the same count with the same qualifier;
 *   - they are about the same named people, or the later one about some of the
 *     people of the first and it adds no count, place or date ("Alexei, who
 *     deserted, ...");
 *   - the later sentence says the state goes on ("he was still in the basement");
 *   - the later one names the act with a definite noun phrase ("before the
 *     arrests began") and adds no number or names: a reference back;
 *   - the earlier sentence gives only a vague group and the very next one the
 *     same type with a number and no new date: the lede and its detail (the
 *     detail's place wins);
 *   - the later one speaks of a vague or partitive group ("hundreds want to
 *     leave", "many are forced into the army") with no number, names, place or
 *     date of its own, and an earlier telling about a group, named nobody: the
 *     summary retold (unless "these soldiers" points to a group just introduced);
 *   - the later one is told in the first person ("they took our phones"), or
 *     in the same quoted paragraph as the earlier one, with no number, names,
 *     place or date, and the earlier one had no number and no names: the
 *     speaker's own words for what the report (or he) already said.
 * A telling marked as another occurrence ("also", "another") is folded only by
 * the first three rules.
 */
import type { EventClaim, Qualifier } from '../claims/schema.ts';

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

/** An event with what the folding rules need to know about its telling. */
export interface Telling extends RetellingCues {
  event: EventClaim;
  /** The trigger is a noun picked out by a definite determiner ("the detentions", "that arrest"):
   * it names an occurrence the reader already knows of, not a new one. */
  definite: boolean;
  sentenceIndex: number;
  qualifier: Qualifier | null;
  /** Named people the event is about (see participants.ts); empty when unknown. */
  participants: ReadonlySet<string>;
  /** Kinds of act (events.json `kinds`) the sentence's triggers of this type name. */
  kinds: ReadonlySet<string>;
  /** The paragraph of the sentence, and whether that paragraph is a quotation (opens with a quote mark). */
  paragraph: number | undefined;
  quoted: boolean;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && [...a].every((x) => b.has(x));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Nothing of its own: no number, no named people, no place, no date. */
const bare = (t: Telling) =>
  t.event.count === null && !t.participants.size && t.event.place === null && t.event.date === null;

/** Rules that hold whatever the sentence's cues: same text, same count, same people. */
function sameByContent(first: Telling, later: Telling): boolean {
  const a = first.event;
  const b = later.event;
  if (norm(a.quote) === norm(b.quote)) return a.count === b.count || a.count === null || b.count === null;
  if (a.count !== null && a.count === b.count && first.qualifier === later.qualifier) return true;
  if (first.participants.size && sameSet(first.participants, later.participants)) return true;
  return (
    within(later.participants, first.participants) && b.date === null && b.count === null && b.place === null
  );
}

/** The very next sentence gives the number (but no new date) for a vague group: the lede's detail. */
function isDetail(first: Telling, later: Telling): boolean {
  const a = first.event;
  const b = later.event;
  const newDate = b.date !== null && a.date === null;
  return (
    later.sentenceIndex - first.sentenceIndex === 1 &&
    first.vague &&
    a.count === null &&
    b.count !== null &&
    !newDate
  );
}

/** Rules that read the later telling as a retelling from its cues. */
function sameByRetelling(first: Telling, later: Telling, previousTypes: ReadonlySet<string>): boolean {
  const gap = later.sentenceIndex - first.sentenceIndex;
  if (gap <= 0 || later.additive) return false;
  // The state goes on for the people of the first telling, not for someone named anew.
  const newPeople = later.participants.size > 0 && !meets(later.participants, first.participants);
  if (later.continuation && later.event.count === null && !newPeople) return true;
  if (later.definite && later.event.count === null && !later.participants.size) return true;
  if (isDetail(first, later)) return true;
  if (!bare(later) || first.participants.size) return false;
  if (later.vague && first.group) return !later.demonstrative || previousTypes.has(later.event.type);
  const sameQuote = later.quoted && first.paragraph !== undefined && first.paragraph === later.paragraph;
  return (later.firstPerson || sameQuote) && first.event.count === null;
}

/** Folds later tellings into first ones; returns the events in document order. */
export function foldTellings(tellings: Telling[]): EventClaim[] {
  const kept: Telling[] = [];
  for (const t of tellings) {
    const previousTypes = new Set(
      tellings.filter((x) => x.sentenceIndex === t.sentenceIndex - 1).map((x) => x.event.type),
    );
    const first = kept.find(
      (k) =>
        k.event.type === t.event.type &&
        meets(k.kinds, t.kinds) &&
        (sameByContent(k, t) || sameByRetelling(k, t, previousTypes)),
    );
    if (!first) {
      kept.push(t);
      continue;
    }
    if (isDetail(first, t) && t.event.place) first.event.place = t.event.place;
    first.event.count ??= t.event.count;
    first.event.place ??= t.event.place;
    first.event.date ??= t.event.date;
  }
  return kept.map((k) => k.event);
}
