/**
 * `objector user …` while `serve` holds the embedded store: each action goes
 * through the server's admin API (with the lock file's local token) and
 * prints what it prints alone; refusals keep their exit codes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv, testBackend } from '../support/test-store.ts';

describe.skipIf(testBackend === 'postgres')('user commands while serve holds the store', () => {
  let store: TestStoreEnv;
  let server: ReturnType<typeof startCli>;

  beforeAll(async () => {
    store = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-users-')), 'data'));
    server = startCli(['serve', '--port', '0'], store.env, /listening on http:\/\/127\.0\.0\.1:(\d+)/);
    await server.started;
  }, 180_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    if (server) await new Promise((r) => server.child.once('exit', r));
    await store?.dispose();
  });

  it('adds, lists, changes, disables and resets accounts through the API', { timeout: 180_000 }, async () => {
    const added = await runCli(
      ['user', 'add', 'Invented.Reviewer', '--role', 'researcher', '--json'],
      store.env,
    );
    expect(added.status, added.stderr).toBe(0);
    const created = JSON.parse(added.stdout);
    expect(created).toMatchObject({
      username: 'invented.reviewer',
      role: 'researcher',
      mustChangePassword: true,
    });
    expect(created.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    // The server's log never carries it.
    expect(server.stderr()).not.toContain(created.oneTimePassword);

    expect((await runCli(['user', 'role', 'invented.reviewer', 'viewer'], store.env)).status).toBe(0);
    expect((await runCli(['user', 'disable', 'invented.reviewer'], store.env)).status).toBe(0);
    const reset = await runCli(['user', 'passwd', 'invented.reviewer', '--json'], store.env);
    expect(reset.status, reset.stderr).toBe(0);
    expect(JSON.parse(reset.stdout).oneTimePassword).not.toBe(created.oneTimePassword);

    const list = JSON.parse((await runCli(['user', 'list', '--json'], store.env)).stdout) as {
      username: string;
      role: string;
      disabled: boolean;
    }[];
    expect(list.find((u) => u.username === 'invented.reviewer')).toMatchObject({
      role: 'viewer',
      disabled: true,
    });
  });

  it('keeps the exit codes of refusals', { timeout: 120_000 }, async () => {
    const missing = await runCli(['user', 'passwd', 'nobody-here'], store.env);
    expect(missing.status).toBe(4);
    const last = await runCli(['user', 'disable', 'admin'], store.env);
    expect(last.status).toBe(2);
    expect(last.stderr).toMatch(/last enabled admin/);
    expect((await runCli(['user', 'add', 'x', '--role', 'emperor'], store.env)).status).toBe(2);
  });
});
