/**
 * The audit anchor through the real command line. An anchor carries a MAC
 * under the key file: one written to match a cut log by someone without the
 * key file is refused as forged; and with the anchor deleted, a log is no
 * longer reported as simply intact: `audit verify` warns that a cut tail
 * would go unnoticed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { openStore } from '../../src/store/db.ts';
import { runCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

describe('objector audit verify and the anchor', () => {
  let store: TestStoreEnv;
  afterAll(() => store?.dispose());

  /** Cuts the log after entry `keep`, behind the application's back; returns the new last entry. */
  async function cutTail(env: NodeJS.ProcessEnv, keep: number): Promise<{ seq: number; hash: string }> {
    const opened = await openStore(loadConfig(env).store, { command: 'test' });
    try {
      await sql`alter table audit_log disable trigger user`.execute(opened.db);
      await sql`delete from audit_log where seq > ${keep}`.execute(opened.db);
      await sql`alter table audit_log enable trigger user`.execute(opened.db);
      const last = await sql<{ seq: string; hash: string }>`
        select seq, hash from audit_log order by seq desc limit 1`.execute(opened.db);
      return { seq: Number(last.rows[0]!.seq), hash: last.rows[0]!.hash };
    } finally {
      await opened.close();
    }
  }

  it('warns without an anchor, and refuses a forged one', { timeout: 600_000 }, async () => {
    store = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-anchor-')), 'data'));
    const env = store.env;
    const anchorPath = loadConfig(env).security.auditAnchorPath;
    for (const name of ['anna', 'boris', 'clara']) {
      expect((await runCli(['user', 'add', name, '--role', 'viewer'], env)).status).toBe(0);
    }
    const intact = await runCli(['audit', 'verify', '--json'], env);
    expect(intact.status).toBe(0);
    // Three accounts created, and the log's first anchor (recorded in the log itself).
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, entries: 4, anchor: 'verified' });
    expect(intact.stderr).not.toMatch(/warning/);

    // The anchor deleted and the tail cut: still a sound chain, but no longer "simply intact".
    rmSync(anchorPath);
    await cutTail(env, 2);
    const unanchored = await runCli(['audit', 'verify'], env);
    expect(unanchored.status).toBe(0);
    expect(unanchored.stderr).toMatch(/no audit anchor .* a cut-off tail would go unnoticed/);
    // The command's routine anchor save does not bless the cut log with a fresh anchor.
    expect(unanchored.stderr).toMatch(/anchor was not updated: .*missing, although this log had one/);
    expect(existsSync(anchorPath)).toBe(false);

    // Cut again, with an anchor made to match the new end by someone without the key file.
    const end = await cutTail(env, 1);
    writeFileSync(anchorPath, JSON.stringify({ ...end, mac: 'ab'.repeat(32) }));
    const forged = await runCli(['audit', 'verify', '--json'], env);
    expect(forged.status).toBe(1);
    expect(JSON.parse(forged.stdout)).toMatchObject({ ok: false, reason: 'anchor_forged' });
    // Nor is the forged anchor quietly replaced by the next command.
    expect(forged.stderr).toMatch(/anchor was not updated: .*forged/);
  });
});
