/** Records and links over a small ingested set of invented reports (src/kb/fixtures). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { countFromStore } from '../counts/load.ts';
import { ingestBytes } from '../sources/ingest-sources.ts';
import { entityId } from './build.ts';
import { loadKbDeps } from './lexicon.ts';
import type { Resolver } from './persons.ts';
import { getRecord, linkSource, listRecords } from './records.ts';
import { decidePersons, rebuildKnowledge, undoPersonDecision } from './repository.ts';
import { loadResolver } from './resolver.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('knowledge base records', () => {
  let store: TestStore;
  const deps = loadKbDeps();
  const resolver = loadResolver();

  beforeAll(async () => {
    store = await createTestStore();
    for (const f of ['ledger.md', 'reprint.md', 'post.md'])
      await ingestBytes(store.db, f, new Uint8Array(fixture(f)));
    await rebuildKnowledge(store.db, deps, resolver, 'test');
  });
  afterAll(() => store.dispose());

  it('resolves "64th … Brigade" and "military unit 51460" to one unit record that shows every claim and source', async () => {
    const units = await listRecords(store.db, { kind: 'unit' });
    expect(units.map((u) => u.key)).toEqual(['64-brigade']);
    const unit = await getRecord(store.db, units[0]!.id);
    expect(unit?.name).toBe('64th Separate Guards Motor Rifle Brigade');
    expect(unit?.data.vch).toContain('51460');
    const mentions = unit!.links.filter((l) => l.relation === 'mention').map((l) => String(l.value.mention));
    expect(mentions).toEqual(
      expect.arrayContaining(['64th Separate Guards Motor Rifle Brigade', 'military unit 51460']),
    );
    // Figures placed in the brigade by their sentence are linked too, with their sources.
    expect(unit!.links.some((l) => l.kind === 'figure' && l.relation === 'context')).toBe(true);
    expect(unit!.sources).toBe(3);
    expect(unit!.links.every((l) => l.source.id && l.source.outlet)).toBe(true);
  });

  it('makes Lugansk and Luhansk one place with coordinates, and a facility for the basement', async () => {
    const places = await listRecords(store.db, { kind: 'place' });
    const luhansk = places.filter((p) => p.name === 'Luhansk');
    expect(luhansk).toHaveLength(1);
    expect(luhansk[0]!.data).toMatchObject({ kind: 'city', country: 'UA' });
    expect(typeof luhansk[0]!.data.lat).toBe('number');
    const detail = await getRecord(store.db, luhansk[0]!.id);
    expect(new Set(detail!.links.map((l) => String(l.value.mention ?? '')))).toEqual(
      new Set(['Lugansk', 'Luhansk', '']),
    );
    const facilities = await listRecords(store.db, { kind: 'facility' });
    expect(facilities.map((f) => f.name)).toContain('basement in Bryanka');
  });

  it('resolves the same soldier named in two outlets to one person record', async () => {
    const people = await listRecords(store.db, { kind: 'person' });
    expect(people).toHaveLength(1);
    expect(people[0]!.sources).toBe(3);
    expect(people[0]!.data.roles).toMatchObject({ soldier: 3 });
  });

  it('keeps record ids across rebuilds, and linkSource re-links one source idempotently', async () => {
    const before = (await listRecords(store.db)).map((r) => r.id).sort();
    await rebuildKnowledge(store.db, deps, resolver, 'test');
    expect((await listRecords(store.db)).map((r) => r.id).sort()).toEqual(before);
    expect(before).toContain(entityId('unit', '64-brigade'));
    const src = await store.db
      .selectFrom('sources')
      .select('id')
      .where('outlet', '=', 'Other Test Post')
      .executeTakeFirstOrThrow();
    const linksBefore = await store.db
      .selectFrom('kb_links')
      .select(['entity_id', 'claim_id'])
      .where('source_id', '=', src.id)
      .execute();
    await linkSource(store.db, deps, src.id);
    const linksAfter = await store.db
      .selectFrom('kb_links')
      .select(['entity_id', 'claim_id'])
      .where('source_id', '=', src.id)
      .execute();
    expect(linksAfter.length).toBe(linksBefore.length);
  });

  it('splits and merges persons only by recorded decisions, reversibly; uncertain pairs go to review', async () => {
    const person = (await listRecords(store.db, { kind: 'person' }))[0]!;
    const claims = (await getRecord(store.db, person.id))!.links
      .filter((l) => l.relation === 'mention')
      .map((l) => l.claimId)
      .sort();
    await decidePersons(store.db, deps, resolver, {
      a: claims[0]!,
      b: claims[2]!,
      decision: 'different',
      actor: 'test',
    });
    expect(await listRecords(store.db, { kind: 'person' })).toHaveLength(2);
    await undoPersonDecision(store.db, deps, resolver, { a: claims[0]!, b: claims[2]!, actor: 'test' });
    expect(await listRecords(store.db, { kind: 'person' })).toHaveLength(1);
    const history = await store.db.selectFrom('kb_history').select('action').orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['split', 'undo', 'rebuild']));
    // A resolver that cannot decide: the pair goes to the review queue, not merged.
    const unsure: Resolver = (ms) => ({
      clusters: new Map(ms.map((m) => [m.id, m.id])),
      review: [{ a: claims[0]!, b: claims[1]!, posterior: 0 }],
    });
    await rebuildKnowledge(store.db, deps, unsure, 'test');
    expect(await listRecords(store.db, { kind: 'person' })).toHaveLength(3);
    expect(
      await store.db.selectFrom('kb_review').selectAll().where('state', '=', 'pending').execute(),
    ).toHaveLength(1);
    await rebuildKnowledge(store.db, deps, resolver, 'test');
  });

  it('counts the invented set: the reprint adds nothing, "more than 35" gives 36, the named soldier is inside the figure', async () => {
    const counts = await countFromStore(store.db, deps, resolver);
    const top = counts.groups.find(
      (g) => g.key.type === 'detention' && g.key.unit === '*' && g.key.place === '*' && g.key.month === '*',
    );
    expect(top?.lowerBound).toBe(36);
    const brigade = counts.groups.find(
      (g) =>
        g.key.type === 'detention' &&
        g.key.unit === '64-brigade' &&
        g.key.place === '*' &&
        g.key.month === '*',
    );
    expect(brigade?.lowerBound).toBe(36);
    const at35 = counts.facts.find((f) => f.kind === 'figure' && f.value === 35);
    expect(at35?.sources).toHaveLength(2);
    expect(at35?.independentSources).toBe(1);
    const march = counts.groups.find(
      (g) =>
        g.key.type === 'detention' && g.key.unit === '*' && g.key.place === '*' && g.key.month === '2024-03',
    );
    expect(march?.lowerBound).toBe(36);
    // The same input gives the same groups (no hidden state).
    expect((await countFromStore(store.db, deps, resolver)).groups).toEqual(counts.groups);
  });
});
