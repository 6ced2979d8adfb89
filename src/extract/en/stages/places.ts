/**
 * Places stage: fills doc.places from the gazetteer (data/gazetteer/), one
 * entry per distinct canonical place, at its first mention. Works on English
 * and Russian text alike (Latin and Cyrillic names, Russian case forms).
 */
import type { PlaceMention } from '../../../claims/schema.ts';
import type { Gazetteer } from '../../../gazetteer/gazetteer.ts';
import { loadGazetteer } from '../../../gazetteer/load.ts';
import type { Doc, Stage } from '../../doc.ts';

/** The places of a text, first mention of each canonical place, in text order. */
export function extractPlaces(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const seen = new Set<string>();
  const out: PlaceMention[] = [];
  for (const m of gazetteer.findInText(text)) {
    if (seen.has(m.place.id)) continue;
    seen.add(m.place.id);
    out.push({
      start: m.start,
      end: m.end,
      rule: m.rule,
      mention: m.mention,
      canonical: m.place.name,
      country: m.place.country,
      lat: m.place.lat,
      lon: m.place.lon,
    });
  }
  return out;
}

/** A places stage over the given gazetteer (for composition roots and tests). */
export function createPlacesStage(gazetteer: () => Gazetteer): Stage {
  return {
    name: 'places',
    version: '1',
    run(doc: Doc) {
      doc.places = extractPlaces(doc.text, gazetteer());
    },
  };
}

/** The places stage over the committed gazetteer, read from data/gazetteer on first use. */
export const placesStage: Stage = createPlacesStage(() => loadGazetteer());
