/**
 * Which figure counts the people of an event: the link between the figure
 * `counts` classes and the event types of FORMAT.md. Language-neutral, so the
 * English and Russian events stages attach counts the same way.
 */
import type { EventType, Figure, FigureCounts } from '../claims/schema.ts';
import type { Sentence } from './doc.ts';

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

/** The figure class that counts the people of an event of `type`, if any. */
export const countsFor = (type: EventType): FigureCounts | undefined => COUNTS_FOR[type];

const inside = (x: { start: number; end: number }, s: Sentence) => x.start >= s.start && x.end <= s.end;

/**
 * The figures giving the number of people of a `type` event told in `sentence`:
 * those of the sentence that count the same thing, else one whose stretch ends
 * right before the trigger (at most 15 characters before it). `triggerStart`
 * is an offset into the sentence.
 */
export function countFigures(
  type: EventType,
  triggerStart: number,
  sentence: Sentence,
  figures: readonly Figure[],
): Figure[] {
  const here = figures.filter((f) => inside(f, sentence) && !f.percent && Number.isInteger(f.value));
  const same = here.filter((f) => f.counts === countsFor(type));
  if (same.length) return same;
  const at = sentence.start + triggerStart;
  const adjoining = here.find((f) => f.start <= at && at - f.end <= 15);
  return adjoining ? [adjoining] : [];
}
