/**
 * `objector audit verify` through the real command line: exit 0 on an intact
 * log; exit 1 naming the first bad entry after one was edited, or deleted,
 * behind the application's back (triggers disabled, as an attacker with
 * database access could).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RawBuilder, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { openStore } from '../../src/store/db.ts';
import { runCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

describe('objector audit verify', () => {
  const stores: TestStoreEnv[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.dispose();
  });

  async function storeWithEntries(): Promise<NodeJS.ProcessEnv> {
    const s = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-audit-')), 'data'));
    stores.push(s);
    const added = await runCli(['user', 'add', 'alice', '--role', 'researcher', '--json'], s.env);
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout).oneTimePassword).toMatch(/^[a-z2-9-]{23}$/);
    expect((await runCli(['user', 'add', 'bob'], s.env)).status).toBe(0);
    expect((await runCli(['user', 'role', 'bob', 'caseworker'], s.env)).status).toBe(0);
    expect((await runCli(['user', 'disable', 'bob'], s.env)).status).toBe(0);
    return s.env;
  }

  async function tamper(env: NodeJS.ProcessEnv, statement: RawBuilder<unknown>) {
    const store = await openStore(loadConfig(env).store, { command: 'test' });
    try {
      await sql`alter table audit_log disable trigger user`.execute(store.db);
      await statement.execute(store.db);
      await sql`alter table audit_log enable trigger user`.execute(store.db);
    } finally {
      await store.close();
    }
  }

  it('exits 0 on an intact log, and 1 naming the entry that was edited', { timeout: 600_000 }, async () => {
    const env = await storeWithEntries();
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.status).toBe(0);
    // Four account changes and the log's first anchor, recorded after the first command.
    expect(ok.stdout).toMatch(/intact: 5 entries/);
    await tamper(env, sql`update audit_log set details = '{"role": "admin"}' where seq = 2`);
    const bad = await runCli(['audit', 'verify'], env);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/damaged at entry 2: .*edited/);
  });

  it('exits 1 naming the entry that was deleted, and notices a cut tail through the anchor', {
    timeout: 600_000,
  }, async () => {
    const env = await storeWithEntries();
    await tamper(env, sql`delete from audit_log where seq = 3`);
    const bad = await runCli(['audit', 'verify', '--json'], env);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, firstBad: 3, reason: 'missing' });
    await tamper(env, sql`delete from audit_log where seq >= 3`);
    const cut = await runCli(['audit', 'verify', '--json'], env);
    expect(cut.status).toBe(1);
    expect(JSON.parse(cut.stdout)).toMatchObject({ ok: false, firstBad: 3, reason: 'truncated' });
  });
});
