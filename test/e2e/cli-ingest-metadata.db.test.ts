/**
 * `objector ingest FILE --outlet --published --url --author`: one document's
 * details at ingest (a .txt carries none), checked before anything is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

// Invented for this test.
const TEXT =
  'Connect with us\n\nOn Monday at least 9 soldiers of an invented brigade refused to go back, a relative said.';

describe('ingest with metadata options', () => {
  let store: TestStoreEnv;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'objector-meta-'));
    writeFileSync(join(dir, 'note.txt'), TEXT);
    store = await createTestStoreEnv(join(dir, 'data'));
  }, 120_000);
  afterAll(() => store.dispose());

  it('stores the outlet, date, address and author given, and no furniture title', {
    timeout: 180_000,
  }, async () => {
    const args = [
      '--outlet',
      'Invented Gazette',
      '--published',
      '2024-04-03',
      '--url',
      'https://example.org/n',
    ];
    const r = await runCli(['ingest', join(dir, 'note.txt'), ...args, '--author', 'A. Writer'], store.env);
    expect(r.status, r.stderr).toBe(0);
    const [source] = JSON.parse((await runCli(['sources', '--json'], store.env)).stdout);
    expect(source).toMatchObject({
      title: null,
      outlet: 'Invented Gazette',
      published: '2024-04-03',
      url: 'https://example.org/n',
      author: 'A. Writer',
    });
  });

  it('refuses a bad date as a usage error, naming the option', { timeout: 120_000 }, async () => {
    const r = await runCli(['ingest', join(dir, 'note.txt'), '--published', 'soon'], store.env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--published: /);
  });
});
