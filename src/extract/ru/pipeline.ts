/**
 * The Russian extraction pipeline: the ONE place the Russian stage order is
 * written. Same document contract and order as the English pipeline:
 *   1. sentences      everything below works sentence by sentence;
 *   2. dates          events take their date from here;
 *   3. places         gazetteer look-ups by lemma; events take their place from here;
 *   4. units          formations ("64-я бригада", "в/ч 51460"), before figures so a
 *                     unit number is never taken for a head count;
 *   5. organizations  named groups («Идите лесом»), before people;
 *   6. people         named individuals, brought to the nominative, and their roles;
 *   7. figures        numbers that count people, after the entities they may refer to;
 *   8. events         last: reads dates, places and figures.
 */
import type { Stage } from '../doc.ts';
import { datesStage } from './stages/dates.ts';
import { eventsStage } from './stages/events.ts';
import { figuresStage } from './stages/figures.ts';
import { organizationsStage } from './stages/organizations.ts';
import { peopleStage } from './stages/people.ts';
import { placesStage } from './stages/places.ts';
import { sentencesStage } from './stages/sentences.ts';
import { unitsStage } from './stages/units.ts';

/** The Russian stages in the order they run. */
export const russianPipeline: readonly Stage[] = Object.freeze([
  sentencesStage,
  datesStage,
  placesStage,
  unitsStage,
  organizationsStage,
  peopleStage,
  figuresStage,
  eventsStage,
]);
