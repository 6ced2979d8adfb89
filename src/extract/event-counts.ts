/**
 * Which figure counts the people of an event: the link between the figure
 * `counts` classes and the event types of FORMAT.md. Language-neutral, so the
 * English and Russian events stages attach counts the same way.
 */
import type { EventType, FigureCounts } from '../claims/schema.ts';

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
