/**
 * The public numbers over a small store of invented reports: they are the
 * counts (reviewed claims only by default), ranges give their lower end,
 * figures that count no monitored event stay out, a recount follows a
 * review, and every document field on a number's page passes the name guard.
 */
import { check } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { reviewClaim } from '../claims/review.ts';
import { countFromStore } from '../counts/load.ts';
import { loadKbDeps } from '../kb/lexicon.ts';
import { refreshKnowledge } from '../kb/repository.ts';
import { loadResolver } from '../kb/resolver.ts';
import { ingestBytes } from '../sources/ingest-sources.ts';
import { numberId } from './ids.ts';
import { PUBLIC_EVENT_TYPES } from './policy.ts';
import { createPublication } from './service.ts';

const md = (meta: Record<string, string>, body: string) =>
  new TextEncoder().encode(
    `---\n${Object.entries(meta)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n\n${body}\n`,
  );

const DETAINED = md(
  {
    title: 'Invented: soldiers held in a basement in Belgorod',
    outlet: 'Invented Evening Post',
    url: 'https://invented.example.net/news/belgorod-basement',
    published: '2024-05-20',
  },
  'Between 20 and 40 soldiers were detained in a basement in Belgorod on May 3, 2024, relatives said. ' +
    'The ministry said 335,000 people signed contracts this year and 1,300 soldiers were killed near the town.',
);
const NAMED = md(
  {
    title: 'Invented: Ivan Petrenko refused to fight',
    outlet: 'Invented Morning Star',
    url: 'https://morning.example.org/2024/ivan-petrenko-refused',
    published: '2024-06-02',
  },
  'Soldier Ivan Petrenko refused to return to the front in Kursk on May 28, 2024, his mother said. ' +
    'More than 15 soldiers refused to fight in Kursk, a lawyer said.',
);

let store: TestStore;
const now = () => new Date('2024-07-01T00:00:00Z');

async function acceptAll(kinds: string[]): Promise<void> {
  const rows = await store.db
    .selectFrom('claims')
    .select(['id', 'kind'])
    .where('state', '=', 'suggested')
    .execute();
  for (const r of rows.filter((x) => kinds.includes(x.kind)))
    await reviewClaim(store.db, { id: r.id, action: 'accept', actor: 'tester', version: 'current' });
}

beforeAll(async () => {
  store = await createTestStore();
  await ingestBytes(store.db, 'detained.md', DETAINED);
  await ingestBytes(store.db, 'named.md', NAMED);
  await refreshKnowledge(store.db, 'system');
}, 120_000);
afterAll(async () => store.dispose());

describe('public numbers', () => {
  it('publishes nothing before review, and unreviewed numbers only when the installation asks, marked so', async () => {
    const reviewed = await createPublication(store.db, { publishUnreviewed: false, now }).fresh();
    expect(reviewed.counts.numbers).toEqual([]);
    expect(reviewed.counts.reviewedOnly).toBe(true);
    const all = await createPublication(store.db, { publishUnreviewed: true, now }).fresh();
    expect(all.counts.numbers.length).toBeGreaterThan(0);
    expect(all.counts.numbers.every((n) => n.reviewed === false)).toBe(true);
    expect(all.counts.reviewedOnly).toBe(false);
  });

  it('recounts after a review: the range gives its lower end, and war losses and contracts stay out', async () => {
    const publication = createPublication(store.db, { publishUnreviewed: false, now, checkEveryMs: 0 });
    expect((await publication.fresh()).counts.numbers).toEqual([]);
    await acceptAll(['figure', 'event', 'place', 'person']);
    const { counts, summary } = await publication.fresh();
    const total = (type: string) =>
      counts.numbers.find((n) => n.id === numberId({ type, unit: '*', place: '*', month: '*' } as never));
    expect(total('detention')?.value).toBe(20);
    expect(total('detention')?.reviewed).toBe(true);
    // "More than 15" is at least 16; the named soldier may be among them, so not added on top.
    expect(total('refusal')?.value).toBe(16);
    expect(counts.numbers.every((n) => PUBLIC_EVENT_TYPES.includes(n.type))).toBe(true);
    // The counting core does count the losses and contracts the text gives; publication leaves them out.
    const raw = await countFromStore(store.db, loadKbDeps(), loadResolver());
    expect(raw.groups.some((g) => g.key.type === 'death' || g.key.type === 'forced_recruitment')).toBe(true);
    expect(counts.numbers.some((n) => n.value === 335_000 || n.value === 1_300)).toBe(false);
    expect(summary.types.map((t) => t.type)).toEqual(['refusal', 'detention']);
  });

  it("opens a number's page with its facts, sources and why, and withholds text naming a private person", async () => {
    const published = await createPublication(store.db, { publishUnreviewed: false, now }).fresh();
    const detention = published.page('detention~all~all~all');
    expect(detention?.why.rule).toBe('largest');
    expect(detention?.facts[0]?.told).toEqual({ value: 20, qualifier: 'at_least' });
    const src = detention?.facts[0]?.sources[0];
    expect(src).toMatchObject({
      outlet: 'Invented Evening Post',
      title: 'Invented: soldiers held in a basement in Belgorod',
      url: 'https://invented.example.net/news/belgorod-basement',
      published: '2024-05-20',
      withheld: [],
    });
    expect(src?.quote).toContain('Between 20 and 40 soldiers');

    const refusal = published.page('refusal~all~all~all');
    const json = JSON.stringify(refusal);
    expect(json).not.toMatch(/petrenko/i);
    expect(json).not.toMatch(/\bivan\b/i);
    const named = refusal?.facts.flatMap((f) => f.sources).find((s) => s.withheld.length > 0);
    expect(named?.withheld).toEqual(expect.arrayContaining(['title', 'url']));
    expect(published.page('death~all~all~all')).toBeNull();
    expect(published.page('not an id')).toBeNull();
  });

  it('exports valid GeoJSON (RFC 7946) and a CSV without formulas', async () => {
    const published = await createPublication(store.db, { publishUnreviewed: false, now }).fresh();
    const geo = published.geojson();
    expect(() => check(JSON.stringify(geo))).not.toThrow();
    expect(geo).not.toHaveProperty('crs');
    const belgorod = geo.features.find((f) => f.properties.name === 'Belgorod');
    // Longitude first: Belgorod is at about 36.6 E, 50.6 N.
    expect(belgorod?.geometry.coordinates[0]).toBeCloseTo(36.6, 0);
    expect(belgorod?.geometry.coordinates[1]).toBeCloseTo(50.6, 0);
    expect(belgorod?.properties.counts.detention).toBe(20);
    const csv = published.csv().split('\r\n');
    expect(csv[0]).toBe(
      'id,type,unit,unit_name,place,place_name,country,month,lower_bound,evidence,reviewed,sources',
    );
    expect(csv.some((r) => r.startsWith('detention~all~all~all,detention,*,,*,,,*,20,'))).toBe(true);
  });
});
