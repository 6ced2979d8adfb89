/**
 * Russian events stage: what happened, one event per reported occurrence
 * (FORMAT.md `events`, the same types and attributes as English). Triggers
 * are lemma-class patterns (data/extract/ru/events.json) matched through the
 * morphology seam, so every inflection, participle and verbal noun counts.
 * Runs last: it reads the dates, places and figures of earlier stages.
 */
import type { EventClaim, EventType, Figure } from '../../../claims/schema.ts';
import type { Doc, Sentence, Stage } from '../../doc.ts';
import { countFigures } from '../../event-counts.ts';
import { foldTellings, type Telling } from '../../events-fold.ts';
import { quotedParagraphs } from '../../text/quoted-paragraphs.ts';
import { dateOf, placeOf } from '../events/attach.ts';
import { announcesArticle, headlineReports } from '../events/headline.ts';
import { nameSpans } from '../events/names.ts';
import { participantFinder } from '../events/participants.ts';
import { type PlaceSpot, placeSpots } from '../events/places.ts';
import { definiteAt, retellingCues } from '../events/retelling.ts';
import { type Token, tokenize } from '../events/tokens.ts';
import { findTriggers, type Trigger } from '../events/triggers.ts';

// Events that take people away from the scene just described: no place is inherited for them.
const MOVES_AWAY: ReadonlySet<EventType> = new Set(['disappearance', 'release', 'desertion']);

const overlaps = (a: Figure, b: Figure) => a !== b && a.start < b.end && b.start < a.end;

/** One event per counted group; figures whose stretches overlap are one group of unknown size. */
function countGroups(figures: Figure[]): Array<Figure | null> {
  if (!figures.length) return [null];
  return figures.some((a) => figures.some((b) => overlaps(a, b))) ? [null] : figures;
}

/** The places of the sentence that are not origins. */
const within = (s: Sentence, spots: PlaceSpot[]) =>
  spots.filter((p) => p.start >= s.start && p.end <= s.end && !p.origin);

/** The one place named in the sentence before, in the same paragraph, for a sentence that names none. */
function placeBefore(doc: Doc, index: number, spots: PlaceSpot[]): string | null {
  const sentence = doc.sentences[index] as Sentence;
  const previous = doc.sentences[index - 1];
  if (within(sentence, spots).length || !previous || previous.paragraph !== sentence.paragraph) return null;
  const names = new Set(within(previous, spots).map((p) => p.canonical));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

/** Whether the trigger lies inside one of the name spans (document offsets). */
function inName(t: Trigger, sentence: Sentence, names: Array<[number, number]>): boolean {
  return names.some(([a, b]) => sentence.start + t.start >= a && sentence.start + t.end <= b);
}

interface DocContext {
  spots: PlaceSpot[];
  names: Array<[number, number]>;
  /** Every sentence's words, tokenised once. */
  sentences: Array<{ tokens: Token[]; text: string }>;
  participants: ReturnType<typeof participantFinder>;
  /** Paragraphs that open with a quotation mark: someone's words, told on. */
  quotedParagraphs: ReadonlySet<number>;
}

/** The tellings in one sentence: the first trigger of each type, one event per counted group. */
function tellingsIn(doc: Doc, index: number, ctx: DocContext): Telling[] {
  const sentence = doc.sentences[index] as Sentence;
  const tokens = (ctx.sentences[index] as { tokens: Token[] }).tokens;
  if (sentence.kind === 'title' && !headlineReports(tokens)) return [];
  if (announcesArticle(tokens)) return [];
  const triggers = findTriggers(tokens).filter((t) => !inName(t, sentence, ctx.names));
  if (!triggers.length) return [];
  const firstOfType = new Map<EventType, Trigger>();
  for (const t of triggers) if (!firstOfType.has(t.type)) firstOfType.set(t.type, t);
  const cues = retellingCues(tokens, sentence.text);
  const out: Telling[] = [];
  for (const [type, trigger] of firstOfType) {
    const place =
      placeOf(type, triggers, sentence, ctx.spots) ??
      (MOVES_AWAY.has(type) ? null : placeBefore(doc, index, ctx.spots));
    const date = dateOf(type, triggers, sentence, doc.dates, tokens);
    const figures = countFigures(type, trigger.start, sentence, doc.figures);
    // "ноль уголовных дел": a count of none tells that nothing happened.
    if (figures.some((f) => f.value === 0)) continue;
    const participants = ctx.participants.of(ctx.sentences, index);
    for (const f of countGroups(figures)) {
      const event: EventClaim = {
        type,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        place,
        date,
        count: f ? f.value : null,
        rule: trigger.rule,
      };
      out.push({
        event,
        definite: definiteAt(tokens, trigger.first),
        sentenceIndex: index,
        qualifier: f?.qualifier ?? null,
        participants,
        // Russian triggers are not divided into kinds of act: the type is the kind.
        kinds: new Set([type]),
        paragraph: sentence.paragraph ?? index,
        quoted: ctx.quotedParagraphs.has(sentence.paragraph ?? -1),
        ...cues,
      });
    }
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events-ru',
  version: '1',
  run(doc) {
    const ctx: DocContext = {
      spots: placeSpots(doc.text, doc.places),
      names: nameSpans(doc.text, doc.organizations),
      sentences: doc.sentences.map((s) => ({ tokens: tokenize(s.text), text: s.text })),
      participants: participantFinder(doc.people),
      quotedParagraphs: quotedParagraphs(doc.sentences),
    };
    const tellings: Telling[] = [];
    doc.sentences.forEach((_s, i) => {
      tellings.push(...tellingsIn(doc, i, ctx));
    });
    doc.events.push(...foldTellings(tellings));
  },
};
