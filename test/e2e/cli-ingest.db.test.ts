import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.ts';
import { inventedReport } from '../support/reports.ts';
import { createTestStoreEnv, type TestStoreEnv, testBackend } from '../support/test-store.ts';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

function folderOfReports(count: number, offset = 0): string {
  const dir = tmp('objector-cli-in-');
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.txt`), inventedReport(offset + i));
  return dir;
}

describe('objector ingest / sources / source', () => {
  const stores: TestStoreEnv[] = [];
  const newStore = async () => {
    const s = await createTestStoreEnv(join(tmp('objector-cli-data-'), 'data'));
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.dispose();
  });

  it('ingests a folder, reports bad files with a non-zero exit, and lists what it stored', async () => {
    const { env } = await newStore();
    const dir = folderOfReports(3);
    writeFileSync(join(dir, 'broken.json'), '{"messages": [');
    const r = await runCli(['ingest', '--json', dir], env);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ added: 3, duplicates: 0 });
    expect(report.failed).toEqual([expect.objectContaining({ path: join(dir, 'broken.json') })]);

    const again = JSON.parse((await runCli(['ingest', '--json', dir], env)).stdout);
    expect(again).toMatchObject({ added: 0, duplicates: 3 });

    const list = await runCli(['sources', '--json'], env);
    expect(list.status).toBe(0);
    const sources = JSON.parse(list.stdout);
    expect(sources).toHaveLength(3);
    for (const key of ['id', 'title', 'language', 'outlet', 'url', 'published', 'duplicateOf']) {
      expect(sources[0]).toHaveProperty(key);
    }
    const one = await runCli(['source', '--json', sources[0].id], env);
    expect(JSON.parse(one.stdout).text).toMatch(/^Invented test report/);
    const missing = await runCli(['source', 'src_nope'], env);
    expect(missing.status).toBe(4);
    expect(missing.stderr).toMatch(/no source with id/);
  });

  it('ends a killed ingest, run again, with exactly the sources of a clean run', {
    timeout: 600_000,
  }, async () => {
    const total = 300;
    const dir = folderOfReports(total, 1000);
    const clean = await newStore();
    const t0 = performance.now();
    expect((await runCli(['ingest', '--json', dir], clean.env)).status).toBe(0);
    const cleanRunMs = performance.now() - t0;
    const expected = JSON.parse((await runCli(['sources', '--json'], clean.env)).stdout).map(
      (s: { id: string }) => s.id,
    );
    expect(expected).toHaveLength(total);

    // Kill a run part-way. How far a run gets in a given time depends on the
    // machine's load, so the delay is found by bisection: too early (nothing
    // stored) raises the lower end, too late (everything stored) lowers the
    // upper end, and the next try is half-way between. Start-up takes most of a
    // run, so the window where some but not all sources are stored is narrow.
    let low = 0;
    let high = Number.POSITIVE_INFINITY;
    let delay = cleanRunMs * 0.5;
    let crashed: TestStoreEnv | null = null;
    for (let attempt = 0; attempt < 12 && !crashed; attempt++) {
      const store = await newStore();
      const run = startCli(['ingest', dir], store.env, /$^/);
      run.started.catch(() => {});
      // Listen before waiting: a run that ends during the delay must still be seen to end.
      const exited = new Promise((r) => run.child.once('exit', (_code, signal) => r(signal)));
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      const signal = await exited;
      const stored = JSON.parse((await runCli(['sources', '--json'], store.env)).stdout).length;
      if (signal === 'SIGKILL' && stored > 0 && stored < total) crashed = store;
      else {
        if (stored === 0) low = delay;
        else high = delay;
        delay = Number.isFinite(high) ? (low + high) / 2 : delay * 2;
      }
    }
    if (!crashed) throw new Error('could not stop an ingest part-way in 12 attempts');

    expect((await runCli(['ingest', '--json', dir], crashed.env)).status).toBe(0);
    const after = JSON.parse((await runCli(['sources', '--json'], crashed.env)).stdout).map(
      (s: { id: string }) => s.id,
    );
    expect([...after].sort()).toEqual([...expected].sort());
  });

  it.skipIf(testBackend === 'postgres')(
    'keeps the embedded store to one process while serve runs',
    async () => {
      const { env } = await newStore();
      const dir = folderOfReports(2, 50);
      await runCli(['ingest', dir], env);
      const server = startCli(['serve', '--port', '0'], env, /listening on http:\/\/127\.0\.0\.1:(\d+)/);
      try {
        await server.started;
        const list = await runCli(['sources', '--json'], env);
        expect(list.status).toBe(0);
        expect(JSON.parse(list.stdout)).toHaveLength(2);
        // Ingest goes through the server: the new file is stored, the old ones are known.
        writeFileSync(join(dir, 'new.txt'), inventedReport(99));
        const through = await runCli(['ingest', '--json', dir], env);
        expect(through.status).toBe(0);
        expect(JSON.parse(through.stdout)).toMatchObject({ added: 1, duplicates: 2 });
        // Commands that need the store itself stop with a message saying why.
        const blocked = await runCli(['records', 'rebuild'], env);
        expect(blocked.status).toBe(3);
        expect(blocked.stderr).toMatch(/`objector serve`/);
      } finally {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
      }
      // Once the server is gone the store is free again.
      expect((await runCli(['sources', '--json'], env)).status).toBe(0);
    },
  );
});
