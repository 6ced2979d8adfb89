/**
 * Assembles the gazetteer from the parsed sources: places with their region
 * names, regions, hand-listed territories, minus country names; and the
 * stoplist of single words that are more often not places. Pure.
 */
import { foldWord, nameKey } from '../../src/gazetteer/normalize.ts';
import type { Place } from '../../src/gazetteer/types.ts';
import { type GeoRow, placeKind } from './geonames.ts';
import { dedupeNames, NEAR_COUNTRIES } from './naming.ts';

/** Parses data/gazetteer/territories.tsv into places of kind `territory`. */
export function parseTerritories(tsv: string): Place[] {
  const out: Place[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [slug = '', name = '', country = '', lat = '', lon = '', names = ''] = line.split('\t');
    out.push({
      id: `t:${slug}`,
      kind: 'territory',
      name,
      country,
      admin1: null,
      lat: Number(lat),
      lon: Number(lon),
      population: 0,
      names: dedupeNames(name, names ? names.split('|') : []),
    });
  }
  return out;
}

/**
 * Turns GeoNames rows into places. `adminNames` maps `COUNTRY:admin1code` to
 * the English region name. Names equal to a country name are dropped
 * ("Armenia" the Colombian city must never match the country).
 */
export function toPlaces(
  rows: readonly GeoRow[],
  adminNames: Map<string, string>,
  countryKeys: Set<string>,
): Place[] {
  const out: Place[] = [];
  for (const r of rows) {
    if (countryKeys.has(nameKey(r.name))) continue;
    out.push({
      id: r.id,
      kind: placeKind(r),
      name: r.name,
      country: r.country,
      admin1: adminNames.get(`${r.country}:${r.admin}`) ?? null,
      lat: r.lat,
      lon: r.lon,
      population: r.population,
      names: dedupeNames(r.name, r.names).filter(
        (n) => !countryKeys.has(nameKey(n)) && (NEAR_COUNTRIES.has(r.country) || !changedByStemming(n)),
      ),
    });
  }
  return out;
}

/**
 * True for a Cyrillic name whose matching key loses an ending ("Мати" → "мат").
 * Far-away places keep only names that stemming leaves whole, so Russian case
 * forms of common words ("Мать") do not meet them.
 */
function changedByStemming(name: string): boolean {
  if (!/[\u0400-\u04ff]/.test(name)) return false;
  const folded = name
    .split(/[^\p{L}\p{M}\p{N}'’]+/u)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
  return folded !== nameKey(name);
}

/** The lexicon entry tags that mean a word is a place, so it is not stopped. */
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Town', 'Address']);

/**
 * Builds the stoplist: single-word names of the gazetteer that an English
 * lexicon knows as something other than a place (a common word, a first name,
 * a surname), plus the hand-written extra list. Returns sorted folded keys.
 */
export function buildStoplist(
  places: readonly Place[],
  lexicon: Record<string, unknown>,
  extra: string,
): string[] {
  const stop = new Set<string>();
  for (const p of places) {
    for (const n of [p.name, ...p.names]) {
      const key = nameKey(n);
      if (key.includes(' ')) continue;
      const tag = lexicon[key];
      if (typeof tag === 'string' && !PLACE_TAGS.has(tag)) stop.add(key);
    }
  }
  for (const line of extra.split('\n')) {
    if (line.trim() && !line.startsWith('#')) stop.add(nameKey(line.trim()));
  }
  return [...stop].filter(Boolean).sort();
}
