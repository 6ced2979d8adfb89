/**
 * The English extraction pipeline: the ONE place the stage order is written.
 * Order matters, each stage reads what the ones before it found:
 *   1. sentences      everything below works sentence by sentence;
 *   2. dates          needs sentences; events take their date from here;
 *   3. places         gazetteer look-ups; events take their place from here;
 *   4. units          military formations ("64th Brigade"); must run before figures
 *                     so a unit number is never mistaken for a head count;
 *   5. organizations  named groups, before people so "Go by the Forest" is not a person;
 *   6. people         named individuals and their roles;
 *   7. figures        numbers that count people, after the entities they may refer to;
 *   8. events         last: reads dates, places and figures for date, place and count.
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

/** The English stages in the order they run. */
export const englishPipeline: readonly Stage[] = Object.freeze([
  sentencesStage,
  datesStage,
  placesStage,
  unitsStage,
  organizationsStage,
  peopleStage,
  figuresStage,
  eventsStage,
]);
