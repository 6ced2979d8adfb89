/**
 * Counting input read from what derivation stored (docs/derive.md), without
 * reading a report body or running extraction or resolution again: the
 * sources' metadata, the figure and event claims with their review state, the
 * unit and place records their `context` links place them in, and the person
 * records of the named people of their sentences (kb_mentions' contexts and
 * the persons' mention links). Four set-based queries.
 *
 * What the records do not hold yet: a figure's month (the date of a dated
 * event in its sentence), whether its sentence is a running total, and
 * whether a unit or place was the document-level fallback. Those are worked
 * out from the sentence by src/kb/context.ts and not kept, so this input gives
 * a figure no month and no such notes; until derivation stores them
 * `countFromStore` keeps the rebuild (see from-store.db.test.ts, which says
 * where the two differ).
 */
import { type Kysely, sql } from 'kysely';
import { isLiveState } from '../claims/kinds.ts';
import { countPending } from '../derive/pending.ts';
import { monthOf } from '../kb/precision.ts';
import type { DB } from '../store/db-types.ts';
import type { CountClaim, CountContext, CountSource } from './types.ts';

/** CountInput without the relations (they come from the gazetteers: relationsOf). */
export interface StoredCountInput {
  sources: CountSource[];
  claims: CountClaim[];
  contexts: Map<string, CountContext>;
}

export interface StoredOptions {
  /**
   * Brings pending sources (no kb_derived row) into the records first, through
   * the incremental path (src/derive: derivePending). Without it, a store with
   * pending sources is refused: their claims would be counted without places.
   */
  derivePending?: () => Promise<unknown>;
  /** Only claims in these states are counted (the publication's policy); all by default. */
  states?: ReadonlySet<string>;
}

/** How a claim's context was found (the parts of src/kb/context.ts's ClaimContext it reads). */
export interface ContextHow {
  unit: { how: string } | null;
  place: { how: string } | null;
  month: string | null;
  dateHow: string | null;
  cumulative: boolean;
}

/** How a claim's context was found, in words for `why`. */
export function contextNotes(ctx: ContextHow): string[] {
  const notes: string[] = [];
  if (ctx.unit?.how === 'document')
    notes.push('unit: document-level fallback (the only unit the report names)');
  if (ctx.place?.how === 'document')
    notes.push('place: document-level fallback (the only place the report names)');
  if (ctx.cumulative) notes.push('a running total ("so far", "since"): not tied to a month');
  if (ctx.month && ctx.dateHow === 'sentence') notes.push('month: from a dated event in the same sentence');
  return notes;
}

export class PendingSourcesError extends Error {
  readonly code = 'pending_sources';
  constructor(readonly pending: number) {
    super(`${pending} sources are not derived into the records yet`);
  }
}

/** Reads the counting input from the stored claims and records. */
export async function loadStoredCountInput(db: Kysely<DB>, o: StoredOptions = {}): Promise<StoredCountInput> {
  const { pending } = await countPending(db);
  if (pending > 0) {
    if (!o.derivePending) throw new PendingSourcesError(pending);
    await o.derivePending();
  }
  const sources = (
    await db
      .selectFrom('sources')
      .select(['id', 'title', 'outlet', 'url', 'published', 'duplicate_of'])
      .orderBy('id')
      .execute()
  ).map((s) => ({
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    url: s.url,
    published: s.published,
    duplicateOf: s.duplicate_of,
  }));
  // Corpus order, as the rebuild reads them: computeCounts lists claims and facts in this order.
  const rows = await db
    .selectFrom('claims')
    .select(['id', 'source_id', 'kind', 'state', 'value'])
    .where('kind', 'in', ['figure', 'event'])
    .orderBy('source_id')
    .orderBy('start_offset')
    .orderBy('id')
    .execute();
  const claims: CountClaim[] = [];
  const contexts = new Map<string, CountContext>();
  for (const r of rows) {
    if (o.states && !o.states.has(r.state)) continue;
    const value = r.value as Record<string, unknown>;
    claims.push({
      id: r.id,
      sourceId: r.source_id,
      kind: r.kind as CountClaim['kind'],
      state: r.state,
      value,
    });
    // Only live claims are placed (src/kb/context.ts): the others are excluded by the core.
    if (!isLiveState(r.state)) continue;
    // A claim's own date (events carry one); see the header for what a figure's sentence would add.
    const date = typeof value.date === 'string' ? value.date : null;
    contexts.set(r.id, { unit: null, place: null, month: monthOf(date), subjects: [], notes: [] });
  }
  const places = await db
    .selectFrom('kb_links as l')
    .innerJoin('kb_entities as e', 'e.id', 'l.entity_id')
    .select(['l.claim_id', 'e.kind', 'e.key'])
    .where('l.relation', '=', 'context')
    .where('e.kind', 'in', ['unit', 'place'])
    .execute();
  for (const p of places) {
    const ctx = contexts.get(p.claim_id);
    if (!ctx) continue;
    if (p.kind === 'unit') ctx.unit = p.key;
    else ctx.place = p.key;
  }
  // Named people of each claim's sentence, in the order they are told; a mention the resolver
  // left without a record stands for itself, as in the rebuild.
  const subjects = await db
    .selectFrom('kb_mentions as m')
    .innerJoin('claims as p', 'p.id', 'm.claim_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('kb_links as pl')
          .innerJoin('kb_entities as pe', 'pe.id', 'pl.entity_id')
          .select(['pl.claim_id', 'pl.entity_id'])
          .where('pl.relation', '=', 'mention')
          .where('pe.kind', '=', 'person')
          .as('person'),
      (j) => j.onRef('person.claim_id', '=', 'p.id'),
    )
    // One row per figure or event whose sentence names him (a set-returning function in the select list).
    .select([
      sql<string>`jsonb_array_elements_text(m.contexts)`.as('counted'),
      'p.id as mention',
      'person.entity_id as person',
    ])
    .where('p.state', 'not in', ['rejected', 'obsolete'])
    .orderBy('p.source_id')
    .orderBy('p.start_offset')
    .orderBy('p.id')
    .execute();
  for (const s of subjects) contexts.get(s.counted)?.subjects.push(s.person ?? s.mention);
  return { sources, claims, contexts };
}
