/**
 * Events stage: what happened, one event per reported occurrence (FORMAT.md
 * `events`). Runs last: it reads the dates, places and figures the earlier
 * stages found to fill each event's date, place and count.
 */
import type { EventClaim, EventType, Figure } from '../../../claims/schema.ts';
import type { Doc, Sentence, Stage } from '../../doc.ts';
import { countFigures } from '../../event-counts.ts';
import { foldTellings, type Telling } from '../../events-fold.ts';
import { normalizeForMatch } from '../../text/patterns.ts';
import { quotedParagraphs } from '../../text/quoted-paragraphs.ts';
import { dateOf, headCount, placeOf } from '../events/attach.ts';
import { participantFinder, participantsOf } from '../events/participants.ts';
import { type PlaceSpot, placeSpots } from '../events/places.ts';
import { retellingCues } from '../events/retelling.ts';
import { findTriggers, type Trigger } from '../events/triggers.ts';

/**
 * One event per counted group. Figures stated together ("teams of five and
 * ten men": their stretches overlap) are one group of unknown total size.
 */
function countGroups(figures: Figure[]): Array<Figure | null> {
  if (!figures.length) return [null];
  const overlaps = (a: Figure, b: Figure) => a !== b && a.start < b.end && b.start < a.end;
  if (figures.some((a) => figures.some((b) => overlaps(a, b)))) return [null];
  return figures;
}

/**
 * The place of a sentence that names none: the one place named in the sentence before it,
 * in the same paragraph ("He was taken to a base in X. There he was beaten.").
 */
function placeBefore(doc: Doc, index: number, spots: PlaceSpot[]): string | null {
  const sentence = doc.sentences[index] as Sentence;
  const previous = doc.sentences[index - 1];
  const within = (s: Sentence) => spots.filter((p) => p.start >= s.start && p.end <= s.end);
  if (within(sentence).length || !previous || previous.paragraph !== sentence.paragraph) return null;
  const names = new Set(within(previous).map((p) => p.canonical));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

// Events that take people away from the scene just described: no place is inherited for them.
const MOVES_AWAY: ReadonlySet<EventType> = new Set(['disappearance', 'release']);

interface DocContext {
  named: (text: string) => Set<string>;
  spots: PlaceSpot[];
  /** Paragraphs that open with a quotation mark: someone's words, told on. */
  quotedParagraphs: ReadonlySet<number>;
}

/** A definite determiner right before a trigger: "the", "these", "those", "that", "this", "such". */
const DEFINITE_BEFORE_RE = /\b(?:the|these|those|that|this|such)\s+$/u;

/** The tellings of events in one sentence: the first trigger of each type, one event per counted group. */
function tellingsIn(doc: Doc, index: number, ctx: DocContext): Telling[] {
  const sentence = doc.sentences[index] as Sentence;
  const lowered = normalizeForMatch(sentence.text);
  const triggers = findTriggers(lowered);
  if (!triggers.length) return [];
  const firstOfType = new Map<EventType, Trigger>();
  for (const t of triggers) if (!firstOfType.has(t.type)) firstOfType.set(t.type, t);
  const cues = retellingCues(sentence.text);
  const out: Telling[] = [];
  for (const [type, trigger] of firstOfType) {
    const kinds = new Set(triggers.filter((t) => t.type === type).map((t) => t.kind));
    const base = {
      place:
        placeOf(type, triggers, sentence, ctx.spots) ??
        (MOVES_AWAY.has(type) ? null : placeBefore(doc, index, ctx.spots)),
      date: dateOf(type, triggers, sentence, doc.dates, doc.text),
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
    };
    const participants = participantsOf(doc.sentences, index, trigger.start, ctx.named);
    for (const f of countGroups(countFigures(type, trigger.start, sentence, doc.figures))) {
      const count = f ? headCount(f, doc.text) : null;
      const event: EventClaim = { ...base, type, count, rule: trigger.rule };
      const paragraph = sentence.paragraph;
      const quoted = ctx.quotedParagraphs.has(paragraph ?? -1);
      out.push({
        event,
        definite: DEFINITE_BEFORE_RE.test(lowered.slice(Math.max(0, trigger.start - 8), trigger.start)),
        sentenceIndex: index,
        qualifier: f?.qualifier ?? null,
        participants,
        kinds,
        paragraph,
        quoted,
        ...cues,
      });
    }
  }
  return out;
}

/**
 * A detention told without a place happened where the detention told last was held:
 * reports name the facility's town once and then speak of "the basement".
 */
function inheritDetentionPlaces(tellings: Telling[]): void {
  let last: string | null = null;
  for (const t of tellings) {
    if (t.event.type !== 'detention') continue;
    t.event.place ??= last;
    last = t.event.place;
  }
}

export const eventsStage: Stage = {
  name: 'events',
  version: '4',
  run(doc) {
    const starts = doc.sentences.map((s) => s.start);
    const sentenceStartOf = (offset: number) => {
      let i = starts.findIndex((s) => s > offset);
      i = i < 0 ? starts.length - 1 : i - 1;
      return starts[Math.max(0, i)] ?? 0;
    };
    const ctx = {
      named: participantFinder(doc.people),
      spots: placeSpots(doc.text, doc.places, doc.organizations, sentenceStartOf),
      quotedParagraphs: quotedParagraphs(doc.sentences),
    };
    const tellings: Telling[] = [];
    doc.sentences.forEach((s, i) => {
      if (s.kind !== 'title') tellings.push(...tellingsIn(doc, i, ctx));
    });
    inheritDetentionPlaces(tellings);
    doc.events.push(...foldTellings(tellings));
  },
};
