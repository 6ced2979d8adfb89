/** Events as maps and timelines need them: type, place with coordinates, date, precision codes, sources. Pure. */
import type { KbBuild } from './build.ts';
import type { KbClaim, KbDeps } from './types.ts';

export interface EventPoint {
  claimId: string;
  sourceId: string;
  type: string;
  state: string;
  count: number | null;
  date: string | null;
  unit: string | null;
  place: { id: string; name: string; lat: number; lon: number } | null;
  /** 1 named town, 2 near a town / part of a region, 3 whole region; null when no place is known. */
  geoPrecision: 1 | 2 | 3 | null;
  /** 1 day, 2 week or month, 3 year or vaguer. */
  timePrecision: 1 | 2 | 3;
}

/** Every live event claim with its context (no quotes: they may name private people). */
export function eventPoints(
  build: Pick<KbBuild, 'contexts'>,
  claims: readonly KbClaim[],
  deps: KbDeps,
): EventPoint[] {
  const out: EventPoint[] = [];
  for (const c of claims) {
    const ctx = c.kind === 'event' ? build.contexts.get(c.id) : undefined;
    if (!ctx) continue;
    const p = ctx.place ? deps.places.get(ctx.place.id) : undefined;
    out.push({
      claimId: c.id,
      sourceId: c.sourceId,
      type: String(c.value.type),
      state: c.state,
      count: typeof c.value.count === 'number' ? c.value.count : null,
      date: ctx.date,
      unit: ctx.unit?.key ?? null,
      place: p ? { id: p.id, name: p.name, lat: p.lat, lon: p.lon } : null,
      geoPrecision: ctx.geoPrecision,
      timePrecision: ctx.timePrecision,
    });
  }
  return out;
}
