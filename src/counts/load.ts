/**
 * Thin adapter: reads the store, places every figure and event with the
 * knowledge base (unit, place, month, named people), and runs the pure
 * counting core.
 */
import type { Kysely } from 'kysely';
import type { ClaimContext } from '../kb/context.ts';
import type { Resolver } from '../kb/persons.ts';
import { placeAncestors, placesDisjoint } from '../kb/places.ts';
import { buildFromStore } from '../kb/repository.ts';
import type { KbDeps } from '../kb/types.ts';
import type { DB } from '../store/db-types.ts';
import { computeCounts } from './compute.ts';
import type { CountContext, CountInput, CountRelations, CountResult } from './types.ts';

/** Relations between units and places, from the gazetteers. */
export function relationsOf(deps: KbDeps): CountRelations {
  return {
    unitsDisjoint: (a, b) => deps.units.disjoint(a, b),
    unitAncestors: (k) => deps.units.ancestors(k),
    placesDisjoint: (a, b) => placesDisjoint(deps.places, a, b),
    placeAncestors: (id) => {
      const p = deps.places.get(id);
      return p ? placeAncestors(deps.places, p).map((x) => x.id) : [];
    },
  };
}

/** How a claim's context was found, in words for `why`. */
export function contextNotes(ctx: ClaimContext): string[] {
  const notes: string[] = [];
  if (ctx.unit?.how === 'document')
    notes.push('unit: document-level fallback (the only unit the report names)');
  if (ctx.place?.how === 'document')
    notes.push('place: document-level fallback (the only place the report names)');
  if (ctx.cumulative) notes.push('a running total ("so far", "since"): not tied to a month');
  if (ctx.month && ctx.dateHow === 'sentence') notes.push('month: from a dated event in the same sentence');
  return notes;
}

export interface CountsReport extends CountResult {
  /** Place id → name and coordinates, unit key → name, for presenting groups. */
  names: Record<string, string>;
}

/** Counts over the store's current claims. */
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
  const result = computeCounts(input);
  const names: Record<string, string> = {};
  for (const g of result.groups) {
    if (g.key.unit && g.key.unit !== '*')
      names[g.key.unit] = deps.units.byKey(g.key.unit)?.name ?? g.key.unit;
    if (g.key.place && g.key.place !== '*')
      names[g.key.place] = deps.places.get(g.key.place)?.name ?? g.key.place;
  }
  return { ...result, names };
}
