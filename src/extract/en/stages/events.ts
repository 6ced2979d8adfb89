/**
 * Events stage: what happened, one event per reported occurrence (FORMAT.md
 * `events`). Runs last: it reads the dates, places and figures the earlier
 * stages found to fill each event's date, place and count.
 */
import type { EventClaim, EventType, Figure } from '../../../claims/schema.ts';
import type { Doc, Sentence, Stage } from '../../doc.ts';
import { normalizeForMatch } from '../../text/patterns.ts';
import { countFigures, dateOf, placeOf } from '../events/attach.ts';
import { foldTellings, type Telling, tellingCues } from '../events/dedupe.ts';
import { participantFinder, participantsOf } from '../events/participants.ts';
import { findTriggers, type Trigger } from '../events/triggers.ts';

/**
 * One event per counted group. Figures stated together ("groups of eight and
 * ten men": their stretches overlap) are one group of unknown total size.
 */
function countGroups(figures: Figure[]): Array<Figure | null> {
  if (!figures.length) return [null];
  const overlaps = (a: Figure, b: Figure) => a !== b && a.start < b.end && b.start < a.end;
  if (figures.some((a) => figures.some((b) => overlaps(a, b)))) return [null];
  return figures;
}

/** The tellings of events in one sentence: the first trigger of each type, one event per counted group. */
function tellingsIn(doc: Doc, index: number, named: (text: string) => Set<string>): Telling[] {
  const sentence = doc.sentences[index] as Sentence;
  const triggers = findTriggers(normalizeForMatch(sentence.text));
  if (!triggers.length) return [];
  const firstOfType = new Map<EventType, Trigger>();
  for (const t of triggers) if (!firstOfType.has(t.type)) firstOfType.set(t.type, t);
  const previous = doc.sentences[index - 1];
  const base = {
    place: placeOf(sentence, previous, doc.places),
    date: dateOf(sentence, doc.dates),
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
  const cues = tellingCues(sentence.text);
  const out: Telling[] = [];
  for (const [type, trigger] of firstOfType) {
    for (const f of countGroups(countFigures(type, trigger, sentence, doc.figures))) {
      const event: EventClaim = { ...base, type, count: f ? f.value : null, rule: trigger.rule };
      const participants = participantsOf(doc.sentences, index, trigger.start, named);
      out.push({ event, sentenceIndex: index, qualifier: f?.qualifier ?? null, participants, ...cues });
    }
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events',
  version: '1',
  run(doc) {
    const tellings: Telling[] = [];
    const named = participantFinder(doc.people);
    doc.sentences.forEach((s, i) => {
      if (s.kind !== 'title') tellings.push(...tellingsIn(doc, i, named));
    });
    doc.events.push(...foldTellings(tellings));
  },
};
