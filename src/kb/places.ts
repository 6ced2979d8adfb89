/** Place claims to gazetteer places, and which places contain which. Pure. */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Place } from '../gazetteer/types.ts';

/**
 * The gazetteer place a claim's canonical name stands for: among the places of
 * that name, the one in the claimed country nearest the claimed coordinates.
 */
export function placeOfClaim(g: Gazetteer, value: Record<string, unknown>): Place | undefined {
  const name =
    typeof value.canonical === 'string'
      ? value.canonical
      : typeof value.place === 'string'
        ? value.place
        : null;
  if (!name) return undefined;
  const candidates = g.lookup(name);
  const country = typeof value.country === 'string' ? value.country : null;
  const pool = country ? candidates.filter((p) => p.country === country) : candidates;
  const list = pool.length > 0 ? pool : candidates;
  const lat = typeof value.lat === 'number' ? value.lat : null;
  const lon = typeof value.lon === 'number' ? value.lon : null;
  if (lat === null || lon === null) return list[0];
  return [...list].sort((a, b) => dist(a, lat, lon) - dist(b, lat, lon))[0];
}

const dist = (p: Place, lat: number, lon: number) => (p.lat - lat) ** 2 + (p.lon - lon) ** 2;

/** The first-level region a place lies in (itself for a region), if the gazetteer has it. */
export function regionOf(g: Gazetteer, p: Place): Place | undefined {
  if (p.kind === 'region') return p;
  if (!p.admin1) return undefined;
  return g.lookup(p.admin1).find((r) => r.kind === 'region' && r.country === p.country);
}

/** Places that contain `p`, nearest first (its region; named territories are not placed). */
export function placeAncestors(g: Gazetteer, p: Place): Place[] {
  const region = regionOf(g, p);
  return region && region.id !== p.id ? [region] : [];
}

/**
 * True when nothing can be in both places: different towns, or a town and a
 * region it is not in, or two regions. A named territory (Donbas, Siberia)
 * overlaps anything in its country, so it is never disjoint from it.
 */
export function placesDisjoint(g: Gazetteer, a: string, b: string): boolean {
  if (a === b) return false;
  const pa = g.get(a);
  const pb = g.get(b);
  if (!pa || !pb) return false;
  if (pa.country !== pb.country) return true;
  if (pa.kind === 'territory' || pb.kind === 'territory') return false;
  const ra = regionOf(g, pa);
  const rb = regionOf(g, pb);
  if (pa.kind === 'region' || pb.kind === 'region') {
    if (!ra || !rb) return false;
    return ra.id !== rb.id;
  }
  return true;
}
