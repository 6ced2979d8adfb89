/**
 * Russian places stage: the shared gazetteer (Cyrillic names in any case form),
 * with a morphological check on one-word matches (a dictionary word that is not
 * read as a place where its capital tells nothing: "будем", "Ровно год назад"), and
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

// What may stand between a sentence's end and its first word: spaces, quotes, dashes, brackets.
const SENTENCE_START_RE = /(?:^|[.!?…\n])[\s"«“„'(—–-]*$/u;

/**
 * Whether a one-word gazetteer match reads as a common word rather than a place.
 * A capital letter is the best evidence of a name, except at the start of a
 * sentence, where every word has one: there the word must read as a place
 * first ("Брянка", a toponym in the dictionary) or be unknown to the dictionary
 * (small villages are: "Зайцево"), not a dictionary word that merely has a
 * toponym reading too ("Ровно год назад", "Суд в ...").
 */
function commonWord(mention: string, sentenceInitial: boolean): boolean {
  if (mention.includes(' ')) return false;
  if (ALL_CAPS_RE.test(mention)) return true;
  const rs = readings(mention);
  const top = rs[0];
  if (!top?.known) return false;
  if (sentenceInitial) return !top.tags.includes('Geox');
  if (rs.some((r) => r.tags.includes('Geox'))) return false;
  return NOT_PLACE_POS.has(top.pos);
}

const atSentenceStart = (text: string, start: number) =>
  SENTENCE_START_RE.test(text.slice(Math.max(0, start - 8), start));

/** The places of a Russian text, first mention of each canonical, in text order. */
export function findRussianPlaces(text: string): PlaceMention[] {
  const out = extractPlaces(text, loadGazetteer()).filter(
    (p) => !commonWord(p.mention, atSentenceStart(text, p.start)),
  );
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
