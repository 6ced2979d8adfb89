/**
 * The public counts by place as GeoJSON (RFC 7946, pure): one Point feature
 * per gazetteer place with published numbers, coordinates [longitude,
 * latitude] in WGS 84 (no `crs` member: RFC 7946 fixes it), and per event
 * type the place's number (all units, all months). Places of one country
 * overlap (a town is in its region): the properties say each place's kind.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PublicCounts } from './model.ts';

export interface PlaceProperties {
  id: string;
  name: string;
  country: string;
  kind: string;
  /** Event type → the published lower bound at this place. */
  counts: Record<string, number>;
  /** Event type → the id of that number's page. */
  numbers: Record<string, string>;
  /** False when any of these numbers rests on an unreviewed claim. */
  reviewed: boolean;
}

/** Coordinates to six decimals (about 0.1 m): more digits only suggest precision the gazetteer lacks. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function placesGeoJson(counts: PublicCounts): FeatureCollection<Point, PlaceProperties> {
  const features = new Map<string, Feature<Point, PlaceProperties>>();
  for (const n of counts.numbers) {
    if (n.unit !== '*' || n.month !== '*' || n.place === null || n.place === '*') continue;
    const p = counts.places[n.place];
    if (!p) continue;
    let f = features.get(n.place);
    if (!f) {
      f = {
        type: 'Feature',
        id: n.place,
        geometry: { type: 'Point', coordinates: [round(p.lon), round(p.lat)] },
        properties: {
          id: n.place,
          name: p.name,
          country: p.country,
          kind: p.kind,
          counts: {},
          numbers: {},
          reviewed: true,
        },
      };
      features.set(n.place, f);
    }
    f.properties.counts[n.type] = n.value;
    f.properties.numbers[n.type] = n.id;
    f.properties.reviewed &&= n.reviewed;
  }
  return {
    type: 'FeatureCollection',
    features: [...features.values()].sort((a, b) => String(a.id).localeCompare(String(b.id))),
  };
}
