/**
 * Linking a case to the knowledge base, end to end on a store: a family's
 * case written in Russian, invented reports written in English ingested and
 * the knowledge base rebuilt, then the suggestions, a caseworker's decisions
 * and the related material through the API. Every name and report is invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createSecuredApp, type TestApp } from '../../../test/security/support.ts';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { refreshKnowledge } from '../../kb/repository.ts';
import { ingestBytes } from '../../sources/ingest-sources.ts';
import { addWhereabouts, createCase, updateCase } from '../repository.ts';
import type { Suggestion } from './schema.ts';
import { refreshCaseSuggestions, suggestLinksForCase } from './suggest.ts';

const report = (slug: string, published: string, title: string, body: string) =>
  new TextEncoder().encode(
    [
      '---',
      `title: "${title}"`,
      'outlet: Invented Linking Gazette',
      `url: https://linking-gazette.example.org/${slug}`,
      `published: ${published}`,
      '---',
      '',
      "Invented report for objector's case-linking tests; the people in it do not exist.",
      '',
      body,
    ].join('\n'),
  );

const DETENTION = report(
  'detained',
  '2025-03-20',
  'A private who refused to fight was detained',
  'Artyom Kaminsky, 26, a private of the 64th Separate Motor Rifle Brigade, was detained on 12 March 2025 ' +
    'after he refused to return to the front. Relatives said he was held in a basement in Bryanka. ' +
    'His mother, Olga Kaminskaya, has written to the military prosecutor.',
);
const SIGHTING = report(
  'sighting',
  '2025-04-02',
  'Men from a brigade seen at a checkpoint',
  'A volunteer said that Artem Kaminskiy, 26, and two other soldiers were seen at a checkpoint near Rovenky ' +
    'in late March. The volunteer did not know where they were taken.',
);
const OTHER = report(
  'other-man',
  '2025-02-11',
  'An older officer of another division went missing',
  'Pyotr Volodin, 52, an officer of the 150th Motor Rifle Division, went missing in February 2025, ' +
    'his colleagues said.',
);

const GROUP = report(
  'group',
  '2025-05-06',
  'Dozens of men of a brigade refused to go back',
  'At least 40 soldiers of the 64th Separate Motor Rifle Brigade refused to return to the front in April 2025, ' +
    'a volunteer group said.',
);

describe('case links', () => {
  let store: TestStore;
  let t: TestApp;
  let caseId = '';
  let otherId = '';
  const send = async (path: string, method = 'GET', body?: unknown) => {
    const res = await t.app.request(path, {
      method,
      headers: as(t.sessions.caseworker, { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const pending = async (id: string) =>
    (await send(`/api/cases/${id}/suggestions`)).body.items as Suggestion[];

  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    const c = await createCase(store.db, t.security, 'caseworker-1', {
      personName: 'Каминский Артём Олегович',
      birthDate: '1998-07',
      unit: '64 ОМСБр',
      region: 'RU-BU',
      status: 'missing',
      statusOn: '2025-03-01',
    });
    caseId = c.id;
    await store.db
      .transaction()
      .execute((trx) =>
        addWhereabouts(trx, t.security, 'caseworker-1', caseId, { place: 'подвал в Брянке' }),
      );
    // A man of the 64th brigade whose name an older officer of another division shares.
    otherId = (
      await createCase(store.db, t.security, 'caseworker-1', {
        personName: 'Володин Пётр',
        birthDate: '2001',
        unit: 'в/ч 51460',
      })
    ).id;
  });
  afterAll(() => store.dispose());

  it('suggests nothing while the knowledge base has no report about him', async () => {
    expect(await refreshCaseSuggestions(store.db, t.security)).toEqual({ cases: 2, suggestions: 0 });
  });

  it('suggests a newly ingested report that names him, once, with an encrypted reason', async () => {
    await ingestBytes(store.db, 'detained.md', DETENTION);
    await ingestBytes(store.db, 'other.md', OTHER);
    await refreshKnowledge(store.db, 'test');
    const first = await refreshCaseSuggestions(store.db, t.security);
    expect(first.suggestions).toBeGreaterThanOrEqual(1);
    expect(await refreshCaseSuggestions(store.db, t.security)).toEqual({ cases: 2, suggestions: 0 });
    expect(await suggestLinksForCase(store.db, t.security, caseId)).toBe(0);

    const items = await pending(caseId);
    expect(items).toHaveLength(1);
    const s = items[0]!;
    expect(s.basis).toEqual(expect.arrayContaining(['person', 'unit', 'place']));
    expect(s.source).toMatchObject({ outlet: 'Invented Linking Gazette', published: '2025-03-20' });
    expect(s.reason).toMatch(/Artyom Kaminsky/);
    expect(s.claims.map((x) => x.text)).toContain('Artyom Kaminsky');
    expect(s.claims.find((x) => x.kind === 'person')!.snippet).toMatch(/private of the 64th/);

    const rows = await store.db.selectFrom('case_links').select(['reason', 'claim_ids']).execute();
    for (const r of rows) {
      expect(r.reason).toMatch(/^enc1:/);
      expect(r.reason).not.toMatch(/Kaminsk|Каминск|ОМСБр/);
    }
    // The other case's man shares the older officer's name, not his age or unit; and the first report,
    // though it tells of an event in his unit, is about another named soldier: nothing for him.
    const people = await store.db
      .selectFrom('kb_entities')
      .select('name')
      .where('kind', '=', 'person')
      .execute();
    expect(people.map((p) => p.name)).toContain('Pyotr Volodin');
    expect(await pending(otherId)).toEqual([]);
  });

  it('enters the status history when a caseworker accepts, with the report as evidence', async () => {
    const [s] = await pending(caseId);
    const res = await send(`/api/cases/${caseId}/suggestions/${s!.id}`, 'POST', { decision: 'accept' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'accepted',
      sourceId: s!.source.id,
      status: { status: 'detained', onDate: '2025-03-12', evidenceKind: 'source', evidenceRef: s!.source.id },
    });
    const file = await send(`/api/cases/${caseId}`);
    expect(file.body.status).toBe('detained');
    const again = await send(`/api/cases/${caseId}/suggestions/${s!.id}`, 'POST', { decision: 'reject' });
    expect(again.status).toBe(409);
    expect(
      (await send(`/api/cases/${caseId}/suggestions/link_nope`, 'POST', { decision: 'reject' })).status,
    ).toBe(404);
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('target_id', '=', caseId)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => (a.details as { part?: string }).part)).toEqual(
      expect.arrayContaining(['suggestions', 'link', 'status']),
    );
  });

  it('never suggests a rejected report again', async () => {
    await ingestBytes(store.db, 'sighting.md', SIGHTING);
    await refreshKnowledge(store.db, 'test');
    expect((await refreshCaseSuggestions(store.db, t.security)).suggestions).toBe(1);
    const [s] = await pending(caseId);
    expect(s!.source.title).toBe('Men from a brigade seen at a checkpoint');
    expect(s!.basis).toEqual(['person']);
    const res = await send(`/api/cases/${caseId}/suggestions/${s!.id}`, 'POST', { decision: 'reject' });
    expect(res.body).toMatchObject({ state: 'rejected', status: null });
    await refreshKnowledge(store.db, 'test');
    expect((await refreshCaseSuggestions(store.db, t.security)).suggestions).toBe(0);
    expect((await send(`/api/cases/${caseId}/match`, 'POST')).body).toEqual({ added: 0 });
    expect(await pending(caseId)).toEqual([]);
  });

  it('shows the related material by basis: his person, his unit, the places he was', async () => {
    const res = await send(`/api/cases/${caseId}/related`);
    expect(res.status).toBe(200);
    const groups = res.body.groups as {
      basis: string;
      records: { name: string }[];
      sources: { total: number; items: { title: string }[] };
      events: { total: number; items: { type: string }[] };
    }[];
    const by = Object.fromEntries(groups.map((g) => [g.basis, g]));
    expect(by.person!.sources.items.map((x) => x.title)).toContain(
      'A private who refused to fight was detained',
    );
    expect(by.person!.events.items.map((e) => e.type)).toEqual(
      expect.arrayContaining(['detention', 'refusal']),
    );
    expect(by.unit!.records[0]!.name).toMatch(/64th/);
    expect(by.place!.records.map((r) => r.name)).toEqual(['Bryanka']);
    expect(JSON.stringify(res.body)).not.toContain('Pyotr Volodin');
  });

  it('suggests a report of a refusal in his unit that names nobody, weakly, to both men of the unit', async () => {
    await ingestBytes(store.db, 'group.md', GROUP);
    await refreshKnowledge(store.db, 'test');
    expect((await refreshCaseSuggestions(store.db, t.security)).suggestions).toBe(2);
    for (const id of [caseId, otherId]) {
      const items = await pending(id);
      expect(items.map((x) => [x.source.title, x.basis, x.score])).toEqual([
        ['Dozens of men of a brigade refused to go back', ['unit'], 0.3],
      ]);
    }
  });

  it('withdraws a pending suggestion the case no longer fits, and keeps decided ones', async () => {
    // The caseworker learns he served elsewhere: the unit-only suggestion no longer stands.
    await updateCase(store.db, t.security, 'caseworker-1', otherId, { unit: 'в/ч 99999' });
    await refreshCaseSuggestions(store.db, t.security);
    expect(await pending(otherId)).toEqual([]);
    expect((await pending(caseId)).length).toBe(1);
    const states = await store.db
      .selectFrom('case_links')
      .select('state')
      .where('case_id', '=', caseId)
      .execute();
    expect(states.map((r) => r.state).sort()).toContain('accepted');
  });

  it('answers 404 for a case that does not exist', async () => {
    expect((await send('/api/cases/case_nope/related')).status).toBe(404);
    expect((await send('/api/cases/case_nope/match', 'POST')).status).toBe(404);
  });
});
