import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/support/test-store.ts';
import type { DB } from '../../store/db-types.ts';
import { generateKeyring } from '../crypto/keyring.ts';
import type { SecurityTables } from '../tables.ts';
import { readAuditAnchor, writeAuditAnchor } from './anchor.ts';
import { createAuditor } from './auditor.ts';
import { type AuditEntry, GENESIS_HASH, hashEntry } from './entry.ts';
import { appendAudit, appendAuditMany, readAuditBatches, verifyAudit } from './repository.ts';

// Node 20 has no Array.fromAsync.
async function readAll(db: Kysely<DB & SecurityTables>, batchSize?: number): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for await (const batch of readAuditBatches(db, batchSize)) all.push(...batch);
  return all;
}

describe('audit log', () => {
  let store: TestStore;
  let db: Kysely<DB & SecurityTables>;
  const keyring = generateKeyring();
  let clock = new Date('2025-06-01T09:00:00.000Z');
  const now = () => {
    clock = new Date(clock.getTime() + 1000);
    return clock;
  };
  const append = (n: number) =>
    (async () => {
      for (let i = 0; i < n; i++) {
        await appendAudit(
          db,
          {
            actor: 'u-1',
            action: 'view',
            targetKind: 'cases',
            targetId: `c-${i}`,
            details: { field: 'status', n: i },
          },
          { keyring, now },
        );
      }
    })();
  /** Runs SQL as someone who owns the database would: the append-only triggers switched off. */
  const tamper = async (statement: RawBuilder<unknown>) => {
    await sql`alter table audit_log disable trigger user`.execute(db);
    await statement.execute(db);
    await sql`alter table audit_log enable trigger user`.execute(db);
  };

  beforeAll(async () => {
    store = await createTestStore();
    db = store.db.withTables<SecurityTables>();
  });
  afterAll(() => store.dispose());
  beforeEach(() => tamper(sql`delete from audit_log`));

  it('verifies an intact log and reports its last entry', async () => {
    expect(await verifyAudit(db, { keyring })).toEqual({ ok: true, entries: 0, last: null });
    await append(5);
    const result = await verifyAudit(db, { keyring });
    expect(result).toMatchObject({ ok: true, entries: 5, last: { seq: 5 } });
    const entries = await readAll(db, 2);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    expect(entries[3]!.prevHash).toBe(entries[2]!.hash);
    expect(entries[4]!.details).toEqual({ field: 'status', n: 4 });
  });

  it('appends many entries at once as one chain that verifies, interleaved with single appends', async () => {
    await append(2);
    const views = Array.from({ length: 700 }, (_, i) => ({
      actor: 'u-2',
      action: 'view' as const,
      targetKind: 'cases',
      targetId: `c-${i}`,
    }));
    const written = await appendAuditMany(db, views, { keyring, now });
    expect(written.map((e) => e.seq)).toEqual(views.map((_, i) => i + 3));
    await append(1);
    expect(await verifyAudit(db, { keyring })).toMatchObject({ ok: true, entries: 703, last: { seq: 703 } });
    expect(await appendAuditMany(db, [], { keyring, now })).toEqual([]);
  });

  it('does not fork under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appendAudit(db, { actor: `u-${i}`, action: 'create', targetKind: 'claims' }, { keyring, now }),
      ),
    );
    expect(await verifyAudit(db, { keyring })).toMatchObject({ ok: true, entries: 12 });
  });

  it('refuses updates, deletes and truncation through ordinary SQL', async () => {
    await append(2);
    await expect(sql`update audit_log set actor = 'x' where seq = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 2`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('names an entry whose details were edited', async () => {
    await append(5);
    await tamper(sql`update audit_log set details = '{"field":"name","n":3}' where seq = 3`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: 3, reason: 'altered' });
  });

  it('names an entry whose actor was edited and its hash recomputed', async () => {
    await append(4);
    const row = (await readAll(db)).find((e) => e.seq === 2);
    const forged = hashEntry({ ...row!, actor: 'someone-else' });
    await tamper(sql`update audit_log set actor = 'someone-else', hash = ${forged} where seq = 2`);
    // Without the key the forged entry itself looks fine; the next link does not.
    expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: 3, reason: 'broken_link' });
    // With the key the forgery is found where it is.
    expect(await verifyAudit(db, { keyring })).toMatchObject({ ok: false, firstBad: 2, reason: 'bad_seal' });
  });

  it('names the first deleted entry', async () => {
    await append(6);
    await tamper(sql`delete from audit_log where seq in (3, 4)`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: 3, reason: 'missing' });
    await tamper(sql`delete from audit_log where seq = 1`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, firstBad: 1, reason: 'missing' });
  });

  it('finds a cut tail only with an anchor kept outside the database', async () => {
    await append(5);
    const verified = await verifyAudit(db);
    if (!verified.ok || !verified.last) throw new Error('expected an intact log');
    const anchor = verified.last;
    await tamper(sql`delete from audit_log where seq >= 4`);
    // The honest limit: without the anchor, a shorter log is a valid log.
    expect(await verifyAudit(db)).toMatchObject({ ok: true, entries: 3 });
    expect(await verifyAudit(db, { anchor })).toMatchObject({ ok: false, firstBad: 4, reason: 'truncated' });
  });

  it('finds a log rewritten from scratch when the anchor or key is given', async () => {
    await append(3);
    const verified = await verifyAudit(db);
    const anchor = verified.ok ? verified.last : null;
    await tamper(sql`delete from audit_log`);
    const otherKeyring = generateKeyring();
    for (let i = 0; i < 3; i++) {
      await appendAudit(db, { actor: 'forger', action: 'view' }, { keyring: otherKeyring, now });
    }
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await verifyAudit(db, { anchor })).toMatchObject({
      ok: false,
      firstBad: 3,
      reason: 'anchor_mismatch',
    });
    expect(await verifyAudit(db, { keyring })).toMatchObject({ ok: false, firstBad: 1, reason: 'bad_seal' });
  });

  it('joins the caller’s transaction, so a rolled-back change leaves no entry', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(
          trx,
          { actor: 'u-1', action: 'delete', targetKind: 'cases', targetId: 'c-9' },
          { keyring, now },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 0, last: null });
  });

  it('refuses details that look like content', async () => {
    const long = { note: 'x'.repeat(500) };
    await expect(
      appendAudit(db, { actor: 'u-1', action: 'update', details: long }, { keyring, now }),
    ).rejects.toMatchObject({ code: 'audit_entry_invalid' });
    await expect(
      appendAudit(db, { actor: 'u-1', action: 'update', details: { 'Full Name': 'x' } }, { keyring, now }),
    ).rejects.toMatchObject({ code: 'audit_entry_invalid' });
    expect(await verifyAudit(db)).toMatchObject({ ok: true, entries: 0 });
  });

  it('will not start a new anchor over a deleted one, so deleting it and cutting the tail is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-anchor-'));
    try {
      const anchorPath = join(dir, 'audit-anchor.json');
      const auditor = createAuditor({ keyring, now, anchorPath });
      await append(3);
      // A log that never had an anchor gets its first one, and the log says so.
      await auditor.saveAnchor(db);
      expect((await readAll(db)).map((e) => e.action)).toEqual(['view', 'view', 'view', 'anchor_created']);
      await append(3);
      await auditor.saveAnchor(db);
      expect(await auditor.verify(db)).toMatchObject({ ok: true, entries: 7, anchor: 'verified' });

      // The attack: remove the anchor file, cut the last two entries.
      rmSync(anchorPath);
      await tamper(sql`delete from audit_log where seq > 5`);
      expect(await auditor.verify(db)).toMatchObject({ ok: true, entries: 5, anchor: 'missing' });
      // The next routine save must not bless the cut log with a fresh anchor.
      await expect(auditor.saveAnchor(db)).rejects.toThrow(/missing, although this log had one/);
      expect(await auditor.verify(db)).toMatchObject({ anchor: 'missing' });
      // A person who has checked the log may start a new anchor; the log records it.
      await auditor.saveAnchor(db, { renew: true });
      expect(await auditor.verify(db)).toMatchObject({ ok: true, entries: 6, anchor: 'verified' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('audit anchor file', () => {
  const keyring = generateKeyring();

  it('round-trips with its MAC, is absent at first, and never moves backwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-anchor-'));
    try {
      const path = join(dir, 'audit-anchor.json');
      expect(readAuditAnchor(path, keyring)).toEqual({ kind: 'missing' });
      writeAuditAnchor(path, { seq: 7, hash: 'a'.repeat(64) }, keyring);
      expect(readAuditAnchor(path, keyring)).toEqual({
        kind: 'valid',
        anchor: { seq: 7, hash: 'a'.repeat(64) },
      });
      expect(JSON.parse(readFileSync(path, 'utf8')).mac).toMatch(/^[0-9a-f]{64}$/);
      writeAuditAnchor(path, { seq: 9, hash: 'b'.repeat(64) }, keyring);
      expect(() => writeAuditAnchor(path, { seq: 8, hash: 'c'.repeat(64) }, keyring)).toThrow(
        /entries were removed/,
      );
      expect(readAuditAnchor(path, keyring)).toMatchObject({ kind: 'valid', anchor: { seq: 9 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a forged anchor (no key, other key, edited) from an old unsigned one, and will not overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-anchor-'));
    try {
      const path = join(dir, 'audit-anchor.json');
      const write = (value: object) => writeFileSync(path, JSON.stringify(value));
      write({ seq: 3, hash: 'd'.repeat(64) });
      expect(readAuditAnchor(path, keyring).kind).toBe('unsigned');
      write({ seq: 3, hash: 'd'.repeat(64), mac: 'e'.repeat(64) });
      expect(readAuditAnchor(path, keyring).kind).toBe('forged');
      write({ seq: 3, hash: 'd'.repeat(64), mac: 'not hex' });
      expect(readAuditAnchor(path, keyring).kind).toBe('forged');
      // Written properly under another key file: forged as far as this one can tell.
      rmSync(path);
      writeAuditAnchor(path, { seq: 3, hash: 'd'.repeat(64) }, generateKeyring());
      expect(readAuditAnchor(path, keyring).kind).toBe('forged');
      expect(() => writeAuditAnchor(path, { seq: 4, hash: 'f'.repeat(64) }, keyring)).toThrow(/forged/);
      // Ours, with the seq moved forward by hand: the MAC no longer holds.
      rmSync(path);
      writeAuditAnchor(path, { seq: 3, hash: 'd'.repeat(64) }, keyring);
      write({ ...JSON.parse(readFileSync(path, 'utf8')), seq: 2 });
      expect(readAuditAnchor(path, keyring).kind).toBe('forged');
      write({ seq: 'x' });
      expect(() => readAuditAnchor(path, keyring)).toThrow(/malformed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
