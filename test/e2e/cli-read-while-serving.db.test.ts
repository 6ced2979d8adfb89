/**
 * `report`, `counts` and `claims` while `serve` holds the embedded store: they
 * answer through its API with what they print when they open the store
 * themselves; and `records` withholds private names unless --names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv, testBackend } from '../support/test-store.ts';

// Invented for this test: no real person or article.
const SOLDIER = 'Zakhar Vymyslov';
const TEXT = `Test Wire, June 3, 2024. At least 40 soldiers of the 64th Separate Motor Rifle Brigade refused to return to the front, their relatives said. One of them, private ${SOLDIER}, 27, wrote an appeal to the military prosecutor.`;

describe('read commands while serve holds the store', () => {
  let store: TestStoreEnv;
  const alone: Record<string, string> = {};
  const reads: [string, string[]][] = [
    ['report', ['report']],
    ['counts', ['counts', '--json']],
    ['claims', ['claims', '--json', '--kind', 'person']],
  ];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-reads-'));
    writeFileSync(join(dir, 'wire.txt'), TEXT);
    store = await createTestStoreEnv(join(dir, 'data'));
    expect((await runCli(['ingest', dir], store.env)).status).toBe(0);
    expect((await runCli(['records', 'rebuild'], store.env)).status).toBe(0);
    for (const [name, args] of reads) {
      const r = await runCli(args, store.env);
      expect(r.status, r.stderr).toBe(0);
      alone[name] = r.stdout;
    }
  }, 180_000);
  afterAll(() => store.dispose());

  it('lists person records by role only, and by name with --names', async () => {
    const hidden = await runCli(['records', '--kind', 'person', '--json'], store.env);
    expect(hidden.status).toBe(0);
    expect(hidden.stdout).not.toContain('Vymyslov');
    expect(JSON.parse(hidden.stdout)[0].name).toMatch(/name withheld/);
    const named = await runCli(['records', '--kind', 'person', '--names'], store.env);
    expect(named.stdout).toContain(SOLDIER);
  });

  it('shows one person record without the name unless --names', async () => {
    const [{ id }] = JSON.parse((await runCli(['records', '--kind', 'person', '--json'], store.env)).stdout);
    const hidden = await runCli(['records', 'show', id, '--json'], store.env);
    expect(hidden.stdout).not.toContain('Vymyslov');
    expect((await runCli(['records', 'show', id, '--names'], store.env)).stdout).toContain(SOLDIER);
  });

  it.skipIf(testBackend === 'postgres')(
    'prints the same report, counts and claims through the running server',
    { timeout: 180_000 },
    async () => {
      expect(alone.claims).toContain('Vymyslov');
      expect(JSON.parse(alone.counts!).groups.length).toBeGreaterThan(0);
      const server = startCli(
        ['serve', '--port', '0'],
        store.env,
        /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      );
      try {
        await server.started;
        const report = await runCli(['report'], store.env);
        expect(report.status, report.stderr).toBe(0);
        expect(report.stdout).toBe(alone.report);
        const counts = await runCli(['counts', '--json'], store.env);
        expect(counts.status, counts.stderr).toBe(0);
        const { groups, names } = JSON.parse(alone.counts!);
        expect(JSON.parse(counts.stdout)).toEqual({ groups, names });
        const claims = await runCli(['claims', '--json', '--kind', 'person'], store.env);
        expect(claims.status, claims.stderr).toBe(0);
        expect(JSON.parse(claims.stdout)).toEqual(JSON.parse(alone.claims!));
      } finally {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
      }
    },
  );
});
