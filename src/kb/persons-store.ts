/**
 * Person records in the store, brought up to date after new mentions arrive:
 * resolution runs over every mention kept in kb_mentions (no text is read),
 * and only the persons whose members changed are written again, with their
 * links; the review queue keeps its decided pairs. The result is what a full
 * rebuild would write (src/derive/derive.db.test.ts checks it).
 */
import { sql, type Transaction } from 'kysely';
import type { DB, Json } from '../store/db-types.ts';
import type { KbEntity } from './build.ts';
import type { PersonMention } from './derive-sources.ts';
import { type PersonPart, personRecords } from './person-records.ts';
import type { Resolver } from './persons.ts';
import { loadDecisions } from './repository.ts';

const CHUNK = 500;

/** Live person claims of derived sources with their kept facts, in corpus order. */
export async function loadMentions(trx: Transaction<DB>): Promise<PersonMention[]> {
  const rows = await trx
    .selectFrom('claims as c')
    .innerJoin('kb_mentions as m', 'm.claim_id', 'c.id')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .select(['c.id', 'c.source_id', 'c.value', 'm.age', 'm.unit', 'm.region', 'm.contexts', 's.published'])
    .where('c.kind', '=', 'person')
    .where('c.state', 'not in', ['rejected', 'obsolete'])
    .orderBy('c.source_id')
    .orderBy('c.start_offset')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => {
    const value = r.value as Record<string, unknown>;
    return {
      claimId: r.id,
      sourceId: r.source_id,
      name: String(value.mention),
      role: String(value.role),
      age: r.age,
      unit: r.unit,
      region: r.region,
      date: (r.published && /^\d{4}(-\d{2}){0,2}/.exec(r.published)?.[0]) || null,
      contexts: r.contexts as unknown as string[],
    };
  });
}

/** Writes the facts of new person mentions (their sources' old facts are replaced by the caller). */
export async function saveMentions(trx: Transaction<DB>, mentions: readonly PersonMention[]): Promise<void> {
  for (let i = 0; i < mentions.length; i += CHUNK) {
    const rows = mentions.slice(i, i + CHUNK).map((m) => ({
      claim_id: m.claimId,
      source_id: m.sourceId,
      age: m.age,
      unit: m.unit,
      region: m.region,
      contexts: sql<Json>`${JSON.stringify(m.contexts)}`,
    }));
    await trx.insertInto('kb_mentions').values(rows).execute();
  }
}

/** Re-resolves every kept mention and rewrites the persons that changed; returns their old and new ids. */
export async function updatePersons(trx: Transaction<DB>, resolver: Resolver): Promise<string[]> {
  const part = personRecords(await loadMentions(trx), resolver, await loadDecisions(trx));
  const current = await trx
    .selectFrom('kb_links as l')
    .innerJoin('kb_entities as e', 'e.id', 'l.entity_id')
    .select(['l.entity_id', 'l.claim_id'])
    .where('e.kind', '=', 'person')
    .where('l.relation', '=', 'mention')
    .execute();
  const changed = changedPersons(
    current.map((r) => [r.claim_id, r.entity_id]),
    part.personOf,
  );
  await rewritePersons(trx, part, changed);
  await updateReview(trx, part.review);
  return [...changed];
}

/** Person ids whose members differ between two claim → person maps. */
function changedPersons(before: Iterable<[string, string]>, after: Map<string, string>): Set<string> {
  const members = (pairs: Iterable<[string, string]>) => {
    const out = new Map<string, string[]>();
    for (const [claim, person] of pairs) out.set(person, [...(out.get(person) ?? []), claim]);
    return new Map([...out].map(([p, cs]) => [p, cs.sort().join('|')]));
  };
  const a = members(before);
  const b = members(after);
  const changed = new Set<string>();
  for (const [p, m] of a) if (b.get(p) !== m) changed.add(p);
  for (const [p, m] of b) if (a.get(p) !== m) changed.add(p);
  return changed;
}

async function rewritePersons(trx: Transaction<DB>, part: PersonPart, changed: Set<string>): Promise<void> {
  if (changed.size === 0) return;
  const ids = [...changed];
  for (let i = 0; i < ids.length; i += CHUNK) {
    // Links go with their records (on delete cascade); the records still wanted come back below.
    await trx
      .deleteFrom('kb_entities')
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
  const entities = part.entities.filter((e) => changed.has(e.id));
  await upsertEntities(trx, entities);
  const links = part.links.filter((l) => changed.has(l.entityId));
  for (let i = 0; i < links.length; i += CHUNK) {
    const rows = links.slice(i, i + CHUNK).map((l) => ({
      entity_id: l.entityId,
      claim_id: l.claimId,
      source_id: l.sourceId,
      relation: l.relation,
    }));
    await trx.insertInto('kb_links').values(rows).execute();
  }
}

/** Inserts or updates records by id, a chunk at a time. */
export async function upsertEntities(trx: Transaction<DB>, entities: readonly KbEntity[]): Promise<void> {
  for (let i = 0; i < entities.length; i += CHUNK) {
    const rows = entities.slice(i, i + CHUNK).map((e) => ({
      id: e.id,
      kind: e.kind,
      key: e.key,
      name: e.name,
      data: JSON.stringify(e.data),
    }));
    await trx
      .insertInto('kb_entities')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          name: sql`excluded.name`,
          data: sql`excluded.data`,
          updated_at: sql`now()`,
        }),
      )
      .execute();
  }
}

/** Pending review pairs as resolution now sees them; decided pairs stay decided. */
async function updateReview(trx: Transaction<DB>, review: PersonPart['review']): Promise<void> {
  const key = (a: string, b: string, posterior: number) => `${a}|${b}|${Math.fround(posterior)}`;
  const wanted = new Set(review.map((p) => key(p.a, p.b, p.posterior)));
  const pending = await trx
    .selectFrom('kb_review')
    .select(['a_claim', 'b_claim', 'posterior'])
    .where('state', '=', 'pending')
    .execute();
  const have = new Set<string>();
  for (const p of pending) {
    const k = key(p.a_claim, p.b_claim, p.posterior);
    if (wanted.has(k)) have.add(k);
    else
      await trx
        .deleteFrom('kb_review')
        .where('a_claim', '=', p.a_claim)
        .where('b_claim', '=', p.b_claim)
        .execute();
  }
  const fresh = review.filter((p) => !have.has(key(p.a, p.b, p.posterior)));
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const rows = fresh
      .slice(i, i + CHUNK)
      .map((p) => ({ a_claim: p.a, b_claim: p.b, posterior: p.posterior }));
    await trx
      .insertInto('kb_review')
      .values(rows)
      .onConflict((oc) => oc.columns(['a_claim', 'b_claim']).doNothing())
      .execute();
  }
}
