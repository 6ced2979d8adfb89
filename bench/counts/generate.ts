/**
 * A second generated corpus, unlike bench/ingest's: not texts but the claims a
 * monitoring desk's reports would leave after extraction and review, straight
 * as the counting core's input. Its shape is its own: a timeline of months
 * that gets busier, outlets of very different output (Zipf), units and places
 * of the real gazetteers (places by population rank, a share at region level,
 * a pool of bare unit numbers the data does not know), heavy-tailed figures
 * (1 to 20,000) with every qualifier and some percentages, figures re-reported
 * by other outlets, reprints, named soldiers told again and again, running
 * totals, and review states. Nothing in it is a real event.
 */
import { readFileSync } from 'node:fs';
import type { CountClaim, CountContext, CountSource } from '../../src/counts/types.ts';
import { parsePlaces } from '../../src/gazetteer/format.ts';
import type { Place } from '../../src/gazetteer/types.ts';
import type { KbDeps } from '../../src/kb/types.ts';
import { rng } from '../resolve/generate.ts';

export interface DeskCorpus {
  sources: CountSource[];
  claims: CountClaim[];
  contexts: Map<string, CountContext>;
  /** A body of about a report's length (1.5 to 5.5 KB, English or Russian), for the store. */
  body: (sourceId: string) => string;
}

const FIGURE_COUNTS = [
  'deserted',
  'refusing',
  'detained',
  'prosecuted',
  'killed',
  'missing',
  'returned',
  'strength',
];
const FIGURE_WEIGHTS = [25, 20, 15, 15, 8, 7, 5, 5];
const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'at_most'];
const QUALIFIER_WEIGHTS = [40, 25, 15, 14, 6];
const EVENT_TYPES = ['detention', 'desertion', 'refusal', 'prosecution', 'disappearance', 'release'];
const STATES = ['suggested', 'accepted', 'edited', 'rejected', 'obsolete'];
const STATE_WEIGHTS = [80, 10, 3, 5, 2];
// 2022-02 to 2025-12.
const MONTHS = Array.from(
  { length: 47 },
  (_, i) => `${2022 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}`,
);

function weighted<T>(r: () => number, items: readonly T[], weights: readonly number[]): T {
  let x = r() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** Index 0..n-1, small ones far more often (Zipf, exponent about 1). */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));

function placesOf(): { towns: Place[]; regions: Place[] } {
  const tsv = readFileSync(new URL('../../data/gazetteer/places.tsv', import.meta.url), 'utf8');
  const all = parsePlaces(tsv).filter((p) => p.country === 'RU' || p.country === 'UA');
  const big = (a: Place, b: Place) => b.population - a.population || a.id.localeCompare(b.id);
  return {
    towns: all.filter((p) => p.kind !== 'region' && p.kind !== 'territory').sort(big),
    regions: all.filter((p) => p.kind === 'region').sort(big),
  };
}

const FILLER_EN =
  'Relatives said the men had asked to leave the unit several times and were refused each time. ';
const FILLER_RU =
  'Родственники рассказали, что военные несколько раз просили отпустить их, но получали отказ. ';

