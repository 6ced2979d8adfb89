import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { insertSource } from '../sources/repository.ts';
import { type ClaimDraft, claimDrafts } from './claim-drafts.ts';
import { claimId, saveClaims } from './repository.ts';
import { listClaims, ReviewError, reviewClaim } from './review.ts';
import type { Extraction } from './schema.ts';

const text = 'At least 40 soldiers of the 64th Brigade refused to fight near Kursk, their relatives said.';

function extraction(version: string, figures: Extraction['figures']): Extraction {
  return {
    id: 'doc',
    language: 'en',
    published: null,
    extractor: { name: 'test', version },
    figures,
    units: [{ mention: '64th Brigade', key: '64-brigade', start: 28, end: 40, rule: 'unit.ordinal' }],
    places: [],
    people: [],
    organizations: [],
    events: [],
  };
}
const forty = {
  value: 40,
  qualifier: 'at_least' as const,
  percent: false,
  counts: 'refusing' as const,
  quote: 'At least 40 soldiers',
  start: 0,
  end: 20,
  rule: 'figure.v1',
};

describe('claims: stored suggestions and review', () => {
  let store: TestStore;
  let drafts: ClaimDraft[];
  beforeAll(async () => {
    store = await createTestStore();
    await insertSource(
      store.db,
      {
        id: 'src_t',
        contentHash: 'h',
        title: null,
        text,
        language: 'en',
        outlet: null,
        url: null,
        author: null,
        published: null,
        format: 'txt',
        encoding: 'utf-8',
        origin: null,
        duplicateOf: null,
        similarity: null,
        minhash: new Uint8Array(4),
      },
      [],
    );
    drafts = claimDrafts(extraction('1', [forty]));
  });
  afterAll(() => store.dispose());

  it('stores every claim as a suggestion with its offsets, rule and extractor', async () => {
    expect(await saveClaims(store.db, 'src_t', 'test@1', drafts)).toEqual({
      added: 2,
      refreshed: 0,
      kept: 0,
      obsoleted: 0,
    });
    const claims = await listClaims(store.db, { sourceId: 'src_t' });
    expect(claims.map((c) => [c.kind, c.state, c.start, c.end, c.rule, c.extractor])).toEqual([
      ['figure', 'suggested', 0, 20, 'figure.v1', 'test@1'],
      ['unit', 'suggested', 28, 40, 'unit.ordinal', 'test@1'],
    ]);
  });

  it('records decisions with their history, validates corrections, and can undo them', async () => {
    const figureId = claimId('src_t', 'figure', '40|false|refusing');
    const edited = await reviewClaim(store.db, {
      id: figureId,
      action: 'edit',
      changes: { qualifier: 'more_than' },
      version: 1,
      actor: 'reviewer-1',
    });
    expect(edited).toMatchObject({
      state: 'edited',
      value: { qualifier: 'more_than', value: 40 },
      version: 2,
    });
    await expect(
      reviewClaim(store.db, {
        id: figureId,
        action: 'edit',
        changes: { counts: 'bananas' },
        version: edited.version,
        actor: 'r',
      }),
    ).rejects.toThrow(ReviewError);
    const history = await store.db
      .selectFrom('claim_history')
      .selectAll()
      .where('claim_id', '=', figureId)
      .execute();
    expect(history.map((h) => [h.action, h.actor])).toEqual([['edit', 'reviewer-1']]);
    const reset = await reviewClaim(store.db, {
      id: figureId,
      action: 'reset',
      version: edited.version,
      actor: 'reviewer-1',
    });
    expect(reset).toMatchObject({ state: 'suggested', value: { qualifier: 'at_least' } });
    await reviewClaim(store.db, {
      id: figureId,
      action: 'edit',
      changes: { qualifier: 'about' },
      version: reset.version,
      actor: 'r2',
    });
  });

  it('keeps human decisions when a new extractor version runs again', async () => {
    const unitId = claimId('src_t', 'unit', '64-brigade');
    await reviewClaim(store.db, { id: unitId, action: 'reject', version: 1, actor: 'reviewer-1' });
    // The upgraded extractor now finds the figure with another rule, finds no unit, and a new figure.
    const next = claimDrafts(
      extraction('2', [
        { ...forty, rule: 'figure.v2' },
        { ...forty, value: 3, qualifier: 'exact', quote: '3', rule: 'figure.v2' },
      ]),
    ).filter((d) => d.kind !== 'unit');
    expect(await saveClaims(store.db, 'src_t', 'test@2', next)).toEqual({
      added: 1,
      refreshed: 0,
      kept: 1,
      obsoleted: 0,
    });
    const byKind = await listClaims(store.db, { sourceId: 'src_t' });
    const figure40 = byKind.find((c) => c.value.value === 40);
    expect(figure40).toMatchObject({ state: 'edited', value: { qualifier: 'about' }, extractor: 'test@2' });
    expect(byKind.find((c) => c.kind === 'unit')).toMatchObject({ state: 'rejected' });
    // A suggestion nobody reviewed and the extractor no longer makes becomes obsolete.
    expect(await saveClaims(store.db, 'src_t', 'test@3', next.slice(0, 1))).toMatchObject({ obsoleted: 1 });
    expect((await listClaims(store.db, { state: 'obsolete' })).map((c) => c.value.value)).toEqual([3]);
  });

  it('refuses a decision made on a version that has changed since, and changes nothing', async () => {
    const [claim] = await listClaims(store.db, { sourceId: 'src_t', state: 'obsolete' });
    const seen = claim!.version;
    const first = await reviewClaim(store.db, {
      id: claim!.id,
      action: 'reject',
      version: seen,
      actor: 'r1',
    });
    expect(first.version).toBe(seen + 1);
    await expect(
      reviewClaim(store.db, { id: claim!.id, action: 'accept', version: seen, actor: 'r2' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const [after] = await listClaims(store.db, { sourceId: 'src_t', state: 'rejected' }).then((rows) =>
      rows.filter((r) => r.id === claim!.id),
    );
    expect(after).toMatchObject({ state: 'rejected', version: seen + 1 });
  });

  it('refuses to review a claim that does not exist', async () => {
    await expect(
      reviewClaim(store.db, { id: 'clm_nope', action: 'accept', version: 1, actor: 'r' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
