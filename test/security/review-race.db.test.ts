/**
 * Two reviewers deciding one claim at once: each decision carries the claim
 * version its reviewer saw, and only the first made on the current version
 * wins; the other is refused with 409 and changes nothing. The report text is
 * invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { inventedReport } from '../support/reports.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type Session, type TestApp } from './support.ts';

describe('concurrent review decisions', () => {
  let store: TestStore;
  let t: TestApp;
  let claims: string[];
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    await ingestBytes(store.db, 'r.txt', new TextEncoder().encode(inventedReport(41)));
    claims = (await store.db.selectFrom('claims').select('id').orderBy('id').execute()).map((c) => c.id);
  });
  afterAll(() => store.dispose());

  const decide = (who: Session, id: string, body: Record<string, unknown>) =>
    t.app.request(`/api/claims/${id}/review`, {
      method: 'POST',
      headers: as(who, { 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
  const history = (id: string) =>
    store.db.selectFrom('claim_history').select('action').where('claim_id', '=', id).execute();

  it('gives exactly one 200 and one 409 for two decisions made on the same version', async () => {
    const id = claims[0]!;
    const [a, b] = await Promise.all([
      decide(t.sessions.researcher, id, { action: 'accept', version: 1 }),
      decide(t.sessions.admin, id, { action: 'reject', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    const problem = (await lost.json()) as { title: string; detail: string };
    expect(problem.detail).toMatch(/has changed since you saw it .*reload it and decide again/);
    // Only the winner is in the history and the audit log.
    expect(await history(id)).toHaveLength(1);
    const won = (await (a.status === 200 ? a : b).json()) as { state: string; version: number };
    const claim = await store.db
      .selectFrom('claims')
      .select(['state', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(claim).toEqual({ state: won.state, version: 2 });
    const audited = await store.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('target_kind', '=', 'claims')
      .execute();
    expect(audited.filter((e) => e.target_id === id)).toHaveLength(1);
    // Decided again on the version it now has, it goes through.
    expect((await decide(t.sessions.admin, id, { action: 'reject', version: 2 })).status).toBe(200);
  });

  it('refuses a decision without the version it was made on', async () => {
    const res = await decide(t.sessions.researcher, claims[1]!, { action: 'accept' });
    expect(res.status).toBe(400);
    expect(await history(claims[1]!)).toHaveLength(0);
  });

  it('applies the same check to bulk decisions, claim by claim', async () => {
    const [x, y] = [claims[1]!, claims[2]!];
    expect((await decide(t.sessions.researcher, y, { action: 'reject', version: 1 })).status).toBe(200);
    const res = await t.app.request('/api/review/bulk', {
      method: 'POST',
      headers: as(t.sessions.admin, { 'content-type': 'application/json' }),
      body: JSON.stringify({ ids: [x, y], versions: [1, 1], action: 'accept' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results).toEqual([
      { id: x, state: 'accepted' },
      { id: y, error: 'conflict' },
    ]);
  });
});
