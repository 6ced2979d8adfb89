/**
 * The committed gazetteer file format: one place per line, tab-separated
 * `id kind name country admin1 lat lon population names`, names joined by `|`.
 * TSV keeps the file small, diff-able and quick to parse.
 */
import type { Place, PlaceKind } from './types.ts';

const KINDS = new Set<PlaceKind>(['city', 'town', 'village', 'region', 'territory']);

/** Error raised when the data file is malformed. */
export class GazetteerFormatError extends Error {
  readonly code = 'GAZETTEER_FORMAT';
}

/** Serialises places to the TSV format (a header line, then one line per place). */
export function serializePlaces(places: readonly Place[]): string {
  const lines = ['#id\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tnames'];
  for (const p of places) {
    lines.push(
      [p.id, p.kind, p.name, p.country, p.admin1 ?? '', p.lat, p.lon, p.population, p.names.join('|')].join(
        '\t',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Parses the TSV format back into places. Throws GazetteerFormatError on a malformed line. */
export function parsePlaces(tsv: string): Place[] {
  const out: Place[] = [];
  const lines = tsv.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    const kind = f[1] as PlaceKind;
    if (f.length !== 9 || !KINDS.has(kind)) {
      throw new GazetteerFormatError(`gazetteer line ${i + 1}: expected 9 fields and a known kind`);
    }
    out.push({
      id: f[0] ?? '',
      kind,
      name: f[2] ?? '',
      country: f[3] ?? '',
      admin1: f[4] ? f[4] : null,
      lat: Number(f[5]),
      lon: Number(f[6]),
      population: Number(f[7]),
      names: f[8] ? f[8].split('|') : [],
    });
  }
  return out;
}