/** `n` reports' claims, the same for the same seed. */
export function deskCorpus(n: number, deps: KbDeps, seed = 7): DeskCorpus {
  const r = rng(seed);
  const { towns, regions } = placesOf();
  const units = deps.units.entries.map((e) => e.key);
  const bare = Array.from({ length: 300 }, (_, i) => `${10000 + ((i * 7919) % 89999)}-unit`);
  const sources: CountSource[] = [];
  const claims: CountClaim[] = [];
  const contexts = new Map<string, CountContext>();
  const bySource = new Map<string, CountClaim[]>();
  const told: { value: Record<string, unknown>; ctx: CountContext }[] = [];
  const lengths = new Map<string, number>();
  const unit = () =>
    r() < 0.55 ? null : r() < 0.75 ? units[zipf(r, units.length)]! : bare[zipf(r, bare.length)]!;
  const place = () =>
    r() < 0.45
      ? null
      : r() < 0.2
        ? regions[zipf(r, regions.length)]!.id
        : towns[zipf(r, Math.min(towns.length, 3000))]!.id;
  const add = (
    sourceId: string,
    kind: 'figure' | 'event',
    value: Record<string, unknown>,
    ctx: CountContext,
  ) => {
    const c: CountClaim = {
      id: `k${claims.length}`,
      sourceId,
      kind,
      state: weighted(r, STATES, STATE_WEIGHTS),
      value,
    };
    claims.push(c);
    contexts.set(c.id, ctx);
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), c]);
  };
  for (let i = 0; i < n; i++) {
    const id = `d${i}`;
    // Later months are busier: reports cluster toward the end of the timeline.
    const month = MONTHS[Math.floor(MONTHS.length * Math.sqrt(r()))]!;
    const original = i > 20 && r() < 1 / 12 ? sources[Math.floor(r() * i)]! : null;
    sources.push({
      id,
      outlet: `outlet-${zipf(r, 40)}`,
      title: null,
      url: null,
      published: `${month}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      duplicateOf: original?.id ?? null,
    });
    lengths.set(id, 1500 + Math.floor(r() * 4000));
    if (original) {
      for (const c of bySource.get(original.id) ?? []) add(id, c.kind, c.value, contexts.get(c.id)!);
      continue;
    }
    const local = figuresOf(id, r, told, add, { unit, place, month });
    for (let j = Math.floor(r() * 7); j > 0; j--) {
      const named = r() < 0.4 ? [`person-${zipf(r, Math.max(10, Math.floor(n / 3)))}`] : [];
      const count = local.length > 0 && r() < 0.1 ? local[0]! : null;
      const ctx = { unit: r() < 0.6 ? null : unit(), place: place(), month: r() < 0.2 ? null : month };
      add(
        id,
        'event',
        { type: EVENT_TYPES[zipf(r, EVENT_TYPES.length)]!, count },
        { ...ctx, subjects: named, notes: [] },
      );
    }
  }
  const body = (sourceId: string) => {
    const len = lengths.get(sourceId) ?? 2000;
    const filler = Number(sourceId.slice(1)) % 3 === 0 ? FILLER_RU : FILLER_EN;
    return `Generated desk report ${sourceId}: not a real event. ${filler.repeat(Math.ceil(len / filler.length))}`.slice(
      0,
      len,
    );
  };
  return { sources, claims, contexts, body };
}

/** Up to four figures of one report, some re-told from earlier reports; returns the new ones' values. */
function figuresOf(
  id: string,
  r: () => number,
  told: { value: Record<string, unknown>; ctx: CountContext }[],
  add: (sourceId: string, kind: 'figure', value: Record<string, unknown>, ctx: CountContext) => void,
  at: { unit: () => string | null; place: () => string | null; month: string },
): number[] {
  const local: number[] = [];
  for (let j = Math.floor(r() * 5); j > 0; j--) {
    if (told.length > 0 && r() < 0.15) {
      const again = told[Math.floor(r() * told.length)]!;
      add(id, 'figure', again.value, { ...again.ctx, notes: [] });
      continue;
    }
    const value = Math.max(1, Math.round(Math.exp(r() * Math.log(20000))));
    const running = r() < 0.25;
    const previous = MONTHS[Math.max(0, MONTHS.indexOf(at.month) - 1)]!;
    const ctx: CountContext = {
      unit: at.unit(),
      place: at.place(),
      month: running || r() < 0.3 ? null : r() < 0.8 ? at.month : previous,
      subjects: [],
      notes: running ? ['a running total ("so far", "since"): not tied to a month'] : [],
    };
    const v = {
      value,
      qualifier: weighted(r, QUALIFIERS, QUALIFIER_WEIGHTS),
      counts: weighted(r, FIGURE_COUNTS, FIGURE_WEIGHTS),
      percent: r() < 0.03,
    };
    add(id, 'figure', v, ctx);
    told.push({ value: v, ctx });
    local.push(value);
  }
  return local;
}
