/**
 * Counting at volume: computeCounts over N generated reports' claims
 * (bench/counts/generate.ts, a corpus unlike bench/ingest's), beside the time
 * to merely load those reports and claims from a store with the query counts
 * uses (loadCorpus), measured in the same run. Prints both times, their ratio
 * and the peak resident memory after each phase.
 *
 *   npm run bench:counts -- [--n 5000] [--reference] [--no-store]
 *
 * --n 100000 for the monitoring-desk scale; --reference also runs the core
 * this one replaced (src/counts/reference/, quadratic: small N only) and
 * prints how many groups got a lower, equal or higher bound.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeCounts } from '../../src/counts/compute.ts';
import { relationsOf } from '../../src/counts/load.ts';
import { computeCounts as referenceCounts } from '../../src/counts/reference/compute.ts';
import type { CountInput, CountResult } from '../../src/counts/types.ts';
import { loadKbDeps } from '../../src/kb/lexicon.ts';
import { loadCorpus } from '../../src/kb/repository.ts';
import { openStore } from '../../src/store/db.ts';
import { deskCorpus } from './generate.ts';
import { writeCorpus } from './store.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    reference: { type: 'boolean', default: false },
    'no-store': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const mb = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
// Wall time, and this process's CPU time beside it: on a busy shared machine the CPU time is the steadier figure.
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (start: ReturnType<typeof clock>) => {
  const cpu = process.cpuUsage(start.cpu);
  return { wall: (performance.now() - start.wall) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
};
const show = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;

const deps = loadKbDeps();
const corpus = deskCorpus(n, deps);
const input: CountInput = { ...corpus, relations: relationsOf(deps) };
console.log(`${n} reports, ${corpus.claims.length} claims; peak RSS after generating: ${mb()}`);

let start = clock();
const result = computeCounts(input);
const compute = since(start);
const approximate = result.groups.filter((g) => g.why.some((w) => w.startsWith('approximate'))).length;
console.log(
  `computeCounts: ${show(compute)}, ${result.facts.length} facts, ${result.groups.length} groups ` +
    `(${approximate} approximate); peak RSS ${mb()}`,
);

if (values.reference) {
  start = clock();
  const old = referenceCounts(input);
  console.log(`reference core (before #13): ${show(since(start))}`);
  console.log(`bounds against the reference: ${compare(result, old)}`);
}

if (!values['no-store']) {
  const dir = mkdtempSync(join(tmpdir(), 'objector-bench-counts-'));
  try {
    const store = await openStore({ kind: 'pglite', dataDir: join(dir, 'data') }, { command: 'bench' });
    await writeCorpus(store.db, corpus);
    start = clock();
    const loaded = await loadCorpus(store.db);
    const load = since(start);
    await store.close();
    console.log(
      `load (loadCorpus on PGlite): ${show(load)} for ${loaded.sources.length} sources, ${loaded.claims.length} claims; peak RSS ${mb()}`,
    );
    console.log(
      `compute / load = ${(compute.wall / load.wall).toFixed(2)} (wall), ${(compute.cpu / load.cpu).toFixed(2)} (CPU)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compare(fast: CountResult, old: CountResult): string {
  const before = new Map(old.groups.map((g) => [JSON.stringify(g.key), g.lowerBound]));
  let lower = 0;
  let equal = 0;
  let higher = 0;
  for (const g of fast.groups) {
    const b = before.get(JSON.stringify(g.key)) ?? 0;
    if (g.lowerBound < b) lower++;
    else if (g.lowerBound === b) equal++;
    else higher++;
  }
  return `${lower} lower, ${equal} equal, ${higher} higher (of ${fast.groups.length})`;
}
