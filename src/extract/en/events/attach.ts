/**
 * What an event carries besides its type and sentence: the count (from a
 * figure in the same sentence that counts the same thing), the place (a place
 * named in the sentence, else in the sentence before it in the same
 * paragraph) and the date (a date in the sentence).
 */
import type { EventType, Figure, FigureCounts, PlaceMention } from '../../../claims/schema.ts';
import type { DateMention, Sentence } from '../../doc.ts';
import type { Trigger } from './triggers.ts';

/** The figure `counts` that reports people taking part in an event of each type. */
const COUNTS_FOR: Partial<Record<EventType, FigureCounts>> = {
  refusal: 'refusing',
  desertion: 'deserted',
  detention: 'detained',
  release: 'returned',
  prosecution: 'prosecuted',
  disappearance: 'missing',
  death: 'killed',
  surrender: 'surrendered',
  forced_recruitment: 'recruited',
  assistance: 'assisted',
};

const inside = (x: { start: number; end: number }, s: Sentence) => x.start >= s.start && x.end <= s.end;

/**
 * Figures that give the number of people in this event: those counting the same
 * thing, else one whose stretch ends right before the trigger ("helped 400 men to desert").
 */
export function countFigures(
  type: EventType,
  trigger: Trigger,
  sentence: Sentence,
  figures: Figure[],
): Figure[] {
  const here = figures.filter((f) => inside(f, sentence) && !f.percent && Number.isInteger(f.value));
  const same = here.filter((f) => f.counts === COUNTS_FOR[type]);
  if (same.length) return same;
  const at = sentence.start + trigger.start;
  const adjoining = here.find((f) => f.start <= at && at - f.end <= 15);
  return adjoining ? [adjoining] : [];
}

/** The canonical place of the event, or null. */
export function placeOf(
  sentence: Sentence,
  previous: Sentence | undefined,
  places: PlaceMention[],
): string | null {
  const inSentence = places.find((p) => inside(p, sentence));
  if (inSentence) return inSentence.canonical;
  if (previous && previous.paragraph === sentence.paragraph) {
    return places.find((p) => inside(p, previous))?.canonical ?? null;
  }
  return null;
}

/** The date of the event: the first date stated in its sentence, or null. */
export function dateOf(sentence: Sentence, dates: DateMention[]): string | null {
  return dates.find((d) => inside(d, sentence))?.date ?? null;
}
