/**
 * First-level regions from `iso3166-2-db` (English, Russian and GeoNames names,
 * keyed by the GeoNames admin1 code), placed at their administrative centre,
 * with the region phrases reporting uses ("the Kherson region", "Rostov
 * Oblast", "Republic of Buryatia"). Pure.
 */
import { nameKey } from '../../src/gazetteer/normalize.ts';
import type { Place } from '../../src/gazetteer/types.ts';
import type { GeoRow } from './geonames.ts';
import { dedupeNames, englishName, type NamingRule } from './naming.ts';

/** The part of an iso3166-2-db country record this build reads. */
export interface IsoCountry {
  names: Record<string, string | undefined>;
  regions: { iso: string; admin: string; names: Record<string, string | undefined> }[];
}

const TYPED = /^(.+?) (Oblast|Krai|Autonomous Okrug|Autonomous Oblast|Region|Province)$/;
const REPUBLIC = /^(?:(?:Autonomous )?Republic of (.+)|(.+) Republic)$/;
const TYPE_WORD = /\b(Oblast|Krai|Kray|Respublika|Republic|Okrug|Region|Territory|Province)\b/i;
// Region phrases by the type of region: the English names reporting uses.
const PHRASES: Record<string, string[]> = {
  Oblast: ['Oblast', 'region'],
  Krai: ['Krai', 'Kray', 'region', 'Territory'],
  'Autonomous Okrug': ['Autonomous Okrug', 'Okrug', 'region'],
  'Autonomous Oblast': ['Autonomous Oblast', 'region'],
  Region: ['Region', 'Oblast', 'province'],
  Province: ['Province', 'region'],
  Republic: ['Republic', 'region'],
};

/** Stem and type of an English region name: "Rostov Oblast" → ["Rostov", "Oblast"]. */
export function regionStem(name: string): [string, string] {
  const typed = TYPED.exec(name);
  if (typed) return [typed[1] ?? name, typed[2] ?? 'Oblast'];
  const rep = REPUBLIC.exec(name);
  if (rep) return [rep[1] ?? rep[2] ?? name, 'Republic'];
  return [name, 'Republic'];
}

/** The phrases naming a region from a stem: "Kherson region", "Kherson Oblast", "Republic of Buryatia"… */
export function regionPhrases(stem: string, type: string): string[] {
  const out = (PHRASES[type] ?? ['region']).map((w) => `${stem} ${w}`);
  if (type === 'Republic') out.push(`Republic of ${stem}`);
  return out;
}

/** Builds the region places of one country. `cities` are that country's GeoNames rows. */
export function buildRegions(
  code: string,
  country: IsoCountry,
  cities: readonly GeoRow[],
  naming: Map<string, NamingRule>,
): Place[] {
  // Names of regional seats and capitals, with their alternates ("Kiev" = Kyiv).
  const cityKeys = new Set(
    cities
      .filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC')
      .flatMap((c) => [c.name, ...c.names].map(nameKey)),
  );
  const out: Place[] = [];
  for (const r of country.regions) {
    const en = englishName(r.names.en ?? '', code);
    if (!en || /District|County|Municipality/.test(en)) continue;
    const rule = naming.get(`${code}:${en}`);
    const canonical = rule?.canonical ?? en;
    // City-regions (Moscow, Kyiv, Sevastopol) are the city itself.
    if (cityKeys.has(nameKey(canonical)) || cityKeys.has(nameKey(en))) continue;
    const own = cities.filter((c) => c.admin === r.admin);
    const seat = own.find((c) => c.featureCode === 'PPLA') ?? maxBy(own, (c) => c.population);
    if (!seat) continue;
    out.push({
      id: `iso:${code}-${r.iso}`,
      kind: 'region',
      name: canonical,
      country: code,
      admin1: null,
      lat: seat.lat,
      lon: seat.lon,
      population: own.reduce((s, c) => s + c.population, 0),
      names: dedupeNames(canonical, regionNames(r.names, en, canonical, seat, rule)),
    });
  }
  return out;
}

function regionNames(
  names: IsoCountry['regions'][number]['names'],
  en: string,
  canonical: string,
  seat: GeoRow,
  rule: NamingRule | undefined,
): string[] {
  const out = [en, ...(rule?.names ?? [])];
  if (names.ru) out.push(names.ru);
  if (names.geonames && TYPE_WORD.test(names.geonames)) out.push(names.geonames);
  const [stem, type] = regionStem(canonical);
  const stems = new Set([stem, regionStem(en)[0]]);
  // "Lugansk region" names Luhansk Oblast: every Latin spelling of the seat
  // city gives the region phrases, when the region is named after its seat.
  if (nameKey(seat.name) === nameKey(stem) && type !== 'Republic') {
    for (const n of seat.names) if (/^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)*$/.test(n)) stems.add(n);
  }
  for (const s of stems) out.push(...regionPhrases(s, type));
  return out;
}

function maxBy<T>(items: readonly T[], score: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const t of items) if (!best || score(t) > score(best)) best = t;
  return best;
}
