/**
 * Ingest throughput: 10,000 generated documents through the full ingest path
 * (parse, hash, MinHash, near-duplicate lookup, one transaction per source),
 * beside a bulk insert of the same rows straight into the same kind of store,
 * the store's own ceiling. Runs on PGlite and on PostgreSQL (DATABASE_URL, or
 * a throwaway cluster started for the run).
 *
 *   npm run bench:ingest -- [--n 10000] [--only pglite|postgres]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoreConfig } from '../../src/config/config.ts';
import { contentHash, lshBandKeys, minhashSignature } from '../../src/ingest/index.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { openStore } from '../../src/store/db.ts';
import { benchmarkCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '10000' }, only: { type: 'string' } },
});
const n = Number(values.n);
const docs = benchmarkCorpus(n).map((text) => new TextEncoder().encode(text));

async function throughIngest(config: StoreConfig): Promise<number> {
  const store = await openStore(config, { command: 'bench' });
  const start = performance.now();
  for (const [i, bytes] of docs.entries()) await ingestBytes(store.db, `doc-${i}.txt`, bytes);
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  return n / seconds;
}

async function bulkInsert(config: StoreConfig): Promise<number> {
  const store = await openStore(config, { command: 'bench' });
  // Rows are prepared outside the clock: the ceiling is the store's, not ours.
  const rows = docs.map((bytes, i) => {
    const text = new TextDecoder().decode(bytes);
    const sig = minhashSignature(text);
    const hash = contentHash(text);
    return {
      source: {
        id: `src_${hash.slice(0, 16)}`,
        content_hash: hash,
        title: null,
        body: text,
        language: 'en',
        outlet: null,
        url: null,
        author: null,
        published: null,
        format: 'txt',
        encoding: 'utf-8',
        origin: `doc-${i}.txt`,
        duplicate_of: null,
        similarity: null,
        minhash: new Uint8Array(sig.buffer),
      },
      bands: lshBandKeys(sig).map((band) => ({ band, source_id: `src_${hash.slice(0, 16)}` })),
    };
  });
  const start = performance.now();
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await trx
        .insertInto('sources')
        .values(chunk.map((r) => r.source))
        .execute();
      await trx
        .insertInto('source_bands')
        .values(chunk.flatMap((r) => r.bands))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  return n / seconds;
}

async function measure(label: string, fresh: () => Promise<{ config: StoreConfig; done: () => void }>) {
  const a = await fresh();
  const ingest = await throughIngest(a.config);
  a.done();
  const b = await fresh();
  const bulk = await bulkInsert(b.config);
  b.done();
  console.log(
    `${label.padEnd(10)} ingest ${ingest.toFixed(0).padStart(6)} sources/s   bulk insert ${bulk.toFixed(0).padStart(7)} rows/s   ratio ${(ingest / bulk).toFixed(3)}`,
  );
}

console.log(
  `bench/ingest: ${n} generated documents, ${(docs.reduce((s, d) => s + d.length, 0) / 1e6).toFixed(1)} MB`,
);
if (values.only !== 'postgres') {
  await measure('pglite', async () => ({
    config: { kind: 'pglite', dataDir: join(mkdtempSync(join(tmpdir(), 'objector-bench-')), 'data') },
    done: () => {},
  }));
}
if (values.only !== 'pglite') {
  let url = process.env.DATABASE_URL;
  const script = join(import.meta.dirname, '../../scripts/pg/throwaway-cluster.sh');
  const dir = mkdtempSync(join(tmpdir(), 'objector-bench-pg-'));
  // A port of its own, so a cluster left by an interrupted run does not stand in the way.
  const port = String(20000 + Math.floor(Math.random() * 30000));
  if (!url) url = execFileSync('bash', [script, 'start', dir, port], { encoding: 'utf8' }).trim();
  let k = 0;
  try {
    await measure('postgres', async () => {
      const db = `bench_${process.pid}_${k++}`;
      execFileSync('psql', [url, '-qc', `create database ${db}`]);
      const u = new URL(url);
      u.pathname = `/${db}`;
      return { config: { kind: 'postgres', url: u.toString() }, done: () => {} };
    });
  } finally {
    if (!process.env.DATABASE_URL) execFileSync('bash', [script, 'stop', dir]);
  }
}
