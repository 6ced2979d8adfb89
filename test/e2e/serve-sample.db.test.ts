import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

describe('npm start: serve --sample', () => {
  const stores: TestStoreEnv[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.dispose();
  });

  it('loads the invented sample corpus on the first start only', { timeout: 120_000 }, async () => {
    const store = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-start-')), 'data'));
    stores.push(store);
    const listSources = async () =>
      JSON.parse((await runCli(['sources', '--json'], store.env)).stdout) as object[];

    for (const round of [1, 2]) {
      const server = startCli(['serve', '--sample', '--port', '0'], store.env, LISTENING);
      try {
        await server.started;
        if (round === 1) expect(server.stderr()).toMatch(/loaded the sample corpus: \d+ sources/);
        else expect(server.stderr()).not.toMatch(/loaded the sample corpus/);
        const sources = await listSources();
        // Every format of the sample is there, the Russian reports too, and the reprint is linked.
        expect(new Set(sources.map((s) => (s as { format: string }).format))).toEqual(
          new Set(['txt', 'md', 'html', 'telegram', 'csv']),
        );
        expect(sources.some((s) => (s as { language: string }).language === 'ru')).toBe(true);
        expect(
          sources.filter((s) => (s as { duplicateOf: string | null }).duplicateOf).length,
        ).toBeGreaterThan(0);
      } finally {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
      }
    }
  });
});
