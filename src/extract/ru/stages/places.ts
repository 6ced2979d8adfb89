/**
 * Russian places stage: the shared gazetteer (Cyrillic names in any case form),
 * with a morphological check on one-word matches (a word the analyser reads
 * only as a verb, adverb or adjective is not a place: "будем", "ровно"), and
 * the short names no gazetteer holds ("ЛНР", "Ленобласть"). One entry per
 * canonical place, at its first mention.
 */
import places from '../../../../data/extract/ru/places.json' with { type: 'json' };
import type { PlaceMention } from '../../../claims/schema.ts';
import { loadGazetteer } from '../../../gazetteer/load.ts';
import type { Stage } from '../../doc.ts';
import { extractPlaces } from '../../en/stages/places.ts';
import { readings } from '../morph.ts';

const ABBREVIATIONS = places.abbreviations.map((a) => ({
  ...a,
  re: new RegExp(`(?<![\\p{L}])${a.stem}(?:${'suffix' in a ? a.suffix : '[а-яё]{0,3}'})?(?![\\p{L}])`, 'u'),
}));
const ALL_CAPS_RE = /^[\p{Lu}-]+$/u;
const NOT_PLACE_POS = new Set([
  'VERB',
  'INFN',
  'ADVB',
  'ADJF',
  'ADJS',
  'PRTF',
  'PRTS',
  'GRND',
  'PREP',
  'CONJ',
  'PRCL',
  'NPRO',
  'PRED',
]);

/** Whether a one-word gazetteer match reads as a common word rather than a place. */
function commonWord(mention: string): boolean {
  if (mention.includes(' ')) return false;
  if (ALL_CAPS_RE.test(mention)) return true;
  const rs = readings(mention);
  if (rs.some((r) => r.tags.includes('Geox'))) return false;
  return NOT_PLACE_POS.has(rs[0]?.pos ?? '');
}

/** The places of a Russian text, first mention of each canonical, in text order. */
export function findRussianPlaces(text: string): PlaceMention[] {
  const out = extractPlaces(text, loadGazetteer()).filter((p) => !commonWord(p.mention));
  for (const a of ABBREVIATIONS) {
    const m = a.re.exec(text);
    if (!m || out.some((p) => p.canonical === a.canonical)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      rule: 'ru-place-short-name',
      mention: m[0],
      canonical: a.canonical,
      country: a.country,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

export const placesStage: Stage = {
  name: 'places-ru',
  version: '1',
  run(doc) {
    doc.places = findRussianPlaces(doc.text);
  },
};
