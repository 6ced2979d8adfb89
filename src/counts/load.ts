/**
 * Thin adapter: reads the store, places every figure and event with the
 * knowledge base (unit, place, month, named people), and runs the pure
 * counting core.
 */
import type { Kysely } from 'kysely';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Place } from '../gazetteer/types.ts';
import type { Resolver } from '../kb/persons.ts';
import { placeAncestors, placesDisjoint } from '../kb/places.ts';
import { buildFromStore } from '../kb/repository.ts';
import type { KbDeps } from '../kb/types.ts';
import type { DB } from '../store/db-types.ts';
import { computeCounts } from './compute.ts';
import { contextNotes, loadStoredCountInput, type StoredOptions } from './from-store.ts';
import type { CountContext, CountInput, CountRelations, CountResult } from './types.ts';

// The notes moved beside the stored-records loader, which needs them too; callers import them from here.
export { contextNotes };

/** Relations between units and places, from the gazetteers. */
export function relationsOf(deps: KbDeps): CountRelations {
  const places = rememberLookups(deps.places);
  return {
    unitsDisjoint: (a, b) => deps.units.disjoint(a, b),
    unitAncestors: (k) => deps.units.ancestors(k),
    placesDisjoint: (a, b) => placesDisjoint(places, a, b),
    placeAncestors: (id) => {
      const p = places.get(id);
      return p ? placeAncestors(places, p).map((x) => x.id) : [];
    },
  };
}

/**
 * The gazetteer with its name lookups remembered: a place's region is found
 * by name (normalising and matching it), and counting asks for the regions of
 * the same few hundred places millions of times.
 */
function rememberLookups(g: Gazetteer): Gazetteer {
  const seen = new Map<string, Place[]>();
  return {
    get: (id) => g.get(id),
    findInText: (text) => g.findInText(text),
    size: g.size,
    lookup(name) {
      let hit = seen.get(name);
      if (!hit) {
        hit = g.lookup(name);
        seen.set(name, hit);
      }
      return hit;
    },
  };
}

export interface CountsReport extends CountResult {
  /** Place id → name and coordinates, unit key → name, for presenting groups. */
  names: Record<string, string>;
}

/**
 * Counts over the store's current claims, placed by rebuilding the knowledge
 * base in memory from every report body (the reference path; see
 * countFromRecords for reading the stored records instead).
 */
export async function countFromStore(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
): Promise<CountsReport> {
  return countFromBuild(await buildFromStore(db, deps, resolver), deps);
}

/** Counts over an already built knowledge base (see buildFromStore). */
export function countFromBuild(
  build: Awaited<ReturnType<typeof buildFromStore>>,
  deps: KbDeps,
): CountsReport {
  const contexts = new Map<string, CountContext>();
  for (const [id, ctx] of build.contexts) {
    contexts.set(id, {
      unit: ctx.unit?.key ?? null,
      place: ctx.place?.id ?? null,
      month: ctx.month,
      subjects: ctx.subjects.map((s) => build.personOf.get(s) ?? s),
      notes: contextNotes(ctx),
    });
  }
  const input: CountInput = {
    sources: build.sources.map(({ text: _t, ...s }) => s),
    claims: build.claims.flatMap((c) =>
      c.kind === 'figure' || c.kind === 'event'
        ? [{ id: c.id, sourceId: c.sourceId, kind: c.kind, state: c.state, value: c.value }]
        : [],
    ),
    contexts,
    relations: relationsOf(deps),
  };
  return withNames(computeCounts(input), deps);
}

/**
 * Counts over the stored claims and records (./from-store.ts): no report body
 * is read and nothing is extracted or resolved again. The records do not yet
 * hold a figure's sentence month, running-total cue or document-level
 * fallbacks, so this differs from countFromStore where those matter; it is
 * not what the commands use until derivation stores them (docs/counting.md).
 */
export async function countFromRecords(
  db: Kysely<DB>,
  deps: KbDeps,
  options: StoredOptions = {},
): Promise<CountsReport> {
  const input = await loadStoredCountInput(db, options);
  return withNames(computeCounts({ ...input, relations: relationsOf(deps) }), deps);
}

/** Adds the names of the units and places the groups name. */
function withNames(result: CountResult, deps: KbDeps): CountsReport {
  const names: Record<string, string> = {};
  for (const g of result.groups) {
    if (g.key.unit && g.key.unit !== '*')
      names[g.key.unit] = deps.units.byKey(g.key.unit)?.name ?? g.key.unit;
    if (g.key.place && g.key.place !== '*')
      names[g.key.place] = deps.places.get(g.key.place)?.name ?? g.key.place;
  }
  return { ...result, names };
}
